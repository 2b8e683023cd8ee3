pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tend.Ui

Page {
    id: page

    background: Rectangle {
        color: Theme.background
    }

    // When today's answers signal acute distress, support is offered at once, above the check-in, calmly:
    // the suggestion with its reason, then the emergency number, the crisis lines and the worker's own
    // contacts themselves, one tap from calling.
    InsightsOverview {
        id: hardDay

        session: Session
        acuteOnly: true
    }
    SupportController {
        id: support

        session: Session
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        Flickable {
            objectName: "hardDaySupport"
            Layout.fillWidth: true
            Layout.preferredHeight: Math.min(acuteColumn.implicitHeight, page.height * 0.6)
            visible: hardDay.prompts.count > 0
            contentHeight: acuteColumn.implicitHeight
            clip: true

            ColumnLayout {
                id: acuteColumn

                x: Theme.smallGap
                width: page.width - Theme.smallGap * 2
                spacing: Theme.smallGap

                Repeater {
                    model: hardDay.prompts

                    delegate: PromptCard {
                        Layout.fillWidth: true
                        Layout.topMargin: Theme.smallGap
                        prompts: hardDay.prompts
                    }
                }
                Label {
                    Layout.fillWidth: true
                    visible: !support.hasEmergencyNumber
                    text: support.emergencyText
                    wrapMode: Text.WordWrap
                    font.pixelSize: 15
                    font.weight: Font.DemiBold
                    color: Theme.text
                }
                Repeater {
                    model: hardDay.prompts.count > 0 ? support.emergency : null

                    delegate: ContactCard {
                        Layout.fillWidth: true
                    }
                }
                Repeater {
                    model: hardDay.prompts.count > 0 ? support.crisisLines : null

                    delegate: ContactCard {
                        Layout.fillWidth: true
                    }
                }
                Repeater {
                    model: hardDay.prompts.count > 0 ? support.personalContacts : null

                    delegate: ContactCard {
                        Layout.fillWidth: true
                    }
                }
            }
        }
        AssessmentDueCard {
            Layout.fillWidth: true
            Layout.margins: Theme.smallGap
            offered: hardDay.prompts.count === 0
        }
        CheckinForm {
            Layout.fillWidth: true
            Layout.fillHeight: true
            editor: CheckinEditor {
                session: Session
                objectName: "todayCheckin"
                // Qt 6.4's qmllint knows no QDate (the engine passes it through unchanged).
                // qmllint disable type
                date: App.today
                // qmllint enable type
            }
        }
    }
}
