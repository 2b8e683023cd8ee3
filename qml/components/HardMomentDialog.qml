pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tend.Ui

// Two taps: open, then choose how hard it was. The note is optional and private.
Dialog {
    id: root

    required property CheckinEditor editor

    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(parent.width - 2 * Theme.gap, 400)
    modal: true
    // A tap beside the dialog must not throw away a note being typed.
    closePolicy: Popup.CloseOnEscape
    title: qsTr("Log a hard moment")
    standardButtons: Dialog.Cancel
    onOpened: noteField.clear()

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.smallGap

        Label {
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            text: qsTr("It's saved with the time, only on this device. How hard was it?")
            color: Theme.mutedText
        }
        TextField {
            id: noteField

            Layout.fillWidth: true
            placeholderText: qsTr("A few words, if you want (optional)")
            inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
        }
        Repeater {
            model: [qsTr("A bit hard"), qsTr("Hard"), qsTr("Very hard")]

            delegate: Button {
                required property int index
                required property string modelData

                Layout.fillWidth: true
                Layout.preferredHeight: 52
                text: modelData
                onClicked: {
                    if (root.editor.logHardMoment(index + 1, noteField.text))
                        root.close();
                }
            }
        }
    }
}
