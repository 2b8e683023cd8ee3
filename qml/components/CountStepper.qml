import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tend.Ui

// A small count (hard cases, calls) with minus and plus; starts unanswered rather than at zero.
ColumnLayout {
    id: root

    required property string itemId
    required property string text
    required property string help
    required property int minimum
    required property int maximum
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
            onClicked: root.answered ? root.cleared() : root.skipped()
        }
    }

    RowLayout {
        spacing: Theme.gap

        RoundButton {
            objectName: "fewer"
            text: "−"
            enabled: !root.answered || root.value > root.minimum
            Accessible.name: qsTr("Fewer")
            onClicked: root.answerChosen(root.answered ? root.value - 1 : root.minimum)
        }
        Label {
            Layout.minimumWidth: 48
            horizontalAlignment: Text.AlignHCenter
            text: root.answered ? root.value : "–"
            font.pixelSize: 22
            color: Theme.text
        }
        RoundButton {
            objectName: "more"
            text: "+"
            enabled: !root.answered || root.value < root.maximum
            Accessible.name: qsTr("More")
            onClicked: root.answerChosen(root.answered ? root.value + 1 : root.minimum + 1)
        }
    }
}
