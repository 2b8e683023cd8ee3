import QtQuick
import QtQuick.Controls
import Tend.Ui

// A secondary action beside or below a PrimaryButton: outlined, calm, and drawn with plain items so it
// looks the same with every scene-graph backend.
Button {
    id: root

    implicitHeight: 48
    leftPadding: 18
    rightPadding: 18

    background: Rectangle {
        radius: Theme.radius
        color: root.down ? Theme.accentSoft : "transparent"
        border.width: root.visualFocus ? 2 : 1
        border.color: Theme.accent
        opacity: root.enabled ? 1 : 0.4
    }
    contentItem: Label {
        text: root.text
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        font.pixelSize: 15
        font.weight: Font.DemiBold
        color: Theme.accent
        opacity: root.enabled ? 1 : 0.4
    }
}
