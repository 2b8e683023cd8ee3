import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tend.Ui

// Adding and changing the worker's own contacts on the Support page: a button to add one, and the form
// with a message at each field that needs attention. Checking and saving happen in PersonalContactEditor.
ColumnLayout {
    id: root

    required property PersonalContactEditor editor

    spacing: Theme.smallGap

    Label {
        Layout.fillWidth: true
        visible: !root.editor.editing
        text: root.editor.listHint
        wrapMode: Text.WordWrap
        font.pixelSize: 13
        color: Theme.mutedText
    }
    Label {
        objectName: "contactConfirmation"
        Layout.fillWidth: true
        visible: text !== ""
        text: root.editor.confirmation
        wrapMode: Text.WordWrap
        color: Theme.accent
        Accessible.role: Accessible.AlertMessage
    }
    Label {
        Layout.fillWidth: true
        visible: text !== ""
        text: root.editor.errorText
        wrapMode: Text.WordWrap
        color: Theme.warm
        Accessible.role: Accessible.AlertMessage
    }
    OutlineButton {
        objectName: "addContact"
        Layout.fillWidth: true
        visible: !root.editor.editing && root.editor.canAdd
        text: qsTr("Add a contact")
        onClicked: root.editor.startNew()
    }

    Pane {
        objectName: "contactForm"
        Layout.fillWidth: true
        visible: root.editor.editing
        padding: Theme.gap
        background: Rectangle {
            radius: Theme.radius
            color: Theme.surface
            border.width: 1
            border.color: Theme.divider
        }

        ColumnLayout {
            width: parent.width
            spacing: 4

            Label {
                Layout.fillWidth: true
                text: root.editor.editorTitle
                wrapMode: Text.WordWrap
                font.pixelSize: 18
                font.weight: Font.DemiBold
                color: Theme.text
                Accessible.role: Accessible.Heading
            }

            Label {
                text: qsTr("Who they are to you")
                color: Theme.mutedText
            }
            ComboBox {
                objectName: "contactKind"
                Layout.fillWidth: true
                implicitHeight: 48
                model: root.editor.kindLabels
                currentIndex: root.editor.kindIndex
                onActivated: index => root.editor.kindIndex = index
                Accessible.name: qsTr("Who they are to you")
            }

            ContactField {
                objectName: "contactName"
                label: qsTr("Name")
                text: root.editor.name
                error: root.editor.nameError
                onEdited: text => root.editor.name = text
            }
            ContactField {
                objectName: "contactPhone"
                label: qsTr("Phone number to call (optional)")
                text: root.editor.phone
                error: root.editor.phoneError
                inputMethodHints: Qt.ImhDialableCharactersOnly
                onEdited: text => root.editor.phone = text
            }
            ContactField {
                objectName: "contactSms"
                label: qsTr("Number for text messages (optional)")
                text: root.editor.sms
                error: root.editor.smsError
                inputMethodHints: Qt.ImhDialableCharactersOnly
                onEdited: text => root.editor.sms = text
            }
            ContactField {
                objectName: "contactUrl"
                label: qsTr("Web link (optional; needs an internet connection)")
                text: root.editor.url
                error: root.editor.urlError
                inputMethodHints: Qt.ImhUrlCharactersOnly | Qt.ImhNoAutoUppercase
                onEdited: text => root.editor.url = text
            }
            ContactField {
                objectName: "contactNote"
                label: qsTr("Short note (optional), such as when to call")
                text: root.editor.note
                error: root.editor.noteError
                onEdited: text => root.editor.note = text
            }
            Label {
                objectName: "contactReachError"
                Layout.fillWidth: true
                visible: text !== ""
                text: root.editor.reachError
                wrapMode: Text.WordWrap
                color: Theme.warm
                Accessible.role: Accessible.AlertMessage
            }

            RowLayout {
                Layout.fillWidth: true
                Layout.topMargin: Theme.smallGap
                visible: !root.editor.confirmingRemove
                spacing: Theme.smallGap

                PrimaryButton {
                    objectName: "saveContact"
                    Layout.fillWidth: true
                    text: qsTr("Save")
                    onClicked: root.editor.save()
                }
                Button {
                    objectName: "cancelContact"
                    flat: true
                    implicitHeight: 52
                    text: qsTr("Cancel")
                    onClicked: root.editor.cancel()
                }
            }
            OutlineButton {
                objectName: "removeContact"
                Layout.fillWidth: true
                visible: !root.editor.isNew && !root.editor.confirmingRemove
                text: qsTr("Remove this contact")
                onClicked: root.editor.askRemove()
            }

            Label {
                Layout.fillWidth: true
                visible: root.editor.confirmingRemove
                text: root.editor.removeQuestion
                wrapMode: Text.WordWrap
                color: Theme.text
            }
            RowLayout {
                Layout.fillWidth: true
                visible: root.editor.confirmingRemove
                spacing: Theme.smallGap

                PrimaryButton {
                    objectName: "confirmRemoveContact"
                    Layout.fillWidth: true
                    fill: Theme.warm
                    text: qsTr("Remove")
                    onClicked: root.editor.confirmRemove()
                }
                Button {
                    flat: true
                    implicitHeight: 52
                    text: qsTr("Keep it")
                    onClicked: root.editor.cancelRemove()
                }
            }
        }
    }
}
