import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tend.Ui

// First run: what Tend is and is not, the privacy promise, an optional app lock, and choosing what to
// track.
Page {
    background: Rectangle {
        color: Theme.background
    }
    Component.onCompleted: Lock.clearSetupMessage()

    SwipeView {
        id: steps

        anchors.fill: parent
        anchors.bottomMargin: controls.height + Theme.gap

        Flickable {
            contentHeight: welcome.implicitHeight + 2 * Theme.gap
            clip: true

            ColumnLayout {
                id: welcome

                x: Theme.gap * 1.5
                y: Theme.gap * 3
                width: parent.width - Theme.gap * 3
                spacing: Theme.gap

                Label {
                    Layout.fillWidth: true
                    text: qsTr("Welcome to Tend")
                    wrapMode: Text.WordWrap
                    font.pixelSize: 30
                    font.weight: Font.DemiBold
                    color: Theme.text
                }
                Label {
                    Layout.fillWidth: true
                    wrapMode: Text.WordWrap
                    color: Theme.text
                    font.pixelSize: 16
                    text: qsTr("Your work asks a lot of you. Tend gives you half a minute a day to check in with yourself, and over weeks it shows you how you are really doing: the heavy stretches, and what helps you recover.")
                }
                Label {
                    Layout.fillWidth: true
                    wrapMode: Text.WordWrap
                    color: Theme.mutedText
                    text: qsTr("Tend is not a test, a diagnosis or a treatment, and no one is watching your answers. If you are in crisis, please contact your local emergency number or a crisis line now.")
                }
            }
        }

        Flickable {
            contentHeight: privacy.implicitHeight + 2 * Theme.gap
            clip: true

            ColumnLayout {
                id: privacy

                x: Theme.gap * 1.5
                y: Theme.gap * 3
                width: parent.width - Theme.gap * 3
                spacing: Theme.gap

                Label {
                    Layout.fillWidth: true
                    text: qsTr("Yours alone")
                    font.pixelSize: 30
                    font.weight: Font.DemiBold
                    color: Theme.text
                }
                Repeater {
                    model: [
                        qsTr("Everything you enter stays on this device, in an encrypted database."),
                        qsTr("There is no account, no tracking and no advertising."),
                        qsTr("Your employer cannot see your answers. Nothing is ever shared unless you choose to, and you'll see exactly what first."),
                        qsTr("Every question can be skipped. Missed days are simply missed: nothing to catch up on.")
                    ]

                    delegate: Label {
                        required property string modelData

                        Layout.fillWidth: true
                        wrapMode: Text.WordWrap
                        font.pixelSize: 16
                        color: Theme.text
                        text: "•  " + modelData
                    }
                }
            }
        }

        Flickable {
            contentHeight: protect.implicitHeight + 2 * Theme.gap
            clip: true

            ColumnLayout {
                id: protect

                x: Theme.gap * 1.5
                y: Theme.gap * 3
                width: parent.width - Theme.gap * 3
                spacing: Theme.gap

                Label {
                    Layout.fillWidth: true
                    text: qsTr("Protect Tend with a PIN")
                    wrapMode: Text.WordWrap
                    font.pixelSize: 30
                    font.weight: Font.DemiBold
                    color: Theme.text
                }
                Label {
                    Layout.fillWidth: true
                    wrapMode: Text.WordWrap
                    color: Theme.text
                    font.pixelSize: 16
                    text: qsTr("If others sometimes use this phone, a PIN keeps what you write here for you alone. Tend will ask for it when it opens and after a few minutes away.")
                }
                Label {
                    Layout.fillWidth: true
                    wrapMode: Text.WordWrap
                    color: Theme.mutedText
                    text: qsTr("Choose one you'll remember: it can't be recovered, not even by us. This step is optional; you can turn the lock on or off any time in Settings.")
                }
                PinSetupForm {
                    Layout.fillWidth: true
                    visible: !Lock.enabled
                }
                Label {
                    Layout.fillWidth: true
                    visible: text !== ""
                    wrapMode: Text.WordWrap
                    text: Lock.setupMessage
                    color: Lock.setupSucceeded ? Theme.accent : Theme.warm
                    Accessible.role: Accessible.AlertMessage
                }
            }
        }

        Flickable {
            contentHeight: choose.implicitHeight + 2 * Theme.gap
            clip: true

            ColumnLayout {
                id: choose

                x: Theme.gap
                y: Theme.gap * 2
                width: parent.width - Theme.gap * 2
                spacing: Theme.smallGap

                Label {
                    Layout.fillWidth: true
                    text: qsTr("What would you like to track?")
                    wrapMode: Text.WordWrap
                    font.pixelSize: 26
                    font.weight: Font.DemiBold
                    color: Theme.text
                }
                Label {
                    Layout.fillWidth: true
                    wrapMode: Text.WordWrap
                    color: Theme.mutedText
                    text: qsTr("You can change this any time in Settings.")
                }
                TrackingList {
                    Layout.fillWidth: true
                }
            }
        }
    }

    RowLayout {
        id: controls

        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.margins: Theme.gap

        PageIndicator {
            count: steps.count
            currentIndex: steps.currentIndex
        }
        Item {
            Layout.fillWidth: true
        }
        PrimaryButton {
            text: steps.currentIndex < steps.count - 1 ? qsTr("Next") : qsTr("Start")
            onClicked: steps.currentIndex < steps.count - 1 ? steps.incrementCurrentIndex() : App.completeOnboarding()
        }
    }
}
