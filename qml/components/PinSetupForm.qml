import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tend.Ui

// Choosing a PIN or passphrase, typed twice. Used in onboarding and in Settings; with `asksCurrent` it
// changes an existing one.
ColumnLayout {
    id: root

    property bool asksCurrent: false
    property string actionText: qsTr("Turn on app lock")

    signal done

    spacing: Theme.smallGap

    Label {
        Layout.fillWidth: true
        wrapMode: Text.WordWrap
        color: Theme.mutedText
        font.pixelSize: 13
        text: qsTr("Use 4 to 8 digits, or a passphrase of at least 6 characters.")
    }
    SecretField {
        id: current

        objectName: "currentPin"
        Layout.fillWidth: true
        visible: root.asksCurrent
        placeholderText: Lock.digitsOnly ? qsTr("Your current PIN") : qsTr("Your current passphrase")
    }
    SecretField {
        id: pin

        objectName: "newPin"
        Layout.fillWidth: true
        placeholderText: root.asksCurrent ? qsTr("New PIN or passphrase") : qsTr("PIN or passphrase")
    }
    SecretField {
        id: repeat

        objectName: "repeatPin"
        Layout.fillWidth: true
        placeholderText: qsTr("The same again")
        onAccepted: action.clicked()
    }
    PrimaryButton {
        id: action

        objectName: "setPinButton"
        Layout.fillWidth: true
        text: root.actionText
        onClicked: {
            const ok = root.asksCurrent ? Lock.changePin(current.text, pin.text, repeat.text)
                                        : Lock.setPin(pin.text, repeat.text);
            current.clear();
            if (ok) {
                pin.clear();
                repeat.clear();
                root.done();
            }
        }
    }
}
