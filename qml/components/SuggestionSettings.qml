pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tend.Ui

// Settings, "Suggestions": a switch for each kind of suggestion Tend may make, with what it brings; why crisis
// support has none; and the suggestions set aside for good, each of which can be allowed again.
ColumnLayout {
    id: root

    spacing: Theme.smallGap

    PromptSettingsController {
        id: settings

        objectName: "promptSettings"
        session: Session
    }

    SectionHeading {
        text: qsTr("Suggestions")
    }
    Label {
        Layout.fillWidth: true
        text: qsTr("Tend suggests things now and then, based on your check-ins. Choose which kinds you want.")
        wrapMode: Text.WordWrap
        font.pixelSize: 13
        color: Theme.mutedText
    }
    Repeater {
        model: settings.kinds

        delegate: ColumnLayout {
            id: kind

            required property string key
            required property string label
            required property string description
            required property bool switchedOn

            Layout.fillWidth: true
            spacing: 0

            Switch {
                objectName: "kind_" + kind.key
                Layout.fillWidth: true
                text: kind.label
                checked: kind.switchedOn
                Accessible.description: kind.description
                onToggled: settings.setKindEnabled(kind.key, checked)
            }
            Label {
                Layout.fillWidth: true
                Layout.leftMargin: Theme.smallGap
                text: kind.description
                wrapMode: Text.WordWrap
                font.pixelSize: 13
                color: Theme.mutedText
            }
        }
    }
    Label {
        Layout.fillWidth: true
        Layout.topMargin: Theme.smallGap
        text: settings.crisisNote
        wrapMode: Text.WordWrap
        font.pixelSize: 13
        color: Theme.text
    }
    Label {
        Layout.fillWidth: true
        visible: text !== ""
        text: settings.errorText.length > 0 ? settings.errorText : settings.statusText
        wrapMode: Text.WordWrap
        font.pixelSize: 13
        color: settings.errorText.length > 0 ? Theme.warm : Theme.accent
        Accessible.role: Accessible.AlertMessage
    }

    Label {
        Layout.fillWidth: true
        Layout.topMargin: Theme.smallGap
        text: qsTr("Set aside for good")
        font.pixelSize: 15
        font.weight: Font.DemiBold
        color: Theme.text
        Accessible.role: Accessible.Heading
    }
    Label {
        Layout.fillWidth: true
        visible: !settings.hasSetAside
        text: settings.setAsideEmptyText
        wrapMode: Text.WordWrap
        font.pixelSize: 13
        color: Theme.mutedText
    }
    Repeater {
        model: settings.setAside

        delegate: Pane {
            id: entry

            required property int index
            required property string title
            required property string detail

            Layout.fillWidth: true
            padding: Theme.smallGap
            background: Rectangle {
                radius: Theme.radius
                color: Theme.surface
            }

            RowLayout {
                anchors.left: parent.left
                anchors.right: parent.right
                spacing: Theme.smallGap

                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 2

                    Label {
                        Layout.fillWidth: true
                        text: entry.title
                        wrapMode: Text.WordWrap
                        font.pixelSize: 15
                        color: Theme.text
                    }
                    Label {
                        Layout.fillWidth: true
                        text: entry.detail
                        wrapMode: Text.WordWrap
                        font.pixelSize: 13
                        color: Theme.mutedText
                    }
                }
                Button {
                    objectName: "allowAgain"
                    flat: true
                    text: qsTr("Allow again")
                    Accessible.description: qsTr("Lets this suggestion show again when it fits")
                    onClicked: settings.allowAgain(entry.index)
                }
            }
        }
    }
}
