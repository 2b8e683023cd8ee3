pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tend.Ui

// Your own patterns: what is going well beside what weighs more, suggestions with their reasons, the five
// indices and how they moved.
Page {
    id: page

    background: Rectangle {
        color: Theme.background
    }

    InsightsOverview {
        id: overview

        session: Session
    }

    Component.onCompleted: Trends.mode = "indices"

    Flickable {
        anchors.fill: parent
        contentHeight: column.implicitHeight + Theme.gap * 3
        clip: true

        ColumnLayout {
            id: column

            x: Theme.gap
            y: Theme.gap
            width: page.width - Theme.gap * 2
            spacing: Theme.smallGap

            Label {
                Layout.topMargin: Theme.gap
                text: qsTr("Insights")
                font.pixelSize: 28
                font.weight: Font.DemiBold
                color: Theme.text
                Accessible.role: Accessible.Heading
            }
            DemoBanner {
                Layout.fillWidth: true
            }
            Label {
                Layout.fillWidth: true
                text: overview.summary
                wrapMode: Text.WordWrap
                font.pixelSize: 14
                color: Theme.mutedText
            }

            // Strengths first and of the same weight as strain, above everything else.
            GridLayout {
                Layout.fillWidth: true
                columns: page.width >= 560 ? 2 : 1
                columnSpacing: Theme.smallGap
                rowSpacing: Theme.smallGap

                GlanceCard {
                    objectName: "goingWell"
                    Layout.fillWidth: true
                    Layout.alignment: Qt.AlignTop
                    heading: qsTr("What is going well")
                    notes: overview.strengths
                    emptyText: overview.strengthsEmptyText
                }
                GlanceCard {
                    objectName: "weighingMore"
                    Layout.fillWidth: true
                    Layout.alignment: Qt.AlignTop
                    heading: qsTr("What weighs more")
                    notes: overview.strains
                    emptyText: overview.strainsEmptyText
                }
            }
            Label {
                Layout.fillWidth: true
                text: overview.restText
                wrapMode: Text.WordWrap
                font.pixelSize: 15
                color: Theme.text
            }

            SectionHeading {
                visible: overview.prompts.count > 0
                text: qsTr("For you now")
            }
            Label {
                Layout.fillWidth: true
                visible: overview.prompts.errorText.length > 0
                text: overview.prompts.errorText
                wrapMode: Text.WordWrap
                color: Theme.warm
            }
            Repeater {
                model: overview.prompts

                delegate: PromptCard {
                    Layout.fillWidth: true
                    prompts: overview.prompts
                }
            }

            SectionHeading {
                text: qsTr("How you are doing")
            }
            Repeater {
                model: overview.cards

                delegate: IndexCard {
                    Layout.fillWidth: true
                }
            }
            SectionHeading {
                text: qsTr("Over time")
            }
            Label {
                Layout.fillWidth: true
                text: Trends.rangeSummary + ". " + qsTr("The shaded band is your usual range.")
                wrapMode: Text.WordWrap
                font.pixelSize: 13
                color: Theme.mutedText
            }
            // The same index charts as the Charts page, which the page switches to when it opens.
            Repeater {
                model: Trends

                delegate: TrendChart {
                    Layout.fillWidth: true
                    Layout.preferredHeight: implicitHeight
                }
            }
            Button {
                Layout.fillWidth: true
                text: qsTr("More charts: other periods, themes and questions")
                onClicked: App.openPage("trends")
            }

            SectionHeading {
                text: qsTr("Reflections")
            }
            AssessmentHistory {
                Layout.fillWidth: true
            }
        }
    }
}
