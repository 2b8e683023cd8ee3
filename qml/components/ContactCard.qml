import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tend.Ui

// One contact of the Support page: who, how to reach them, when, and a button for each way that works.
// With `editable` (the worker's own contacts on the Support page) it also offers to change and reorder it.
Pane {
    id: root

    // Only the worker's own contacts, and only on the Support page: never on the lock screen.
    property bool editable: false

    required property string name
    required property string detail
    required property string note
    required property string callUrl
    required property string textUrl
    required property string webUrl
    required property string emailUrl
    required property string callLabel
    required property string textLabel
    required property string webLabel
    required property string emailLabel
    required property bool hasActions
    required property string offlineNote
    required property real contactId
    required property bool canMoveUp
    required property bool canMoveDown

    signal editRequested(real contactId)
    signal moveUpRequested(real contactId)
    signal moveDownRequested(real contactId)

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
            text: root.name
            wrapMode: Text.WordWrap
            font.pixelSize: 17
            font.weight: Font.DemiBold
            color: Theme.text
        }
        Label {
            Layout.fillWidth: true
            visible: root.detail !== ""
            text: root.detail
            wrapMode: Text.WordWrap
            font.pixelSize: 14
            color: Theme.mutedText
        }
        Label {
            Layout.fillWidth: true
            visible: root.note !== ""
            text: root.note
            wrapMode: Text.WordWrap
            font.pixelSize: 14
            color: Theme.text
        }
        Flow {
            Layout.fillWidth: true
            visible: root.hasActions
            Layout.topMargin: Theme.smallGap
            spacing: Theme.smallGap

            ContactAction {
                text: qsTr("Call")
                url: root.callUrl
                accessibleLabel: root.callLabel
            }
            ContactAction {
                text: qsTr("Text")
                url: root.textUrl
                accessibleLabel: root.textLabel
            }
            ContactAction {
                text: qsTr("Open")
                url: root.webUrl
                accessibleLabel: root.webLabel
            }
            ContactAction {
                text: qsTr("Email")
                url: root.emailUrl
                accessibleLabel: root.emailLabel
            }
        }
        Label {
            Layout.fillWidth: true
            visible: root.offlineNote !== ""
            text: root.offlineNote
            wrapMode: Text.WordWrap
            font.pixelSize: 13
            font.italic: true
            color: Theme.mutedText
        }
        RowLayout {
            Layout.fillWidth: true
            Layout.topMargin: Theme.smallGap
            visible: root.editable
            spacing: Theme.smallGap

            Button {
                objectName: "editContact"
                implicitHeight: 48
                flat: true
                text: qsTr("Change")
                Accessible.name: qsTr("Change %1").arg(root.name)
                onClicked: root.editRequested(root.contactId)
            }
            Item {
                Layout.fillWidth: true
            }
            Button {
                implicitHeight: 48
                implicitWidth: 48
                flat: true
                enabled: root.canMoveUp
                text: "↑"
                Accessible.name: qsTr("Move %1 up").arg(root.name)
                onClicked: root.moveUpRequested(root.contactId)
            }
            Button {
                implicitHeight: 48
                implicitWidth: 48
                flat: true
                enabled: root.canMoveDown
                text: "↓"
                Accessible.name: qsTr("Move %1 down").arg(root.name)
                onClicked: root.moveDownRequested(root.contactId)
            }
        }
    }
}
