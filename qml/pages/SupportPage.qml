import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tend.Ui

Page {
    background: Rectangle {
        color: Theme.background
    }

    SupportController {
        id: supportInfo

        session: Session
    }
    PersonalContactEditor {
        id: contactEditor

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
                text: qsTr("Support")
                font.pixelSize: 28
                font.weight: Font.DemiBold
                color: Theme.text
                Accessible.role: Accessible.Heading
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("You don't have to hold all of this on your own. Reaching out is part of doing this work well.")
                wrapMode: Text.WordWrap
                font.pixelSize: 15
                color: Theme.mutedText
            }
            Rectangle {
                Layout.fillWidth: true
                visible: supportInfo.profileNotice !== ""
                implicitHeight: noticeLabel.implicitHeight + 2 * Theme.smallGap
                radius: Theme.radius
                color: Theme.accentSoft

                Label {
                    id: noticeLabel

                    anchors.fill: parent
                    anchors.margins: Theme.smallGap
                    text: supportInfo.profileNotice
                    wrapMode: Text.WordWrap
                    font.pixelSize: 13
                    color: Theme.text
                }
            }

            SupportContacts {
                Layout.fillWidth: true
                support: supportInfo
                editable: true
                onEditRequested: contactId => contactEditor.startEdit(contactId)
                onMoveUpRequested: contactId => contactEditor.moveUp(contactId)
                onMoveDownRequested: contactId => contactEditor.moveDown(contactId)

                ContactEditor {
                    Layout.fillWidth: true
                    editor: contactEditor
                }
            }

            SectionHeading {
                text: qsTr("Supervision")
            }
            Pane {
                Layout.fillWidth: true
                padding: Theme.gap
                background: Rectangle {
                    radius: Theme.radius
                    color: Theme.accentSoft
                }

                ColumnLayout {
                    width: parent.width
                    spacing: Theme.smallGap

                    Label {
                        Layout.fillWidth: true
                        text: qsTr("Prepare for supervision")
                        font.pixelSize: 18
                        font.weight: Font.DemiBold
                        color: Theme.text
                    }
                    Label {
                        Layout.fillWidth: true
                        text: qsTr("Pick a few weeks, choose what to include and add your own points. You get a PDF or text that only you decide what to do with.")
                        wrapMode: Text.WordWrap
                        font.pixelSize: 14
                        color: Theme.text
                    }
                    PrimaryButton {
                        Layout.fillWidth: true
                        text: qsTr("Prepare for supervision")
                        onClicked: App.openPage("supervision")
                    }
                }
            }

            SectionHeading {
                text: qsTr("Your organisation")
            }
            Label {
                Layout.fillWidth: true
                text: supportInfo.organisationText
                wrapMode: Text.WordWrap
                font.pixelSize: 15
                font.weight: Font.DemiBold
                color: Theme.text
            }
            Label {
                Layout.fillWidth: true
                text: supportInfo.organisationHint
                wrapMode: Text.WordWrap
                font.pixelSize: 13
                color: Theme.mutedText
            }
            OutlineButton {
                text: qsTr("Open Settings")
                onClicked: App.showTab(4)
            }
        }
    }
}
