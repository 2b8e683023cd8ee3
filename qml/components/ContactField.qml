import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tend.Ui

// One labelled text field of the contact editor, with the message about it (if any) right below.
ColumnLayout {
    id: root

    required property string label
    property string text: ""
    property string error: ""
    property int inputMethodHints: Qt.ImhNone

    // The text as the worker typed it; the editor keeps it and checks it.
    signal edited(string text)

    Layout.fillWidth: true
    spacing: 2

    Label {
        Layout.fillWidth: true
        Layout.topMargin: Theme.smallGap
        text: root.label
        wrapMode: Text.WordWrap
        color: Theme.mutedText
    }
    TextField {
        id: input

        objectName: root.objectName + "Input"
        Layout.fillWidth: true
        implicitHeight: 48
        text: root.text
        inputMethodHints: root.inputMethodHints | Qt.ImhSensitiveData
        Accessible.name: root.label
        Accessible.description: root.error
        onTextEdited: root.edited(input.text)
    }
    Label {
        Layout.fillWidth: true
        visible: root.error !== ""
        text: root.error
        wrapMode: Text.WordWrap
        color: Theme.warm
        Accessible.role: Accessible.AlertMessage
    }
}
