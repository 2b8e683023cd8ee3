import QtQuick
import QtQuick.Controls
import Tend.Ui

// A way to reach someone (call, text, website, email): a calm outlined button that opens `url` with the
// phone's own app. Hidden when the contact has no such way.
Button {
    id: root

    required property url url
    property string accessibleLabel: text

    visible: url.toString() !== ""
    implicitHeight: 48
    leftPadding: 18
    rightPadding: 18
    Accessible.name: accessibleLabel
    onClicked: Qt.openUrlExternally(url)

    background: Rectangle {
        radius: Theme.radius
        color: root.down ? Theme.accentSoft : "transparent"
        border.width: root.visualFocus ? 2 : 1
        border.color: Theme.accent
    }
    contentItem: Label {
        text: root.text
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        font.pixelSize: 15
        font.weight: Font.DemiBold
        color: Theme.accent
    }
}
