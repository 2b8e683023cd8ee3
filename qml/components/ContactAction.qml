import QtQuick
import Tend.Ui

// A way to reach someone (call, text, website, email) that opens `url` with the phone's own app. Hidden
// when the contact has no such way.
OutlineButton {
    id: root

    required property string url
    property string accessibleLabel: text

    visible: url !== ""
    Accessible.name: accessibleLabel
    onClicked: Qt.openUrlExternally(url)
}
