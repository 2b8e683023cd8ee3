pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Tend.Ui

// Covers the whole window while Tend is locked. Opaque, and the content underneath is not drawn at all
// (see Main.qml), so nothing of it can show through or appear in a snapshot of the screen.
Rectangle {
    id: root

    // Digits typed on the pad so far; cleared after every attempt.
    property string entered: ""

    function press(digit) {
        if (root.entered.length < 8)
            root.entered += digit;
    }

    function submit() {
        if (root.entered.length > 0)
            Lock.unlock(root.entered);
        root.entered = "";
    }

    color: Theme.background
    focus: visible
    onVisibleChanged: {
        root.entered = "";
        if (visible)
            forceActiveFocus();
    }

    // Typing on a keyboard works as well as tapping the pad.
    Keys.onPressed: event => {
        if (Lock.supportShown) {
            if (event.key === Qt.Key_Escape || event.key === Qt.Key_Back) {
                Lock.closeSupport();
                event.accepted = true;
            }
            return;
        }
        if (!Lock.digitsOnly || Lock.forgotStep > 0 || Lock.waitSeconds > 0)
            return;
        if (event.text.length === 1 && event.text >= "0" && event.text <= "9")
            root.press(event.text);
        else if (event.key === Qt.Key_Backspace)
            root.entered = root.entered.slice(0, -1);
        else if (event.key === Qt.Key_Return || event.key === Qt.Key_Enter)
            root.submit();
        else
            return;
        event.accepted = true;
    }

    // Nothing behind the lock screen may receive a tap.
    MouseArea {
        anchors.fill: parent
    }

    // Contacts only; it follows every change to them, so it is always current when it opens.
    LockSupportView {
        objectName: "lockSupportView"
        anchors.fill: parent
        visible: Lock.supportShown
    }

    Flickable {
        anchors.fill: parent
        visible: !Lock.supportShown
        contentHeight: Math.max(height, column.implicitHeight + 2 * Theme.gap)
        clip: true

        ColumnLayout {
            id: column

            x: Theme.gap * 1.5
            width: parent.width - Theme.gap * 3
            y: Math.max(Theme.gap, (parent.height - implicitHeight) / 2)
            spacing: Theme.gap

            // Unlocking
            ColumnLayout {
                Layout.fillWidth: true
                visible: Lock.forgotStep === 0
                spacing: Theme.gap

                // Help comes before the PIN: crisis and support contacts open without unlocking.
                OutlineButton {
                    objectName: "lockSupportButton"
                    Layout.fillWidth: true
                    text: qsTr("Support: call or text someone now")
                    Accessible.description: qsTr("Emergency number, crisis lines and your contacts, without unlocking Tend")
                    onClicked: Lock.showSupport()
                }

                Label {
                    Layout.fillWidth: true
                    horizontalAlignment: Text.AlignHCenter
                    text: qsTr("Tend is locked")
                    font.pixelSize: 28
                    font.weight: Font.DemiBold
                    color: Theme.text
                    Accessible.role: Accessible.Heading
                }
                Label {
                    Layout.fillWidth: true
                    horizontalAlignment: Text.AlignHCenter
                    wrapMode: Text.WordWrap
                    text: Lock.digitsOnly ? qsTr("Enter your PIN to continue.") : qsTr("Enter your passphrase to continue.")
                    color: Theme.mutedText
                    font.pixelSize: 16
                }

                // One dot per digit typed; the length of the PIN itself is never shown.
                Item {
                    Layout.fillWidth: true
                    Layout.preferredHeight: 24
                    visible: Lock.digitsOnly

                    Row {
                        objectName: "pinDots"
                        anchors.centerIn: parent
                        spacing: 14

                        Repeater {
                            model: root.entered.length

                            delegate: Rectangle {
                                width: 16
                                height: 16
                                radius: 8
                                color: Theme.accent
                            }
                        }
                    }
                    Rectangle {
                        anchors.centerIn: parent
                        visible: root.entered.length === 0
                        width: 96
                        height: 2
                        radius: 1
                        color: Theme.divider
                    }
                }

                Label {
                    objectName: "lockMessage"
                    Layout.fillWidth: true
                    Layout.minimumHeight: 40
                    horizontalAlignment: Text.AlignHCenter
                    wrapMode: Text.WordWrap
                    text: Lock.message
                    color: Theme.warm
                    Accessible.role: Accessible.AlertMessage
                }

                GridLayout {
                    objectName: "pinPad"
                    Layout.alignment: Qt.AlignHCenter
                    visible: Lock.digitsOnly
                    enabled: Lock.waitSeconds === 0
                    columns: 3
                    rowSpacing: Theme.smallGap
                    columnSpacing: Theme.gap

                    Repeater {
                        model: ["1", "2", "3", "4", "5", "6", "7", "8", "9"]

                        delegate: PinKey {
                            id: digitKey

                            required property string modelData

                            text: modelData
                            onClicked: root.press(digitKey.modelData)
                        }
                    }
                    PinKey {
                        objectName: "pinDelete"
                        text: "⌫"
                        Accessible.name: qsTr("Delete")
                        enabled: root.entered.length > 0
                        onClicked: root.entered = root.entered.slice(0, -1)
                    }
                    PinKey {
                        text: "0"
                        onClicked: root.press("0")
                    }
                    PinKey {
                        objectName: "pinOk"
                        text: qsTr("OK")
                        Accessible.name: qsTr("Unlock")
                        enabled: root.entered.length >= 4
                        onClicked: root.submit()
                    }
                }

                SecretField {
                    id: passphrase

                    objectName: "passphraseField"
                    Layout.fillWidth: true
                    visible: !Lock.digitsOnly
                    enabled: Lock.waitSeconds === 0
                    placeholderText: qsTr("Passphrase")
                    onAccepted: unlockButton.clicked()
                }
                PrimaryButton {
                    id: unlockButton

                    Layout.fillWidth: true
                    visible: !Lock.digitsOnly
                    enabled: Lock.waitSeconds === 0 && passphrase.text.length > 0
                    text: qsTr("Unlock")
                    onClicked: {
                        Lock.unlock(passphrase.text);
                        passphrase.clear();
                    }
                }

                Button {
                    objectName: "forgotPin"
                    Layout.alignment: Qt.AlignHCenter
                    implicitHeight: 48
                    flat: true
                    font.capitalization: Font.MixedCase
                    font.pixelSize: 15
                    Material.foreground: Theme.accent
                    text: Lock.digitsOnly ? qsTr("Forgot your PIN?") : qsTr("Forgot your passphrase?")
                    onClicked: Lock.showForgotPin()
                }
            }

            // Forgotten: what it means, honestly.
            ColumnLayout {
                Layout.fillWidth: true
                visible: Lock.forgotStep === 1
                spacing: Theme.gap

                Label {
                    Layout.fillWidth: true
                    wrapMode: Text.WordWrap
                    text: Lock.digitsOnly ? qsTr("Forgot your PIN?") : qsTr("Forgot your passphrase?")
                    font.pixelSize: 26
                    font.weight: Font.DemiBold
                    color: Theme.text
                    Accessible.role: Accessible.Heading
                }
                Label {
                    Layout.fillWidth: true
                    wrapMode: Text.WordWrap
                    font.pixelSize: 16
                    color: Theme.text
                    text: qsTr("That happens. Your entries in Tend can only be opened with it. It is not kept anywhere it could be recovered from, so no one can reset it for you, not even us.")
                }
                Label {
                    Layout.fillWidth: true
                    wrapMode: Text.WordWrap
                    font.pixelSize: 16
                    color: Theme.text
                    text: qsTr("If you made a backup earlier, you can restore it after starting again; a backup opens with its own passphrase.")
                }
                Label {
                    Layout.fillWidth: true
                    wrapMode: Text.WordWrap
                    color: Theme.mutedText
                    text: qsTr("Otherwise the way forward is to erase what is in Tend on this device and start fresh.")
                }
                OutlineButton {
                    objectName: "forgotContinue"
                    Layout.fillWidth: true
                    text: qsTr("Erase and start again…")
                    onClicked: Lock.continueForgotPin()
                }
                PrimaryButton {
                    Layout.fillWidth: true
                    text: qsTr("Try again")
                    onClicked: Lock.cancelForgotPin()
                }
            }

            // The last, clear warning before anything is erased.
            ColumnLayout {
                Layout.fillWidth: true
                visible: Lock.forgotStep === 2
                spacing: Theme.gap

                Label {
                    Layout.fillWidth: true
                    wrapMode: Text.WordWrap
                    text: qsTr("Erase everything in Tend?")
                    font.pixelSize: 26
                    font.weight: Font.DemiBold
                    color: Theme.text
                    Accessible.role: Accessible.Heading
                }
                Label {
                    Layout.fillWidth: true
                    wrapMode: Text.WordWrap
                    font.pixelSize: 16
                    color: Theme.text
                    text: qsTr("All your check-ins, notes, hard moments, your self-care plan and your settings will be deleted from this device. This can't be undone.")
                }
                Label {
                    Layout.fillWidth: true
                    wrapMode: Text.WordWrap
                    color: Theme.mutedText
                    text: qsTr("Backup files you saved outside Tend stay where they are.")
                }
                PrimaryButton {
                    objectName: "eraseEverything"
                    Layout.fillWidth: true
                    fill: Theme.warm
                    text: qsTr("Erase everything and start again")
                    onClicked: Lock.eraseEverything()
                }
                OutlineButton {
                    Layout.fillWidth: true
                    text: qsTr("Go back")
                    onClicked: Lock.cancelForgotPin()
                }
            }
        }
    }
}
