pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tend.Ui

// One line of a self-assessment, answered with a tap on the pack's labelled scale. Mirrors RatingRow, but
// with no "Skip": leaving a line unanswered is simply not tapping it, and "Clear" takes an answer back.
ColumnLayout {
    id: root

    required property string itemId
    required property string number
    required property string text
    required property var labels
    required property int minimum
    required property int value
    required property bool answered
    property int columns: 5

    signal answerChosen(int value)
    signal cleared

    spacing: Theme.smallGap / 2

    RowLayout {
        Layout.fillWidth: true

        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2

            Label {
                text: root.number
                font.pixelSize: 12
                color: Theme.mutedText
            }
            Label {
                Layout.fillWidth: true
                text: root.text
                wrapMode: Text.WordWrap
                font.pixelSize: 16
                color: Theme.text
            }
        }
        Button {
            objectName: "clearAnswer"
            Layout.alignment: Qt.AlignTop
            visible: root.answered
            flat: true
            text: qsTr("Clear")
            font.pixelSize: 13
            Accessible.name: qsTr("Clear this answer")
            onClicked: root.cleared()
        }
    }

    GridLayout {
        Layout.fillWidth: true
        columns: root.columns
        columnSpacing: 4
        rowSpacing: 4

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
                    maximumLineCount: 3
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
