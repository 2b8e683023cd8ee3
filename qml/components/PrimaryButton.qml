import QtQuick
import QtQuick.Controls
import Tend.Ui

// The one main action of a screen. Drawn with plain items (not Material's elevation effect) so that it
// looks the same with every scene-graph backend, including the software one used offscreen.
Button {
    id: root

    property color fill: Theme.accent

    implicitHeight: 52
    leftPadding: 24
    rightPadding: 24

    background: Rectangle {
        radius: Theme.radius
        color: root.fill
        opacity: root.enabled ? (root.down ? 0.85 : 1) : 0.4
        border.width: root.visualFocus ? 2 : 0
        border.color: Theme.text
    }
    contentItem: Label {
        text: root.text
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        font.pixelSize: 16
        font.weight: Font.DemiBold
        color: Theme.dark ? "#10201c" : "#ffffff"
    }
}
