import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tend.Ui

// One side of the top of the Insights page: a heading and a few plain sentences, or what it will show once
// there is enough to say.
Pane {
    id: root

    property string heading
    property var notes: []
    property string emptyText

    padding: Theme.gap
    background: Rectangle {
        radius: Theme.radius
        color: Theme.surface
    }

    ColumnLayout {
        anchors.left: parent.left
        anchors.right: parent.right
        spacing: Theme.smallGap

        Label {
            Layout.fillWidth: true
            text: root.heading
            wrapMode: Text.WordWrap
            font.pixelSize: 16
            font.weight: Font.DemiBold
            color: Theme.text
            Accessible.role: Accessible.Heading
        }
        Repeater {
            model: root.notes

            delegate: Label {
                required property string modelData

                Layout.fillWidth: true
                text: "• " + modelData
                wrapMode: Text.WordWrap
                font.pixelSize: 15
                color: Theme.text
            }
        }
        Label {
            Layout.fillWidth: true
            visible: root.emptyText.length > 0
            text: root.emptyText
            wrapMode: Text.WordWrap
            font.pixelSize: 15
            color: Theme.mutedText
        }
    }
}
