import QtQuick
import QtQuick.Controls
import Tend.Ui

// Shown on every data page while the app holds generated demo data, so it is never mistaken for real.
Rectangle {
    visible: App.isDemo
    implicitHeight: visible ? demoLabel.implicitHeight + Theme.smallGap * 2 : 0
    radius: Theme.radius
    color: Theme.accentSoft

    Label {
        id: demoLabel

        anchors.fill: parent
        anchors.margins: Theme.smallGap
        wrapMode: Text.WordWrap
        horizontalAlignment: Text.AlignHCenter
        text: qsTr("Demo data: an invented worker's six months, for trying Tend out.")
        color: Theme.text
        font.pixelSize: 13
    }
}
