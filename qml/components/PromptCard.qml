import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tend.Ui

// A suggestion, never an order: what it is, why it appeared (on request), and calm choices. Crisis support
// kept for the rest of the day can be folded to one line; a suggestion set aside says what was done.
Pane {
    id: root

    required property int index
    required property string ruleId
    required property string title
    required property string body
    required property string reason
    required property string bandsNote
    required property string kindLabel
    required property bool acute
    required property string actionLabel
    required property string planAction
    required property string libraryAction
    required property bool canAddToPlan
    required property string notice
    required property bool folded
    required property bool canFold
    required property bool setAside
    required property string setAsideText
    required property bool canSetAside
    required property string quietForLabel
    required property bool offersMonth
    required property PromptListModel prompts
    // Under crisis support (Today): the emergency number (or, where Tend knows none, a sentence saying to
    // call the local one), the crisis lines and the worker's own contacts; none elsewhere.
    property ContactsModel emergencyContacts: null
    property string emergencyNote: ""
    property ContactsModel crisisContacts: null
    property ContactsModel ownContacts: null

    property bool showReason: false
    property bool choosingHowLong: false

    objectName: "prompt_" + ruleId
    padding: root.folded || root.setAside ? Theme.smallGap : Theme.gap
    background: Rectangle {
        radius: Theme.radius
        color: root.acute ? Theme.accentSoft : Theme.surface
    }

    ColumnLayout {
        anchors.left: parent.left
        anchors.right: parent.right
        spacing: Theme.smallGap

        // Folded: one calm line that opens the full card with its contacts.
        ItemDelegate {
            objectName: "unfoldSupport"
            Layout.fillWidth: true
            visible: root.folded
            implicitHeight: 48
            text: qsTr("Support is here if you need it")
            font.pixelSize: 15
            Accessible.description: qsTr("Shows the support suggestion and the crisis lines")
            onClicked: root.prompts.unfold(root.index)
        }

        // Set aside: what "not for me" did, and a way back.
        RowLayout {
            Layout.fillWidth: true
            visible: root.setAside
            spacing: Theme.smallGap

            Label {
                objectName: "setAsideText"
                Layout.fillWidth: true
                text: root.setAsideText
                wrapMode: Text.WordWrap
                font.pixelSize: 14
                color: Theme.mutedText
                Accessible.role: Accessible.AlertMessage
            }
            Button {
                objectName: "allowAgain"
                flat: true
                text: qsTr("Undo")
                Accessible.description: qsTr("Lets this suggestion show again")
                onClicked: root.prompts.allowAgain(root.index)
            }
        }

        ColumnLayout {
            Layout.fillWidth: true
            visible: !root.folded && !root.setAside
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
            Label {
                Layout.fillWidth: true
                visible: root.libraryAction.length > 0
                text: qsTr("An idea: %1").arg(root.libraryAction)
                wrapMode: Text.WordWrap
                font.pixelSize: 15
                font.italic: true
                color: Theme.text
            }
            OutlineButton {
                objectName: "addToPlan"
                visible: root.canAddToPlan
                text: qsTr("Add to my plan")
                onClicked: root.prompts.addToPlan(root.index)
            }
            Label {
                Layout.fillWidth: true
                visible: root.notice.length > 0
                text: root.notice
                wrapMode: Text.WordWrap
                font.pixelSize: 14
                color: Theme.accent
                Accessible.role: Accessible.AlertMessage
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
            Label {
                objectName: "promptBandsNote"
                Layout.fillWidth: true
                visible: root.showReason
                text: root.bandsNote
                wrapMode: Text.WordWrap
                font.pixelSize: 13
                color: Theme.mutedText
            }
            Label {
                Layout.fillWidth: true
                visible: root.acute && root.emergencyNote.length > 0
                text: root.emergencyNote
                wrapMode: Text.WordWrap
                font.pixelSize: 15
                font.weight: Font.DemiBold
                color: Theme.text
            }
            Repeater {
                model: root.acute ? root.emergencyContacts : null

                delegate: ContactCard {
                    Layout.fillWidth: true
                }
            }
            Repeater {
                model: root.acute ? root.crisisContacts : null

                delegate: ContactCard {
                    Layout.fillWidth: true
                }
            }
            Repeater {
                model: root.acute ? root.ownContacts : null

                delegate: ContactCard {
                    Layout.fillWidth: true
                }
            }
            Flow {
                Layout.fillWidth: true
                visible: !root.choosingHowLong
                spacing: Theme.smallGap

                PrimaryButton {
                    objectName: "promptAction"
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
                    objectName: "notForMe"
                    flat: true
                    visible: root.canSetAside
                    text: qsTr("Not for me")
                    onClicked: root.choosingHowLong = true
                    Accessible.description: qsTr("Choose how long to hide this suggestion")
                }
                Button {
                    objectName: "foldSupport"
                    flat: true
                    visible: root.canFold
                    text: qsTr("Show less")
                    onClicked: root.prompts.fold(root.index)
                }
            }
            // "Not for me": for how long. The choice is the worker's; nothing is hidden until they pick.
            ColumnLayout {
                Layout.fillWidth: true
                visible: root.choosingHowLong
                spacing: 0

                Label {
                    Layout.fillWidth: true
                    text: qsTr("Hide this suggestion for how long?")
                    wrapMode: Text.WordWrap
                    font.pixelSize: 14
                    color: Theme.text
                }
                Button {
                    objectName: "hideForRuleDays"
                    flat: true
                    text: root.quietForLabel
                    onClicked: {
                        root.choosingHowLong = false;
                        root.prompts.notForMe(root.index, PromptListModel.ForRuleDays);
                    }
                }
                Button {
                    objectName: "hideForAMonth"
                    flat: true
                    visible: root.offersMonth
                    text: qsTr("For a month")
                    onClicked: {
                        root.choosingHowLong = false;
                        root.prompts.notForMe(root.index, PromptListModel.ForAMonth);
                    }
                }
                Button {
                    objectName: "hideForGood"
                    flat: true
                    text: qsTr("Don't show this again")
                    onClicked: {
                        root.choosingHowLong = false;
                        root.prompts.notForMe(root.index, PromptListModel.Never);
                    }
                }
                Button {
                    flat: true
                    text: qsTr("Cancel")
                    onClicked: root.choosingHowLong = false
                }
            }
        }
    }
}
