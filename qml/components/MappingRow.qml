pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tend.Ui

// One Daylio mood or activity: its name, how often it is used, and what it becomes in Tend.
ColumnLayout {
    id: root

    required property string label
    required property string detail
    required property var choices
    required property int choiceIndex
    required property int index

    signal chosen(int choice)

    Layout.fillWidth: true
    spacing: 2

    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.smallGap

        ColumnLayout {
            Layout.fillWidth: true
            spacing: 0

            Label {
                Layout.fillWidth: true
                text: root.label
                wrapMode: Text.WordWrap
                font.pixelSize: 15
                color: Theme.text
            }
            Label {
                Layout.fillWidth: true
                text: root.detail
                wrapMode: Text.WordWrap
                font.pixelSize: 12
                color: Theme.mutedText
            }
        }
        ComboBox {
            id: box

            Layout.preferredWidth: 170
            implicitHeight: 48
            model: root.choices
            currentIndex: root.choiceIndex
            Accessible.name: qsTr("What “%1” becomes").arg(root.label)
            onActivated: choice => root.chosen(choice)
        }
    }
}
