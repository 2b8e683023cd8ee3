pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tend.Ui

// Every contact a worker can reach, in the order to offer them: the emergency number first, then crisis
// lines, the worker's own contacts, the organisation's peer support, employee assistance and the
// supervisor, each under its own heading, with a short statement of what is here. Contacts only, so the
// lock screen can show it too. The Support page adds editing of the worker's own contacts around it.
ColumnLayout {
    id: root

    required property SupportController support
    // The Support page shows where the emergency country comes from; the lock screen has no Settings.
    property bool showHints: true
    // The worker's own contacts with Change and order buttons (the Support page) or plain (lock screen).
    property bool editable: false

    // Items placed inside go right after the worker's own contacts (the Support page puts its editor there).
    default property alias ownContactsExtras: extras.data

    signal editRequested(real contactId)
    signal moveUpRequested(real contactId)
    signal moveDownRequested(real contactId)

    spacing: Theme.smallGap

    // What is here, one line per kind of contact, in a quiet box so it reads as an overview.
    Rectangle {
        Layout.fillWidth: true
        implicitHeight: summaryColumn.implicitHeight + 2 * Theme.smallGap
        radius: Theme.radius
        color: Theme.accentSoft

        ColumnLayout {
            id: summaryColumn

            objectName: "supportSummary"
            anchors.fill: parent
            anchors.margins: Theme.smallGap
            spacing: 4

            Repeater {
                model: root.support.summaryText.split("\n")

                delegate: Label {
                    required property string modelData

                    Layout.fillWidth: true
                    text: modelData
                    wrapMode: Text.WordWrap
                    font.pixelSize: 14
                    color: Theme.text
                }
            }
        }
    }

    SectionHeading {
        text: qsTr("If you need help now")
    }
    Label {
        objectName: "emergencyText"
        Layout.fillWidth: true
        text: root.support.emergencyText
        wrapMode: Text.WordWrap
        font.pixelSize: 15
        font.weight: root.support.hasEmergencyNumber ? Font.Normal : Font.DemiBold
        color: Theme.text
    }
    Repeater {
        model: root.support.emergency

        delegate: ContactCard {
            Layout.fillWidth: true
        }
    }
    Label {
        Layout.fillWidth: true
        visible: root.showHints && text !== ""
        text: root.support.emergencyHint
        wrapMode: Text.WordWrap
        font.pixelSize: 13
        color: Theme.mutedText
    }
    Label {
        objectName: "emergencyTableNote"
        Layout.fillWidth: true
        visible: root.showHints
        text: root.support.emergencyTableNote
        wrapMode: Text.WordWrap
        font.pixelSize: 13
        color: Theme.mutedText
    }
    Repeater {
        model: root.support.crisisLines

        delegate: ContactCard {
            Layout.fillWidth: true
        }
    }

    SectionHeading {
        visible: root.support.hasPersonalContacts || root.editable
        text: qsTr("Your own contacts")
    }
    Repeater {
        objectName: "personalContactCards"
        model: root.support.personalContacts

        delegate: ContactCard {
            Layout.fillWidth: true
            editable: root.editable
            onEditRequested: contactId => root.editRequested(contactId)
            onMoveUpRequested: contactId => root.moveUpRequested(contactId)
            onMoveDownRequested: contactId => root.moveDownRequested(contactId)
        }
    }
    ColumnLayout {
        id: extras

        Layout.fillWidth: true
        visible: children.length > 0
        spacing: Theme.smallGap
    }

    SectionHeading {
        visible: root.support.hasPeerSupport
        text: root.support.peerSupportHeading
    }
    Repeater {
        model: root.support.peerSupport

        delegate: ContactCard {
            Layout.fillWidth: true
        }
    }

    SectionHeading {
        visible: root.support.hasAssistance
        text: qsTr("Employee assistance")
    }
    Repeater {
        model: root.support.assistance

        delegate: ContactCard {
            Layout.fillWidth: true
        }
    }

    SectionHeading {
        visible: root.support.hasSupervisor
        text: qsTr("Your supervisor")
    }
    Repeater {
        model: root.support.supervisor

        delegate: ContactCard {
            Layout.fillWidth: true
        }
    }
}
