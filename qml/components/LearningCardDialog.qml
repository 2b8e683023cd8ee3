import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tend.Ui

// One learning card read in full, over the page that opened it.
Dialog {
    id: root

    property string cardTitle
    property var paragraphs: []

    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(parent.width - 2 * Theme.gap, 480)
    height: Math.min(implicitHeight, parent.height - 4 * Theme.gap)
    modal: true
    title: cardTitle
    standardButtons: Dialog.Close

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
