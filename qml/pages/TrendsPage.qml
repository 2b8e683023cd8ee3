import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tend.Ui

Page {
    background: Rectangle {
        color: Theme.background
    }

    ListView {
        id: list

        anchors.fill: parent
        clip: true
        spacing: Theme.gap
        topMargin: Theme.gap * 2
        leftMargin: Theme.gap
        rightMargin: Theme.gap
        bottomMargin: Theme.gap
        model: Trends

        header: ColumnLayout {
            width: ListView.view.width - ListView.view.leftMargin - ListView.view.rightMargin
            spacing: Theme.smallGap

            Label {
                Layout.topMargin: Theme.gap
                text: qsTr("Charts")
                font.pixelSize: 28
                font.weight: Font.DemiBold
                color: Theme.text
                Accessible.role: Accessible.Heading
            }
            DemoBanner {
                Layout.fillWidth: true
            }
            TabBar {
                Layout.fillWidth: true
                currentIndex: Trends.rangeIndex

                Repeater {
                    model: Trends.availableRanges

                    delegate: CompactTab {
                        required property int modelData

                        text: qsTr("%1 days").arg(modelData)
                        onClicked: Trends.rangeDays = modelData
                    }
                }
            }
            TabBar {
                Layout.fillWidth: true
                currentIndex: Trends.modeIndex

                CompactTab {
                    text: qsTr("Overall")
                    onClicked: Trends.mode = "indices"
                }
                CompactTab {
                    text: qsTr("By theme")
                    onClicked: Trends.mode = "groups"
                }
                CompactTab {
                    text: qsTr("Each question")
                    onClicked: Trends.mode = "questions"
                }
            }
            Label {
                Layout.fillWidth: true
                Layout.bottomMargin: Theme.smallGap
                text: Trends.rangeSummary + ". " + qsTr("Gaps are days without an answer; they are never counted as zero.")
                wrapMode: Text.WordWrap
                font.pixelSize: 13
                color: Theme.mutedText
            }
        }

        delegate: TrendChart {
            width: ListView.view.width - ListView.view.leftMargin - ListView.view.rightMargin
        }
    }
}
