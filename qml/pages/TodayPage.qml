import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tend.Ui

Page {
    id: page

    background: Rectangle {
        color: Theme.background
    }

    // When today's answers signal acute distress, support is offered at once, above the check-in, calmly.
    InsightsOverview {
        id: acute

        acuteOnly: true
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        Repeater {
            model: acute.prompts

            delegate: PromptCard {
                objectName: "acuteSupport"
                Layout.fillWidth: true
                Layout.margins: Theme.smallGap
                prompts: acute.prompts
            }
        }
        AssessmentDueCard {
            Layout.fillWidth: true
            Layout.margins: Theme.smallGap
        }
        CheckinForm {
            Layout.fillWidth: true
            Layout.fillHeight: true
            editor: CheckinEditor {
                objectName: "todayCheckin"
                date: App.today
            }
        }
    }
}
