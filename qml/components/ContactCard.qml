import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tend.Ui

// One contact of the Support page: who, how to reach them, when, and a button for each way that works.
Pane {
    id: root

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
    }
}
