import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tend.Ui

Page {
    background: Rectangle {
        color: Theme.background
    }

    Flickable {
        id: flick

        anchors.fill: parent
        contentHeight: column.implicitHeight + 2 * Theme.gap
        clip: true

        ColumnLayout {
            id: column

            x: Theme.gap
            y: Theme.gap
            width: flick.width - 2 * Theme.gap
            spacing: Theme.smallGap

            Label {
                text: qsTr("Settings")
                font.pixelSize: 28
                font.weight: Font.DemiBold
                color: Theme.text
                Accessible.role: Accessible.Heading
            }

            SectionHeading {
                text: qsTr("Appearance")
            }
            Repeater {
                model: [
                    { mode: "system", label: qsTr("Follow the system") },
                    { mode: "light", label: qsTr("Light") },
                    { mode: "dark", label: qsTr("Dark") }
                ]

                delegate: RadioButton {
                    required property var modelData

                    text: modelData.label
                    checked: App.themeMode === modelData.mode
                    onClicked: App.themeMode = modelData.mode
                }
            }

            SectionHeading {
                text: qsTr("What to track (%1 on)").arg(Tracking.trackedCount)
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("Switch off anything you'd rather not be asked. Past answers are kept.")
                wrapMode: Text.WordWrap
                font.pixelSize: 13
                color: Theme.mutedText
            }
            TrackingList {
                Layout.fillWidth: true
            }

            SectionHeading {
                text: qsTr("About Tend")
            }
            Label {
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                color: Theme.text
                text: qsTr("Tend is a private check-in for people whose work brings them close to other people's pain. It helps you notice your own patterns. It is not a diagnosis, a treatment or a crisis service.")
            }
            Label {
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                color: Theme.mutedText
                text: App.definitionAbout
            }
            Label {
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                color: Theme.mutedText
                text: qsTr("Your answers and notes are stored only on this device, in an encrypted database. Nothing is sent anywhere.")
            }
            Label {
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                font.pixelSize: 12
                color: Theme.mutedText
                text: qsTr("Version %1. Free software under the GNU General Public License, version 3 or later. Built with Qt, SQLCipher, Boost, nlohmann/json and libsodium.").arg(App.version)
            }
        }
    }
}
