import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tend.Ui

// Asks "is it really you?" before something that takes data out of Tend or erases it (Lock.confirm()).
// With a PIN the worker types it again; without one a plain confirmation is enough.
Dialog {
    id: root

    // Opens whenever someone calls Lock.confirm(), closes when that is answered.
    readonly property bool asked: Lock.confirming

    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(parent.width - 2 * Theme.gap, 400)
    modal: true
    closePolicy: Popup.CloseOnEscape
    title: Lock.confirmTitle
    // Plain items rather than Material's elevated card, which the software renderer draws incompletely.
    background: Rectangle {
        radius: Theme.radius
        color: Theme.surface
    }
    header: Label {
        text: root.title
        padding: Theme.gap * 1.5
        bottomPadding: 0
        wrapMode: Text.WordWrap
        font.pixelSize: 20
        font.weight: Font.DemiBold
        color: Theme.text
    }
    onOpened: secret.clear()
    // Escape, or closing by any other way, counts as "not now".
    onClosed: Lock.cancelConfirm()
    onAskedChanged: asked ? open() : close()

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.smallGap

        Label {
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            color: Theme.text
            text: !Lock.enabled ? qsTr("Are you sure you want to continue?")
                                : Lock.digitsOnly ? qsTr("Please enter your PIN to continue.")
                                                  : qsTr("Please enter your passphrase to continue.")
        }
        SecretField {
            id: secret

            objectName: "confirmPin"
            Layout.fillWidth: true
            visible: Lock.enabled
            enabled: Lock.waitSeconds === 0
            placeholderText: Lock.digitsOnly ? qsTr("PIN") : qsTr("Passphrase")
            inputMethodHints: (Lock.digitsOnly ? Qt.ImhDigitsOnly : Qt.ImhNone) | Qt.ImhSensitiveData
                              | Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase | Qt.ImhHiddenText
            onAccepted: continueButton.clicked()
        }
        Label {
            Layout.fillWidth: true
            visible: text !== ""
            wrapMode: Text.WordWrap
            color: Theme.warm
            text: Lock.confirmMessage
            Accessible.role: Accessible.AlertMessage
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.smallGap

            PrimaryButton {
                id: continueButton

                objectName: "confirmContinue"
                Layout.fillWidth: true
                enabled: !Lock.enabled || (secret.text.length > 0 && Lock.waitSeconds === 0)
                text: Lock.enabled ? qsTr("Continue") : qsTr("Yes, continue")
                onClicked: {
                    if (Lock.enabled)
                        Lock.confirmWithPin(secret.text);
                    else
                        Lock.confirmWithoutPin();
                    secret.clear();
                }
            }
            Button {
                flat: true
                implicitHeight: 52
                text: qsTr("Cancel")
                onClicked: Lock.cancelConfirm()
            }
        }
    }
}
