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

    // What answers today comes first, calmly: crisis support when today's answers signal acute distress
    // (the emergency number, the crisis lines and the worker's own contacts, one tap from calling; kept for
    // the rest of the day, folded to one line once its moment has passed), and the follow-up after a very
    // hard moment, which opens only when tapped.
    InsightsOverview {
        id: hardDay

        objectName: "todayPrompts"
        session: Session
        immediateOnly: true
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
                        emergencyContacts: support.emergency
                        emergencyNote: support.hasEmergencyNumber ? "" : support.emergencyText
                        crisisContacts: support.crisisLines
                        ownContacts: support.personalContacts
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
