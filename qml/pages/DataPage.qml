pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Tend.Ui

// "Your data": export, import (a Tend file or Daylio), back up, restore, and delete everything. Every step
// that takes data out, replaces it or destroys it asks Lock to confirm it is the worker first.
Page {
    id: page

    background: Rectangle {
        color: Theme.background
    }

    // A card of its own for each thing the worker can do here.
    component Card: Pane {
        default property alias content: cardColumn.data
        property alias title: cardTitle.text

        Layout.fillWidth: true
        padding: Theme.gap
        background: Rectangle {
            radius: Theme.radius
            color: Theme.surface
            border.width: 1
            border.color: Theme.divider
        }
        // The Pane's own content, not its (deferred) contentItem: the ids below must exist at once.
        contentData: ColumnLayout {
            id: cardColumn

            anchors.left: parent.left
            anchors.right: parent.right
            spacing: Theme.smallGap

            Label {
                id: cardTitle

                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                font.pixelSize: 19
                font.weight: Font.DemiBold
                color: Theme.text
                Accessible.role: Accessible.Heading
            }
        }
    }
    component Body: Label {
        Layout.fillWidth: true
        wrapMode: Text.WordWrap
        font.pixelSize: 15
        color: Theme.text
    }
    component Hint: Label {
        Layout.fillWidth: true
        wrapMode: Text.WordWrap
        font.pixelSize: 13
        color: Theme.mutedText
    }
    component Good: Label {
        Layout.fillWidth: true
        visible: text !== ""
        wrapMode: Text.WordWrap
        font.pixelSize: 14
        color: Theme.accent
        Accessible.role: Accessible.AlertMessage
    }
    component Problem: Label {
        Layout.fillWidth: true
        visible: text !== ""
        wrapMode: Text.WordWrap
        font.pixelSize: 14
        color: Theme.warm
        Accessible.role: Accessible.AlertMessage
    }
    component Choice: RadioButton {
        Layout.fillWidth: true
        implicitHeight: Math.max(48, implicitContentHeight + topPadding + bottomPadding)
    }
    // One section to take or leave, its switch at the end of the row like the other pages' switches.
    component Include: RowLayout {
        id: include

        property string text
        property bool checked

        signal toggled(bool on)

        Layout.fillWidth: true
        spacing: Theme.smallGap

        Label {
            Layout.fillWidth: true
            text: include.text
            wrapMode: Text.WordWrap
            font.pixelSize: 16
            color: Theme.text
        }
        Switch {
            id: includeSwitch

            checked: include.checked
            onToggled: include.toggled(includeSwitch.checked)
            Accessible.name: include.text
        }
    }

    ExportController {
        id: exporter

        session: Session
        onConfirmationNeeded: purpose => Lock.confirm(purpose)
    }
    ImportController {
        id: importer

        session: Session
        onConfirmationNeeded: purpose => Lock.confirm(purpose)
    }
    DaylioImportController {
        id: daylio

        session: Session
        onConfirmationNeeded: purpose => Lock.confirm(purpose)
    }
    BackupController {
        id: backup

        session: Session
        onConfirmationNeeded: purpose => Lock.confirm(purpose)
    }
    EraseController {
        id: eraser

        onConfirmationNeeded: purpose => Lock.confirm(purpose)
        onEraseConfirmed: App.eraseEverything()
    }
    Connections {
        target: Lock

        function onConfirmed(purpose) {
            exporter.confirmed(purpose);
            importer.confirmed(purpose);
            daylio.confirmed(purpose);
            backup.confirmed(purpose);
            eraser.confirmed(purpose);
        }
        function onConfirmCancelled(purpose) {
            exporter.cancelled(purpose);
            importer.cancelled(purpose);
            daylio.cancelled(purpose);
            backup.cancelled(purpose);
            eraser.cancelled(purpose);
        }
    }

    FileDialog {
        id: exportDialog

        title: qsTr("Save the export")
        fileMode: FileDialog.SaveFile
        currentFolder: exporter.defaultFolder
        defaultSuffix: exporter.defaultSuffix
        nameFilters: exporter.nameFilters
        onAccepted: exporter.exportTo(selectedFile)
    }
    FileDialog {
        id: importDialog

        title: qsTr("Choose a Tend export")
        fileMode: FileDialog.OpenFile
        nameFilters: [qsTr("JSON files (*.json)"), qsTr("All files (*)")]
        onAccepted: importer.chooseFile(selectedFile)
    }
    FileDialog {
        id: daylioDialog

        title: qsTr("Choose a Daylio export")
        fileMode: FileDialog.OpenFile
        nameFilters: [qsTr("Spreadsheets (*.csv)"), qsTr("All files (*)")]
        onAccepted: daylio.chooseFile(selectedFile)
    }
    FileDialog {
        id: backupDialog

        title: qsTr("Save the backup")
        fileMode: FileDialog.SaveFile
        currentFolder: backup.defaultFolder
        defaultSuffix: "tendbackup"
        nameFilters: [qsTr("Tend backups (*.tendbackup)"), qsTr("All files (*)")]
        onAccepted: backup.backUpTo(selectedFile)
    }
    FileDialog {
        id: restoreDialog

        title: qsTr("Choose a Tend backup")
        fileMode: FileDialog.OpenFile
        nameFilters: [qsTr("Tend backups (*.tendbackup)"), qsTr("All files (*)")]
        onAccepted: backup.chooseRestoreFile(selectedFile)
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
            spacing: Theme.gap

            ColumnLayout {
                Layout.fillWidth: true
                spacing: Theme.smallGap

                Label {
                    Layout.fillWidth: true
                    text: qsTr("Your data")
                    wrapMode: Text.WordWrap
                    font.pixelSize: 28
                    font.weight: Font.DemiBold
                    color: Theme.text
                    Accessible.role: Accessible.Heading
                }
                Hint {
                    font.pixelSize: 15
                    text: qsTr("Everything Tend keeps is yours. Take it with you, bring it back, keep a safe copy, or delete it all. Tend sends nothing anywhere; every file stays where you put it.")
                }
            }

            Card {
                title: qsTr("Export")

                Hint {
                    text: qsTr("A copy of your data in a file you choose.")
                }
                // A parent of their own, so these choices exclude only each other.
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 0

                    Repeater {
                        model: exporter.formatLabels

                        delegate: Choice {
                            required property string modelData
                            required property int index

                            text: modelData
                            checked: exporter.formatIndex === index
                            onClicked: exporter.formatIndex = index
                        }
                    }
                }
                Hint {
                    text: exporter.formatExplanation
                }

                SectionHeading {
                    text: qsTr("What goes in")
                }
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 0

                    Include {
                        text: qsTr("Check-ins")
                        checked: exporter.includeCheckins
                        onToggled: on => exporter.includeCheckins = on
                    }
                    Include {
                        text: qsTr("Private notes")
                        checked: exporter.includeNotes
                        onToggled: on => exporter.includeNotes = on
                    }
                    Hint {
                        visible: text.length > 0
                        text: exporter.notesExplanation
                    }
                    Include {
                        text: qsTr("Hard moments")
                        checked: exporter.includeHardMoments
                        onToggled: on => exporter.includeHardMoments = on
                    }
                    Include {
                        text: qsTr("Self-care plan")
                        checked: exporter.includePlan
                        onToggled: on => exporter.includePlan = on
                    }
                    Include {
                        text: qsTr("Reflections")
                        checked: exporter.includeReflections
                        onToggled: on => exporter.includeReflections = on
                    }
                    Include {
                        text: qsTr("Prompt history")
                        checked: exporter.includePromptHistory
                        onToggled: on => exporter.includePromptHistory = on
                    }
                    Include {
                        text: qsTr("Settings")
                        checked: exporter.includeSettings
                        onToggled: on => exporter.includeSettings = on
                    }
                }

                SectionHeading {
                    text: qsTr("Which days")
                }
                // A parent of their own, so these choices exclude only each other.
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 0

                    Repeater {
                        model: exporter.rangeLabels

                        delegate: Choice {
                            required property string modelData
                            required property int index

                            text: modelData
                            checked: exporter.rangeIndex === index
                            onClicked: exporter.rangeIndex = index
                        }
                    }
                }
                RowLayout {
                    Layout.fillWidth: true
                    visible: exporter.rangeIndex === ExportController.Custom
                    spacing: Theme.smallGap

                    TextField {
                        Layout.fillWidth: true
                        implicitHeight: 52
                        text: exporter.customFromText
                        placeholderText: qsTr("From (2026-01-31)")
                        inputMethodHints: Qt.ImhDate
                        Accessible.name: qsTr("First day, as year-month-day")
                        onTextEdited: exporter.customFromText = text
                    }
                    TextField {
                        Layout.fillWidth: true
                        implicitHeight: 52
                        text: exporter.customToText
                        placeholderText: qsTr("To (2026-02-28)")
                        inputMethodHints: Qt.ImhDate
                        Accessible.name: qsTr("Last day, as year-month-day")
                        onTextEdited: exporter.customToText = text
                    }
                }
                Hint {
                    text: exporter.rangeText
                }
                Rectangle {
                    Layout.fillWidth: true
                    implicitHeight: warningText.implicitHeight + 2 * Theme.smallGap
                    radius: Theme.radius / 2
                    color: "transparent"
                    border.width: 1
                    border.color: Theme.warm

                    Label {
                        id: warningText

                        x: Theme.smallGap
                        y: Theme.smallGap
                        width: parent.width - 2 * Theme.smallGap
                        text: exporter.warning
                        wrapMode: Text.WordWrap
                        font.pixelSize: 14
                        color: Theme.text
                    }
                }
                PrimaryButton {
                    Layout.fillWidth: true
                    enabled: exporter.canExport
                    text: qsTr("Export…")
                    onClicked: {
                        exportDialog.selectedFile = exporter.defaultFile;
                        exportDialog.open();
                    }
                }
                Good {
                    text: exporter.confirmation
                }
                Problem {
                    text: exporter.errorText
                }
            }

            Card {
                title: qsTr("Import a Tend file")

                Hint {
                    text: qsTr("Bring back an export made by Tend, on this phone or another. The whole file is checked before anything changes.")
                }
                OutlineButton {
                    Layout.fillWidth: true
                    text: importer.hasFile ? qsTr("Choose another file") : qsTr("Choose a file")
                    onClicked: importDialog.open()
                }
                Problem {
                    text: importer.errorText
                }
                Body {
                    visible: importer.hasFile
                    text: importer.fileText
                }
                Choice {
                    visible: importer.hasFile
                    text: qsTr("Add what's missing (nothing is removed)")
                    checked: importer.modeIndex === ImportController.Merge
                    onClicked: importer.modeIndex = ImportController.Merge
                }
                Hint {
                    visible: importer.hasFile
                    leftPadding: Theme.gap
                    text: importer.mergeText
                }
                Include {
                    visible: importer.hasFile && importer.hasConflicts
                    text: qsTr("Where an answer is different, take the file's (otherwise this device's stays)")
                    checked: importer.takeTheirs
                    onToggled: on => importer.takeTheirs = on
                }
                Choice {
                    visible: importer.hasFile
                    text: qsTr("Replace with the file (this device will match it)")
                    checked: importer.modeIndex === ImportController.Replace
                    onClicked: importer.modeIndex = ImportController.Replace
                }
                Hint {
                    visible: importer.hasFile
                    leftPadding: Theme.gap
                    text: importer.replaceText
                }
                PrimaryButton {
                    Layout.fillWidth: true
                    visible: importer.hasFile
                    enabled: importer.canImport
                    text: importer.actionText
                    onClicked: importer.importChosen()
                }
                Button {
                    Layout.fillWidth: true
                    visible: importer.hasFile
                    flat: true
                    implicitHeight: 48
                    text: qsTr("Cancel")
                    onClicked: importer.clear()
                }
                Good {
                    text: importer.confirmation
                }
            }

            Card {
                title: qsTr("Import from Daylio")

                Hint {
                    text: qsTr("Bring in the days from a Daylio export (a CSV file). You'll see what each mood and activity becomes, and can change it, before anything is added. Nothing here is removed.")
                }
                OutlineButton {
                    Layout.fillWidth: true
                    text: daylio.hasFile ? qsTr("Choose another file") : qsTr("Choose a Daylio file")
                    onClicked: daylioDialog.open()
                }
                Problem {
                    text: daylio.errorText
                }
                Body {
                    visible: text !== ""
                    text: daylio.summaryText
                }
                SectionHeading {
                    visible: daylio.hasFile
                    text: qsTr("Moods")
                }
                Repeater {
                    model: daylio.moods

                    delegate: MappingRow {
                        onChosen: choice => daylio.setMoodChoice(index, choice)
                    }
                }
                SectionHeading {
                    visible: daylio.hasFile
                    text: qsTr("Activities")
                }
                Repeater {
                    model: daylio.activities

                    delegate: MappingRow {
                        onChosen: choice => daylio.setActivityChoice(index, choice)
                    }
                }
                Hint {
                    visible: text !== ""
                    text: daylio.skippedText
                }
                Hint {
                    visible: text !== ""
                    text: daylio.noticesText
                }
                Body {
                    visible: text !== ""
                    text: daylio.previewText
                }
                Include {
                    visible: daylio.hasConflicts
                    text: qsTr("Where an answer is different, take Daylio's (otherwise this device's stays)")
                    checked: daylio.takeTheirs
                    onToggled: on => daylio.takeTheirs = on
                }
                PrimaryButton {
                    Layout.fillWidth: true
                    visible: daylio.hasFile
                    enabled: daylio.canImport
                    text: qsTr("Add these days")
                    onClicked: daylio.importChosen()
                }
                Button {
                    Layout.fillWidth: true
                    visible: daylio.hasFile
                    flat: true
                    implicitHeight: 48
                    text: qsTr("Cancel")
                    onClicked: daylio.clear()
                }
                Good {
                    text: daylio.confirmation
                }
            }

            Card {
                title: qsTr("Back up")

                Hint {
                    text: qsTr("Everything, notes included, in one file locked with a passphrase you choose. Keep the file somewhere safe, away from this phone.")
                }
                Body {
                    text: qsTr("Tend can't recover a forgotten passphrase, and nobody else can either: without it the backup can't be opened.")
                }
                SecretField {
                    id: backupPassphrase

                    Layout.fillWidth: true
                    placeholderText: qsTr("Passphrase")
                    onTextEdited: backup.passphrase = text
                }
                SecretField {
                    id: backupRepeat

                    Layout.fillWidth: true
                    placeholderText: qsTr("The same passphrase again")
                    onTextEdited: backup.repeat = text
                }
                Connections {
                    target: backup

                    // A finished backup forgets the passphrase; the fields follow.
                    function onBackupChanged() {
                        if (backup.passphrase === "")
                            backupPassphrase.clear();
                        if (backup.repeat === "")
                            backupRepeat.clear();
                    }
                }
                Hint {
                    visible: text !== ""
                    color: Theme.warm
                    text: backup.passphraseProblem
                }
                PrimaryButton {
                    Layout.fillWidth: true
                    enabled: backup.canBackUp
                    text: qsTr("Save a backup…")
                    onClicked: {
                        backupDialog.selectedFile = backup.defaultFile;
                        backupDialog.open();
                    }
                }
                Good {
                    text: backup.backupConfirmation
                }
                Problem {
                    text: backup.backupError
                }
            }

            Card {
                title: qsTr("Restore a backup")

                Hint {
                    text: qsTr("Puts everything back as it was in the backup. What is on this device now is replaced, so you'll see exactly what changes before you decide.")
                }
                Body {
                    text: backup.restoreFileText
                }
                OutlineButton {
                    Layout.fillWidth: true
                    text: qsTr("Choose a backup")
                    onClicked: restoreDialog.open()
                }
                SecretField {
                    id: restorePassphrase

                    Layout.fillWidth: true
                    placeholderText: qsTr("The backup's passphrase")
                    text: backup.restorePassphrase
                    onTextEdited: backup.restorePassphrase = text
                    onAccepted: backup.checkBackup()
                }
                PrimaryButton {
                    Layout.fillWidth: true
                    enabled: backup.canCheck
                    text: backup.checking ? qsTr("Checking…") : qsTr("Open and check")
                    onClicked: backup.checkBackup()
                }
                Hint {
                    visible: backup.checking
                    text: qsTr("Checking the whole backup. This takes a moment.")
                }
                Problem {
                    text: backup.restoreError
                }
                Body {
                    visible: backup.hasRestorePreview
                    text: qsTr("The backup is complete and opens. Restoring it would change this:")
                }
                Hint {
                    visible: backup.hasRestorePreview
                    text: backup.restorePreviewText
                }
                PrimaryButton {
                    Layout.fillWidth: true
                    visible: backup.hasRestorePreview
                    text: qsTr("Restore")
                    onClicked: backup.restoreChecked()
                }
                Button {
                    Layout.fillWidth: true
                    visible: backup.hasRestorePreview
                    flat: true
                    implicitHeight: 48
                    text: qsTr("Cancel")
                    onClicked: backup.clearRestore()
                }
                Good {
                    text: backup.restoreConfirmation
                }
            }

            Card {
                title: qsTr("Delete everything")

                Body {
                    text: qsTr("Removes every check-in, note, hard moment, your self-care plan, reflections, settings, the key that locks your data, and the copies Tend keeps for itself. Tend then starts as on the first day.")
                }
                Hint {
                    text: qsTr("This can't be undone. If you might want any of it later, make a backup first.")
                }
                PrimaryButton {
                    Layout.fillWidth: true
                    fill: Theme.warm
                    text: qsTr("Delete everything…")
                    onClicked: eraser.request()
                }
            }
        }
    }
}
