pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Tend.Ui

// One question answered with a single tap on a short labelled scale.
ColumnLayout {
    id: root

    required property string itemId
    required property string text
    required property string help
    required property var labels
    required property int minimum
    required property int value
    required property bool answered

    signal answerChosen(int value)
    signal cleared
    signal skipped

    spacing: Theme.smallGap / 2

    RowLayout {
        Layout.fillWidth: true

        Label {
            Layout.fillWidth: true
            text: root.text
            wrapMode: Text.WordWrap
            font.pixelSize: 16
            color: Theme.text
        }
        Button {
            objectName: "clearOrSkip"
            flat: true
            text: root.answered ? qsTr("Clear") : qsTr("Skip")
            font.pixelSize: 13
            Accessible.name: root.answered ? qsTr("Clear this answer") : qsTr("Skip this question")
            onClicked: root.answered ? root.cleared() : root.skipped()
        }
    }

    Label {
        Layout.fillWidth: true
        visible: root.help.length > 0
        text: root.help
        wrapMode: Text.WordWrap
        font.pixelSize: 13
        color: Theme.mutedText
    }

    RowLayout {
        Layout.fillWidth: true
        spacing: 4

        Repeater {
            model: root.labels

            delegate: Button {
                id: choice

                required property int index
                required property string modelData
                readonly property bool chosen: root.answered && root.value === root.minimum + index

                objectName: "choice" + index
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                Layout.preferredHeight: 56
                padding: 2
                background: Rectangle {
                    radius: 10
                    color: choice.chosen ? Theme.accent : Theme.accentSoft
                    border.width: choice.visualFocus ? 2 : 0
                    border.color: Theme.text
                }
                Accessible.name: modelData
                Accessible.checked: chosen
                onClicked: root.answerChosen(root.minimum + index)

                contentItem: Label {
                    text: choice.modelData
                    wrapMode: Text.WordWrap
                    maximumLineCount: 2
                    elide: Text.ElideRight
                    horizontalAlignment: Text.AlignHCenter
                    verticalAlignment: Text.AlignVCenter
                    font.pixelSize: 12
                    color: choice.chosen ? (Theme.dark ? "#10201c" : "#ffffff") : Theme.text
                }
            }
        }
    }
}
