import QtQuick
import QtQuick.Controls
import Tend.Ui

// One key of the lock screen's number pad: large enough for a thumb, drawn with plain items.
Button {
    id: root

    implicitWidth: 76
    implicitHeight: 60

    background: Rectangle {
        radius: height / 2
        color: root.down ? Theme.accentSoft : Theme.surface
        border.width: root.visualFocus ? 2 : 1
        border.color: Theme.divider
        opacity: root.enabled ? 1 : 0.4
    }
    contentItem: Label {
        text: root.text
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        font.pixelSize: 24
        color: Theme.text
        opacity: root.enabled ? 1 : 0.4
    }
}
