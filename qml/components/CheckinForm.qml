import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Tend.Ui

// The check-in of one day: every answer saves itself, every question can be skipped.
ListView {
    id: root

    required property CheckinEditor editor

    clip: true
    spacing: Theme.gap
    topMargin: Theme.gap * 2
    leftMargin: Theme.gap
    rightMargin: Theme.gap
    bottomMargin: Theme.gap
    model: root.editor.items
    section.property: "group"
    section.delegate: SectionHeading {
        required property string section

        width: ListView.view.width - ListView.view.leftMargin - ListView.view.rightMargin
        text: section
    }

    // The header, rows and footer use this file's ids: see .qmllint.ini.
    // qmllint disable unqualified
    header: ColumnLayout {
        width: root.width - root.leftMargin - root.rightMargin
        spacing: Theme.smallGap

        ColumnLayout {
            Layout.fillWidth: true
            spacing: 0

            Label {
                text: root.editor.title
                font.pixelSize: 28
                font.weight: Font.DemiBold
                color: Theme.text
                Accessible.role: Accessible.Heading
            }
            Label {
                text: root.editor.longDate
                font.pixelSize: 14
                color: Theme.mutedText
            }
        }

        DemoBanner {
            Layout.fillWidth: true
        }

        Label {
            Layout.fillWidth: true
            text: (root.editor.saved ? "✓ " : "") + root.editor.saveStatus
            wrapMode: Text.WordWrap
            font.pixelSize: 13
            color: root.editor.errorText.length > 0 ? Theme.warm : Theme.mutedText
        }

        PrimaryButton {
            Layout.fillWidth: true
            Layout.preferredHeight: 56
            visible: root.editor.canLogHardMoment
            text: qsTr("Log a hard moment")
            fill: Theme.warm
            onClicked: hardMomentDialog.open()
        }
        Label {
            Layout.fillWidth: true
            text: root.editor.hardMomentsText
            font.pixelSize: 13
            color: Theme.mutedText
        }

        Switch {
            Layout.fillWidth: true
            text: qsTr("Day off or on leave")
            checked: root.editor.restDay
            onToggled: root.editor.restDay = checked
        }

        Label {
            Layout.fillWidth: true
            text: root.editor.progressText + " · " + qsTr("skip anything you like")
            font.pixelSize: 13
            color: Theme.mutedText
        }
    }

    delegate: Loader {
        id: row

        required property int index
        required property string itemId
        required property string text
        required property string help
        required property bool isCount
        required property int minimum
        required property int maximum
        required property var labels
        required property int value
        required property bool answered

        width: ListView.view.width - ListView.view.leftMargin - ListView.view.rightMargin
        sourceComponent: isCount ? countComponent : ratingComponent

        Component {
            id: ratingComponent

            RatingRow {
                itemId: row.itemId
                text: row.text
                help: row.help
                labels: row.labels
                minimum: row.minimum
                value: row.value
                answered: row.answered
                onAnswerChosen: chosen => root.editor.setAnswer(row.itemId, chosen)
                onCleared: root.editor.skip(row.itemId)
                onSkipped: root.positionViewAtIndex(row.index + 1, ListView.Contain)
            }
        }
        Component {
            id: countComponent

            CountStepper {
                itemId: row.itemId
                text: row.text
                help: row.help
                minimum: row.minimum
                maximum: row.maximum
                value: row.value
                answered: row.answered
                onAnswerChosen: chosen => root.editor.setAnswer(row.itemId, chosen)
                onCleared: root.editor.skip(row.itemId)
                onSkipped: root.positionViewAtIndex(row.index + 1, ListView.Contain)
            }
        }
    }

    footer: ColumnLayout {
        width: root.width - root.leftMargin - root.rightMargin
        spacing: Theme.smallGap

        SectionHeading {
            text: qsTr("Self-care today")
        }
        Label {
            Layout.fillWidth: true
            text: root.editor.selfCareText
            wrapMode: Text.WordWrap
            font.pixelSize: 13
            color: Theme.mutedText
        }
        Repeater {
            model: root.editor.selfCare

            delegate: CheckBox {
                id: tick

                required property var actionId
                required property string title
                required property bool done

                Layout.fillWidth: true
                text: title
                checked: done
                onToggled: root.editor.setSelfCareDone(actionId, checked)
                contentItem: Label {
                    leftPadding: tick.indicator.width + tick.spacing
                    text: tick.text
                    wrapMode: Text.WordWrap
                    verticalAlignment: Text.AlignVCenter
                    color: Theme.text
                }
            }
        }
        Button {
            visible: !root.editor.hasPlan
            flat: true
            Material.foreground: Theme.accent
            text: qsTr("Choose self-care actions")
            onClicked: App.showTab(2)
        }

        SectionHeading {
            text: qsTr("Private note")
        }
        TextArea {
            Layout.fillWidth: true
            Layout.minimumHeight: 96
            wrapMode: TextEdit.Wrap
            placeholderText: qsTr("Anything you want to remember about today. It stays on this device.")
            text: root.editor.note
            inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
            onTextChanged: root.editor.note = text
            onEditingFinished: root.editor.flush()
        }
        Label {
            Layout.fillWidth: true
            Layout.bottomMargin: Theme.gap
            text: qsTr("Your answers save as you go.")
            font.pixelSize: 13
            color: Theme.mutedText
        }
    }
    // qmllint enable unqualified

    HardMomentDialog {
        id: hardMomentDialog

        editor: root.editor
    }
}
