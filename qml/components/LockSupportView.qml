import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tend.Ui

// The lock screen's support view: the emergency number, crisis lines, the worker's own contacts and the
// organisation's, to call or text without unlocking. Contacts only, nothing of the worker's entries, and
// nothing to change. Going back returns to the lock screen; Tend stays locked throughout.
Rectangle {
    id: root

    color: Theme.background

    SupportController {
        id: lockedSupport

        session: Session
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

            Button {
                objectName: "closeLockSupport"
                implicitHeight: 48
                flat: true
                leftPadding: 0
                font.capitalization: Font.MixedCase
                text: qsTr("‹ Back to the lock screen")
                Accessible.name: qsTr("Back to the lock screen")
                onClicked: Lock.closeSupport()
            }
            Label {
                text: qsTr("Support")
                font.pixelSize: 28
                font.weight: Font.DemiBold
                color: Theme.text
                Accessible.role: Accessible.Heading
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("Tend stays locked. You can call or text these contacts from here.")
                wrapMode: Text.WordWrap
                font.pixelSize: 15
                color: Theme.mutedText
            }
            SupportContacts {
                objectName: "lockSupportContacts"
                Layout.fillWidth: true
                support: lockedSupport
                showHints: false
                editable: false
            }
        }
    }
}
