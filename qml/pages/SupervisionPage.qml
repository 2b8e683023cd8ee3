pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Tend.Ui

Page {
    background: Rectangle {
        color: Theme.background
    }

    SupervisionController {
        id: supervision

        session: Session
    }

    FileDialog {
        id: saveDialog

        title: qsTr("Save the summary as a PDF")
        fileMode: FileDialog.SaveFile
        currentFolder: supervision.defaultFolder
        defaultSuffix: "pdf"
        nameFilters: [qsTr("PDF documents (*.pdf)")]
        onAccepted: supervision.savePdf(selectedFile)
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
                Layout.fillWidth: true
                text: qsTr("Prepare for supervision")
                wrapMode: Text.WordWrap
                font.pixelSize: 28
                font.weight: Font.DemiBold
                color: Theme.text
                Accessible.role: Accessible.Heading
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("A summary of your own check-ins to take to supervision. You choose the weeks and what goes in; scores stay out unless you add them. Your private notes are never included.")
                wrapMode: Text.WordWrap
                font.pixelSize: 15
                color: Theme.mutedText
            }

            SectionHeading {
                text: qsTr("Period")
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: 6

                Repeater {
                    model: supervision.periodLabels

                    delegate: Button {
                        id: periodButton

                        required property string modelData
                        required property int index

                        Layout.fillWidth: true
                        implicitHeight: 48
                        checkable: true
                        checked: supervision.periodIndex === periodButton.index
                        onClicked: supervision.periodIndex = periodButton.index
                        Accessible.name: qsTr("Last %1").arg(periodButton.modelData)

                        background: Rectangle {
                            radius: Theme.radius
                            color: periodButton.checked ? Theme.accent : "transparent"
                            border.width: 1
                            border.color: Theme.accent
                        }
                        contentItem: Label {
                            text: periodButton.modelData
                            horizontalAlignment: Text.AlignHCenter
                            verticalAlignment: Text.AlignVCenter
                            font.pixelSize: 14
                            font.weight: Font.DemiBold
                            color: periodButton.checked ? Theme.background : Theme.accent
                        }
                    }
                }
            }
            Label {
                Layout.fillWidth: true
                text: supervision.periodText
                wrapMode: Text.WordWrap
                font.pixelSize: 15
                color: Theme.text
            }
            Label {
                Layout.fillWidth: true
                text: supervision.checkinDaysText
                wrapMode: Text.WordWrap
                font.pixelSize: 13
                color: Theme.mutedText
            }

            SectionHeading {
                text: qsTr("What you'd like to talk about")
            }
            Repeater {
                model: supervision.talkingPoints

                delegate: RowLayout {
                    id: pointRow

                    required property string display
                    required property int index

                    Layout.fillWidth: true
                    spacing: Theme.smallGap

                    Label {
                        Layout.fillWidth: true
                        text: "• " + pointRow.display
                        wrapMode: Text.WordWrap
                        font.pixelSize: 15
                        color: Theme.text
                    }
                    Button {
                        flat: true
                        text: qsTr("Remove")
                        Accessible.name: qsTr("Remove \"%1\"").arg(pointRow.display)
                        onClicked: supervision.removeTalkingPoint(pointRow.index)
                    }
                }
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.smallGap

                TextField {
                    id: pointField

                    Layout.fillWidth: true
                    placeholderText: qsTr("A point in your own words")
                    onAccepted: if (supervision.addTalkingPoint(pointField.text)) pointField.clear()
                }
                OutlineButton {
                    text: qsTr("Add")
                    enabled: pointField.text.trim() !== ""
                    onClicked: if (supervision.addTalkingPoint(pointField.text)) pointField.clear()
                }
            }

            SectionHeading {
                text: qsTr("Anything else (optional)")
            }
            TextArea {
                Layout.fillWidth: true
                Layout.minimumHeight: 96
                wrapMode: TextEdit.Wrap
                placeholderText: qsTr("Anything you'd like your supervisor to know")
                text: supervision.ownWords
                onTextChanged: supervision.ownWords = text
            }

            SectionHeading {
                Layout.fillWidth: true
                text: qsTr("What you need from the service")
                wrapMode: Text.WordWrap
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("Pick anything you would like to ask for, or say it in your own words. Nothing is picked unless you pick it.")
                wrapMode: Text.WordWrap
                font.pixelSize: 13
                color: Theme.mutedText
            }
            Repeater {
                model: supervision.needs

                delegate: CheckBox {
                    id: needBox

                    required property string label
                    required property bool picked
                    required property int index

                    Layout.fillWidth: true
                    text: needBox.label
                    checked: needBox.picked
                    onToggled: supervision.setNeedPicked(needBox.index, needBox.checked)
                    contentItem: Label {
                        leftPadding: needBox.indicator.width + needBox.spacing
                        text: needBox.text
                        wrapMode: Text.WordWrap
                        verticalAlignment: Text.AlignVCenter
                        font.pixelSize: 15
                        color: Theme.text
                    }
                }
            }
            TextArea {
                Layout.fillWidth: true
                Layout.minimumHeight: 72
                wrapMode: TextEdit.Wrap
                placeholderText: qsTr("A few lines in your own words")
                text: supervision.needsNote
                onTextChanged: supervision.needsNote = text
                Accessible.name: qsTr("What you need from the service, in your own words")
            }

            SectionHeading {
                text: qsTr("What to include")
            }
            Repeater {
                model: supervision.sections

                delegate: RowLayout {
                    id: sectionRow

                    required property string title
                    required property string detail
                    required property bool included
                    required property int index

                    Layout.fillWidth: true
                    spacing: Theme.smallGap

                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: 2

                        Label {
                            Layout.fillWidth: true
                            text: sectionRow.title
                            wrapMode: Text.WordWrap
                            font.pixelSize: 16
                            color: Theme.text
                        }
                        Label {
                            Layout.fillWidth: true
                            text: sectionRow.detail
                            wrapMode: Text.WordWrap
                            font.pixelSize: 13
                            color: Theme.mutedText
                        }
                    }
                    Switch {
                        id: sectionSwitch

                        checked: sectionRow.included
                        onToggled: supervision.setSectionIncluded(sectionRow.index, sectionSwitch.checked)
                        Accessible.name: sectionRow.title
                    }
                }
            }

            RowLayout {
                Layout.fillWidth: true
                Layout.topMargin: Theme.smallGap
                spacing: Theme.smallGap

                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 2

                    Label {
                        Layout.fillWidth: true
                        text: qsTr("Scores and charts")
                        wrapMode: Text.WordWrap
                        font.pixelSize: 16
                        color: Theme.text
                    }
                    Label {
                        Layout.fillWidth: true
                        text: qsTr("Off unless you turn it on. Adds the 0 to 100 scores, their bands and dated charts, and the scores of your reflections.")
                        wrapMode: Text.WordWrap
                        font.pixelSize: 13
                        color: Theme.mutedText
                    }
                }
                Switch {
                    id: scoresSwitch

                    checked: supervision.includeScores
                    onToggled: supervision.includeScores = scoresSwitch.checked
                    Accessible.name: qsTr("Include scores and charts")
                }
            }

            SectionHeading {
                text: qsTr("Preview")
            }
            Pane {
                Layout.fillWidth: true
                padding: Theme.gap
                background: Rectangle {
                    radius: Theme.radius
                    color: Theme.surface
                    border.width: 1
                    border.color: Theme.divider
                }

                Label {
                    width: parent.width
                    text: supervision.previewText
                    wrapMode: Text.WordWrap
                    font.pixelSize: 13
                    color: Theme.text
                }
            }

            Label {
                Layout.fillWidth: true
                Layout.topMargin: Theme.smallGap
                text: qsTr("Tend sends nothing anywhere. The PDF or text stays with you, and you decide whether to share it.")
                wrapMode: Text.WordWrap
                font.pixelSize: 13
                color: Theme.mutedText
            }
            PrimaryButton {
                Layout.fillWidth: true
                text: qsTr("Save as PDF")
                onClicked: {
                    saveDialog.selectedFile = supervision.defaultFile
                    saveDialog.open()
                }
            }
            OutlineButton {
                Layout.fillWidth: true
                implicitHeight: 52
                text: qsTr("Copy as text")
                onClicked: supervision.copyText()
            }
            Label {
                Layout.fillWidth: true
                visible: text !== ""
                text: supervision.confirmation
                wrapMode: Text.WordWrap
                font.pixelSize: 14
                color: Theme.accent
                Accessible.role: Accessible.AlertMessage
            }
            Label {
                Layout.fillWidth: true
                visible: text !== ""
                text: supervision.errorText
                wrapMode: Text.WordWrap
                font.pixelSize: 14
                color: Theme.warm
                Accessible.role: Accessible.AlertMessage
            }
        }
    }
}
