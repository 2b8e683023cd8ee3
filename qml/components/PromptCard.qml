import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tend.Ui

// A suggestion, never an order: what it is, why it appeared (on request), and three calm choices.
Pane {
    id: root

    required property int index
    required property string title
    required property string body
    required property string reason
    required property string kindLabel
    required property bool acute
    required property string actionLabel
    required property string planAction
    required property PromptListModel prompts

    property bool showReason: false

    padding: Theme.gap
    background: Rectangle {
        radius: Theme.radius
        color: root.acute ? Theme.accentSoft : Theme.surface
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.smallGap

        Label {
            text: root.kindLabel
            font.pixelSize: 12
            font.weight: Font.DemiBold
            font.capitalization: Font.AllUppercase
            color: Theme.accent
        }
        Label {
            Layout.fillWidth: true
            text: root.title
            wrapMode: Text.WordWrap
            font.pixelSize: 17
            font.weight: Font.DemiBold
            color: Theme.text
        }
        Label {
            Layout.fillWidth: true
            text: root.body
            wrapMode: Text.WordWrap
            font.pixelSize: 15
            color: Theme.text
        }
        Label {
            Layout.fillWidth: true
            visible: root.planAction.length > 0
            text: qsTr("From your plan: %1").arg(root.planAction)
            wrapMode: Text.WordWrap
            font.pixelSize: 15
            font.italic: true
            color: Theme.text
        }
        Button {
            flat: true
            leftPadding: 0
            text: root.showReason ? qsTr("Hide the reason") : qsTr("Why am I seeing this?")
            onClicked: root.showReason = !root.showReason
        }
        Label {
            Layout.fillWidth: true
            visible: root.showReason
            text: root.reason
            wrapMode: Text.WordWrap
            font.pixelSize: 14
            color: Theme.mutedText
        }
        Flow {
            Layout.fillWidth: true
            spacing: Theme.smallGap

            PrimaryButton {
                visible: root.actionLabel.length > 0
                text: root.actionLabel
                onClicked: {
                    const page = root.prompts.open(root.index);
                    if (page.length > 0)
                        App.openPage(page);
                }
            }
            Button {
                flat: true
                text: qsTr("Not now")
                onClicked: root.prompts.snooze(root.index)
                Accessible.description: qsTr("Hide this for a few days")
            }
            Button {
                flat: true
                visible: !root.acute
                text: qsTr("Not for me")
                onClicked: root.prompts.dismiss(root.index)
                Accessible.description: qsTr("Hide this suggestion for a while")
            }
        }
    }
}
