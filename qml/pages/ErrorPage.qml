import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tend.Ui

Page {
    background: Rectangle {
        color: Theme.background
    }

    ColumnLayout {
        anchors.centerIn: parent
        width: parent.width - 4 * Theme.gap
        spacing: Theme.gap

        Label {
            Layout.fillWidth: true
            text: qsTr("Tend can't open your data right now")
            wrapMode: Text.WordWrap
            font.pixelSize: 22
            color: Theme.text
        }
        Label {
            Layout.fillWidth: true
            text: App.startupError
            wrapMode: Text.WordWrap
            color: Theme.mutedText
        }
        Label {
            Layout.fillWidth: true
            visible: App.canStartFresh
            text: qsTr("If you made a backup, Tend can restore it now. Either way the unreadable file is kept "
                       + "aside in Tend's folder; nothing is deleted.")
            wrapMode: Text.WordWrap
            color: Theme.text
        }
        PrimaryButton {
            Layout.fillWidth: true
            visible: App.canStartFresh
            text: qsTr("Restore from a backup")
            onClicked: App.startFreshAndRestore()
        }
        OutlineButton {
            Layout.fillWidth: true
            visible: App.canStartFresh
            text: qsTr("Start fresh without a backup")
            onClicked: App.startFresh()
        }
    }
}
