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
        topMargin: Theme.gap * 2
        model: History

        header: ColumnLayout {
            width: ListView.view.width
            spacing: Theme.smallGap

            Label {
                Layout.leftMargin: Theme.gap
                text: qsTr("History")
                font.pixelSize: 28
                font.weight: Font.DemiBold
                color: Theme.text
                Accessible.role: Accessible.Heading
            }
            DemoBanner {
                Layout.fillWidth: true
                Layout.leftMargin: Theme.gap
                Layout.rightMargin: Theme.gap
            }
            Label {
                Layout.fillWidth: true
                Layout.leftMargin: Theme.gap
                Layout.rightMargin: Theme.gap
                Layout.bottomMargin: Theme.smallGap
                text: qsTr("Tap a day to look again or fill it in. Missed days are fine.")
                wrapMode: Text.WordWrap
                font.pixelSize: 13
                color: Theme.mutedText
            }
        }

        delegate: ItemDelegate {
            id: day

            required property date date
            required property string title
            required property string subtitle
            required property string summary
            required property bool hasCheckin
            required property bool restDay
            required property bool hasNote
            required property real mood

            width: ListView.view.width
            Accessible.name: title + ", " + subtitle + ". " + summary
            onClicked: App.openDay(date)

            contentItem: RowLayout {
                spacing: Theme.gap

                Rectangle {
                    Layout.preferredWidth: 14
                    Layout.preferredHeight: 14
                    radius: 7
                    color: day.mood < 0 ? "transparent" : Qt.tint(Theme.accentSoft, Qt.rgba(0.18, 0.49, 0.43, day.mood))
                    border.width: 1
                    border.color: day.hasCheckin ? Theme.accent : Theme.divider
                }
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 2

                    RowLayout {
                        Label {
                            text: day.title
                            font.pixelSize: 16
                            font.weight: day.hasCheckin ? Font.DemiBold : Font.Normal
                            color: Theme.text
                        }
                        Label {
                            text: day.subtitle
                            font.pixelSize: 13
                            color: Theme.mutedText
                        }
                        Item {
                            Layout.fillWidth: true
                        }
                        Label {
                            visible: day.hasNote
                            text: qsTr("Note")
                            font.pixelSize: 12
                            color: Theme.accent
                        }
                    }
                    Label {
                        Layout.fillWidth: true
                        text: day.summary
                        elide: Text.ElideRight
                        font.pixelSize: 13
                        color: day.hasCheckin ? Theme.text : Theme.mutedText
                    }
                }
            }
        }
    }
}
