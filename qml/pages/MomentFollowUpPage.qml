pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tend.Ui

// After a very hard moment: a grounding exercise to do here and now, a card on reactions many people have
// afterwards, who the organisation offers for talking it through, and an offer to be checked on in two days.
// Opened only from its suggestion; everything on it is optional.
Page {
    id: page

    background: Rectangle {
        color: Theme.background
    }

    MomentFollowUpController {
        id: followUp

        objectName: "momentFollowUp"
        session: Session
    }

    Flickable {
        id: flick

        anchors.fill: parent
        contentHeight: column.implicitHeight + 2 * Theme.gap
        clip: true

        ColumnLayout {
            id: column

            x: Theme.gap
            y: Theme.gap
            width: flick.width - 2 * Theme.gap
            spacing: Theme.smallGap

            Label {
                Layout.fillWidth: true
                text: followUp.heading
                wrapMode: Text.WordWrap
                font.pixelSize: 26
                font.weight: Font.DemiBold
                color: Theme.text
                Accessible.role: Accessible.Heading
            }
            Label {
                Layout.fillWidth: true
                text: followUp.intro
                wrapMode: Text.WordWrap
                font.pixelSize: 16
                color: Theme.text
            }

            SectionHeading {
                visible: followUp.hasGrounding
                text: qsTr("Grounding, if it would help")
            }
            Pane {
                objectName: "groundingCard"
                Layout.fillWidth: true
                visible: followUp.hasGrounding
                padding: Theme.gap
                background: Rectangle {
                    radius: Theme.radius
                    color: Theme.accentSoft
                }

                ColumnLayout {
                    anchors.left: parent.left
                    anchors.right: parent.right
                    spacing: Theme.smallGap

                    Label {
                        Layout.fillWidth: true
                        text: followUp.groundingTitle
                        wrapMode: Text.WordWrap
                        font.pixelSize: 17
                        font.weight: Font.DemiBold
                        color: Theme.text
                    }
                    Repeater {
                        model: followUp.groundingParagraphs

                        delegate: Label {
                            required property string modelData

                            Layout.fillWidth: true
                            text: modelData
                            wrapMode: Text.WordWrap
                            font.pixelSize: 15
                            lineHeight: 1.15
                            color: Theme.text
                        }
                    }
                }
            }

            SectionHeading {
                visible: followUp.hasReactionsCard
                text: qsTr("Reactions many people have")
            }
            Label {
                Layout.fillWidth: true
                visible: followUp.hasReactionsCard
                text: followUp.reactionsSummary
                wrapMode: Text.WordWrap
                font.pixelSize: 15
                color: Theme.text
            }
            OutlineButton {
                objectName: "openReactionsCard"
                Layout.fillWidth: true
                visible: followUp.hasReactionsCard
                text: qsTr("Read: %1").arg(followUp.reactionsTitle)
                onClicked: reactionsDialog.open()
            }

            SectionHeading {
                text: qsTr("Talking it through")
            }
            Label {
                Layout.fillWidth: true
                text: followUp.contactsText
                wrapMode: Text.WordWrap
                font.pixelSize: 15
                color: Theme.text
            }
            Repeater {
                model: followUp.contacts

                delegate: ContactCard {
                    Layout.fillWidth: true
                }
            }

            SectionHeading {
                text: qsTr("A check-in later")
            }
            Label {
                objectName: "recheckText"
                Layout.fillWidth: true
                text: followUp.recheckText
                wrapMode: Text.WordWrap
                font.pixelSize: 15
                color: Theme.text
            }
            OutlineButton {
                objectName: "askForRecheck"
                Layout.fillWidth: true
                visible: !followUp.recheckAsked
                text: qsTr("Check in with me again in two days")
                onClicked: followUp.askForRecheck()
            }
            Button {
                objectName: "cancelRecheck"
                Layout.fillWidth: true
                visible: followUp.recheckAsked
                flat: true
                implicitHeight: 48
                text: qsTr("Cancel the check-in")
                onClicked: followUp.cancelRecheck()
            }
            Label {
                Layout.fillWidth: true
                visible: followUp.errorText.length > 0
                text: followUp.errorText
                wrapMode: Text.WordWrap
                color: Theme.warm
                Accessible.role: Accessible.AlertMessage
            }

            Label {
                Layout.fillWidth: true
                Layout.topMargin: Theme.gap
                text: qsTr("If you ever feel unsafe, your crisis contacts are on the Support page.")
                wrapMode: Text.WordWrap
                font.pixelSize: 14
                color: Theme.mutedText
            }
            OutlineButton {
                Layout.fillWidth: true
                text: qsTr("See crisis lines")
                onClicked: App.openPage("support")
            }
        }
    }

    LearningCardDialog {
        id: reactionsDialog

        cardTitle: followUp.reactionsTitle
        paragraphs: followUp.reactionsParagraphs
    }
}
