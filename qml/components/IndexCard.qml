import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tend.Ui

// One composite index: value and band, which way it is moving, the days it rests on, and why.
Pane {
    id: root

    required property string name
    required property bool hasValue
    required property string valueText
    required property string bandText
    required property string trendSymbol
    required property string trendText
    required property string daysText
    required property string whyText
    required property string bandsNote
    required property bool strength
    required property bool concern

    property bool showWhy: false

    padding: Theme.gap
    background: Rectangle {
        radius: Theme.radius
        color: Theme.surface
        border.width: root.concern ? 1 : 0
        border.color: Theme.warm
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.smallGap / 2

        RowLayout {
            Layout.fillWidth: true

            Label {
                Layout.fillWidth: true
                text: root.name
                wrapMode: Text.WordWrap
                font.pixelSize: 16
                font.weight: Font.DemiBold
                color: Theme.text
            }
            Label {
                text: root.strength ? qsTr("strength") : ""
                visible: root.strength
                font.pixelSize: 12
                color: Theme.accent
            }
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.smallGap

            Label {
                text: root.valueText
                font.pixelSize: root.hasValue ? 34 : 15
                font.weight: root.hasValue ? Font.DemiBold : Font.Normal
                color: root.hasValue ? Theme.text : Theme.mutedText
            }
            Label {
                visible: root.hasValue
                text: root.bandText + (root.trendSymbol.length > 0 ? "  " + root.trendSymbol : "")
                font.pixelSize: 16
                color: root.concern ? Theme.warm : Theme.mutedText
                Accessible.name: root.bandText
            }
            Item {
                Layout.fillWidth: true
            }
        }
        Label {
            Layout.fillWidth: true
            visible: root.trendText.length > 0
            text: root.trendText
            wrapMode: Text.WordWrap
            font.pixelSize: 13
            color: Theme.mutedText
        }
        RowLayout {
            Layout.fillWidth: true

            Label {
                Layout.fillWidth: true
                text: root.daysText
                font.pixelSize: 13
                color: Theme.mutedText
            }
            Button {
                flat: true
                text: root.showWhy ? qsTr("Hide") : qsTr("Why?")
                onClicked: root.showWhy = !root.showWhy
                Accessible.description: qsTr("How this number was worked out")
            }
        }
        Label {
            Layout.fillWidth: true
            visible: root.showWhy
            text: root.whyText
            wrapMode: Text.WordWrap
            font.pixelSize: 14
            color: Theme.text
        }
        Label {
            objectName: "indexBandsNote"
            Layout.fillWidth: true
            visible: root.showWhy
            text: root.bandsNote
            wrapMode: Text.WordWrap
            font.pixelSize: 13
            color: Theme.mutedText
        }
    }
}
