import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tend.Ui

// One learning card read in full, over the page that opened it. Drawn with plain items rather than
// Material's elevated dialog background, which the software scene graph does not paint.
Dialog {
    id: root

    property string cardTitle
    property var paragraphs: []

    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(parent.width - 2 * Theme.gap, 480)
    height: Math.min(implicitHeight, parent.height - 4 * Theme.gap)
    modal: true
    padding: Theme.gap + Theme.smallGap
    topPadding: Theme.smallGap
    bottomPadding: 0

    background: Rectangle {
        radius: Theme.radius
        color: Theme.surface
        border.width: 1
        border.color: Theme.divider
    }
    header: Label {
        padding: Theme.gap + Theme.smallGap
        bottomPadding: Theme.smallGap
        text: root.cardTitle
        wrapMode: Text.WordWrap
        font.pixelSize: 20
        font.weight: Font.DemiBold
        color: Theme.text
        Accessible.role: Accessible.Heading
    }
    footer: RowLayout {
        Item {
            Layout.fillWidth: true
        }
        Button {
            Layout.margins: Theme.smallGap
            flat: true
            text: qsTr("Close")
            onClicked: root.close()
        }
    }

    ScrollView {
        id: scroll

        anchors.fill: parent
        contentWidth: availableWidth
        clip: true

        ColumnLayout {
            width: scroll.availableWidth
            spacing: Theme.gap

            Repeater {
                model: root.paragraphs

                delegate: Label {
                    required property string modelData

                    Layout.fillWidth: true
                    text: modelData
                    wrapMode: Text.WordWrap
                    color: Theme.text
                    lineHeight: 1.15
                }
            }
        }
    }
}
