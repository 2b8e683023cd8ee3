import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Tend.Ui

Page {
    background: Rectangle {
        color: Theme.background
    }

    OrgProfileImporter {
        id: profile

        session: Session
    }
    EmergencyCountryChooser {
        id: emergencyCountry

        session: Session
    }

    // Which app-lock form is open: "", "on", "change" or "off". Opening one clears the last message.
    QtObject {
        id: lockForm

        property string shown: ""

        function show(form) {
            shown = form;
            if (form !== "")
                Lock.clearSetupMessage();
        }
    }

    Component.onCompleted: Lock.clearSetupMessage()

    FileDialog {
        id: profileDialog

        title: qsTr("Choose an organisation profile")
        fileMode: FileDialog.OpenFile
        nameFilters: [qsTr("Organisation profiles (*.json)"), qsTr("All files (*)")]
        onAccepted: profile.previewFile(selectedFile)
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
                text: qsTr("App lock")
            }
            Label {
                objectName: "lockSummary"
                Layout.fillWidth: true
                text: Lock.summary
                wrapMode: Text.WordWrap
                color: Theme.text
            }
            Label {
                Layout.fillWidth: true
                visible: !Lock.enabled
                text: qsTr("With a PIN or passphrase, Tend stays closed to anyone who picks up your phone. If you forget it, it can't be recovered: the only way back in is to erase Tend's data and start again.")
                wrapMode: Text.WordWrap
                font.pixelSize: 13
                color: Theme.mutedText
            }
            Label {
                objectName: "lockSetupMessage"
                Layout.fillWidth: true
                visible: text !== ""
                text: Lock.setupMessage
                wrapMode: Text.WordWrap
                color: Lock.setupSucceeded ? Theme.accent : Theme.warm
                Accessible.role: Accessible.AlertMessage
            }
            OutlineButton {
                objectName: "turnOnLock"
                Layout.fillWidth: true
                visible: !Lock.enabled && lockForm.shown === ""
                text: qsTr("Turn on app lock")
                onClicked: lockForm.show("on")
            }
            OutlineButton {
                Layout.fillWidth: true
                visible: Lock.enabled && lockForm.shown === ""
                text: qsTr("Lock now")
                onClicked: Lock.lockNow()
            }
            RowLayout {
                Layout.fillWidth: true
                visible: Lock.enabled && lockForm.shown === ""
                spacing: Theme.smallGap

                OutlineButton {
                    Layout.fillWidth: true
                    text: Lock.digitsOnly ? qsTr("Change PIN") : qsTr("Change passphrase")
                    onClicked: lockForm.show("change")
                }
                OutlineButton {
                    Layout.fillWidth: true
                    text: qsTr("Turn off")
                    onClicked: lockForm.show("off")
                }
            }
            PinSetupForm {
                Layout.fillWidth: true
                visible: lockForm.shown === "on" && !Lock.enabled
                onDone: lockForm.show("")
            }
            PinSetupForm {
                Layout.fillWidth: true
                visible: lockForm.shown === "change" && Lock.enabled
                asksCurrent: true
                actionText: Lock.digitsOnly ? qsTr("Change PIN") : qsTr("Change passphrase")
                onDone: lockForm.show("")
            }
            ColumnLayout {
                Layout.fillWidth: true
                visible: lockForm.shown === "off" && Lock.enabled
                spacing: Theme.smallGap

                SecretField {
                    id: offPin

                    objectName: "turnOffPin"
                    Layout.fillWidth: true
                    placeholderText: Lock.digitsOnly ? qsTr("Your current PIN") : qsTr("Your current passphrase")
                    onAccepted: turnOff.clicked()
                }
                PrimaryButton {
                    id: turnOff

                    Layout.fillWidth: true
                    text: qsTr("Turn off app lock")
                    onClicked: {
                        if (Lock.removePin(offPin.text))
                            lockForm.show("");
                        offPin.clear();
                    }
                }
            }
            Button {
                Layout.fillWidth: true
                visible: lockForm.shown !== ""
                flat: true
                implicitHeight: 48
                text: qsTr("Cancel")
                onClicked: lockForm.show("")
            }
            // A group of its own, so choosing here never unchecks the appearance choice above.
            ColumnLayout {
                Layout.fillWidth: true
                visible: Lock.enabled
                spacing: 0

                Label {
                    Layout.fillWidth: true
                    topPadding: Theme.smallGap
                    text: qsTr("Lock after this long without use")
                    color: Theme.text
                }
                Repeater {
                    model: Lock.idleChoices

                    delegate: RadioButton {
                        required property var modelData

                        text: modelData.label
                        checked: Lock.idleMinutes === modelData.minutes
                        onClicked: Lock.setIdleMinutes(modelData.minutes)
                    }
                }
            }

            SectionHeading {
                text: qsTr("Your data")
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("Export, import, back up, or delete everything.")
                wrapMode: Text.WordWrap
                font.pixelSize: 13
                color: Theme.mutedText
            }
            OutlineButton {
                objectName: "openDataPage"
                Layout.fillWidth: true
                text: qsTr("Manage your data")
                onClicked: App.openPage("data")
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
                text: qsTr("Emergency number")
            }
            Label {
                objectName: "emergencySummary"
                Layout.fillWidth: true
                text: emergencyCountry.summary
                wrapMode: Text.WordWrap
                color: Theme.text
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("Choose the country you are in. Tend never uses your location.")
                wrapMode: Text.WordWrap
                font.pixelSize: 13
                color: Theme.mutedText
            }
            ComboBox {
                objectName: "emergencyCountry"
                Layout.fillWidth: true
                implicitHeight: 48
                model: emergencyCountry.choices
                currentIndex: emergencyCountry.currentIndex
                onActivated: index => emergencyCountry.choose(index)
                Accessible.name: qsTr("Country for the emergency number")
            }
            Label {
                Layout.fillWidth: true
                text: emergencyCountry.tableNote
                wrapMode: Text.WordWrap
                font.pixelSize: 13
                color: Theme.mutedText
            }
            Label {
                Layout.fillWidth: true
                visible: text !== ""
                text: emergencyCountry.errorText
                wrapMode: Text.WordWrap
                color: Theme.warm
                Accessible.role: Accessible.AlertMessage
            }

            SectionHeading {
                text: qsTr("Organisation profile")
            }
            Label {
                Layout.fillWidth: true
                text: profile.inUseText
                wrapMode: Text.WordWrap
                color: Theme.text
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("An organisation can give you a profile file with its own crisis lines and support contacts. It is checked before anything changes.")
                wrapMode: Text.WordWrap
                font.pixelSize: 13
                color: Theme.mutedText
            }
            Label {
                Layout.fillWidth: true
                visible: text !== ""
                text: profile.storedProblemText
                wrapMode: Text.WordWrap
                font.pixelSize: 13
                color: Theme.warm
            }
            Pane {
                Layout.fillWidth: true
                visible: profile.hasPreview
                padding: Theme.gap
                background: Rectangle {
                    radius: Theme.radius
                    color: Theme.surface
                    border.width: 1
                    border.color: Theme.accent
                }

                ColumnLayout {
                    width: parent.width
                    spacing: Theme.smallGap

                    Label {
                        Layout.fillWidth: true
                        text: profile.previewOrganisation
                        wrapMode: Text.WordWrap
                        font.pixelSize: 17
                        font.weight: Font.DemiBold
                        color: Theme.text
                    }
                    Label {
                        Layout.fillWidth: true
                        text: profile.previewDetails
                        wrapMode: Text.WordWrap
                        color: Theme.mutedText
                    }
                    Label {
                        Layout.fillWidth: true
                        text: qsTr("Use this profile instead of the current one?")
                        wrapMode: Text.WordWrap
                        color: Theme.text
                    }
                    RowLayout {
                        Layout.fillWidth: true
                        spacing: Theme.smallGap

                        PrimaryButton {
                            Layout.fillWidth: true
                            text: qsTr("Use this profile")
                            onClicked: profile.apply()
                        }
                        Button {
                            flat: true
                            implicitHeight: 52
                            text: qsTr("Cancel")
                            onClicked: profile.cancel()
                        }
                    }
                }
            }
            Label {
                Layout.fillWidth: true
                visible: text !== ""
                text: profile.errorText
                wrapMode: Text.WordWrap
                color: Theme.warm
                Accessible.role: Accessible.AlertMessage
            }
            Label {
                Layout.fillWidth: true
                visible: text !== ""
                text: profile.confirmation
                wrapMode: Text.WordWrap
                color: Theme.accent
                Accessible.role: Accessible.AlertMessage
            }
            OutlineButton {
                Layout.fillWidth: true
                text: qsTr("Import a profile file")
                onClicked: profileDialog.open()
            }
            Button {
                Layout.fillWidth: true
                implicitHeight: 48
                flat: true
                visible: profile.usingImported && !profile.confirmingReset
                text: qsTr("Use the built-in profile again")
                onClicked: profile.askUseBuiltIn()
            }
            Pane {
                Layout.fillWidth: true
                visible: profile.confirmingReset
                padding: Theme.gap
                background: Rectangle {
                    radius: Theme.radius
                    color: Theme.surface
                    border.width: 1
                    border.color: Theme.divider
                }

                ColumnLayout {
                    width: parent.width
                    spacing: Theme.smallGap

                    Label {
                        Layout.fillWidth: true
                        wrapMode: Text.WordWrap
                        color: Theme.text
                        text: qsTr("Go back to the built-in profile? Your organisation's contacts will no longer be shown. You can import the file again at any time.")
                    }
                    RowLayout {
                        Layout.fillWidth: true
                        spacing: Theme.smallGap

                        PrimaryButton {
                            Layout.fillWidth: true
                            text: qsTr("Use the built-in profile")
                            onClicked: profile.useBuiltIn()
                        }
                        Button {
                            flat: true
                            implicitHeight: 52
                            text: qsTr("Cancel")
                            onClicked: profile.cancel()
                        }
                    }
                }
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
