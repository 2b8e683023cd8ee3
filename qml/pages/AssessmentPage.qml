pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tend.Ui

// A longer, occasional look back: the list of questionnaires, one questionnaire's lines, then its result.
// Which one is open comes from the controller (Today's card may have chosen it before the page opened).
Page {
    background: Rectangle {
        color: Theme.background
    }

    AssessmentController {
        id: assessment

        session: Session
        objectName: "assessmentController"
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
                text: assessment.title
                wrapMode: Text.WordWrap
                font.pixelSize: 28
                font.weight: Font.DemiBold
                color: Theme.text
                Accessible.role: Accessible.Heading
            }

            // Choosing a questionnaire
            ColumnLayout {
                Layout.fillWidth: true
                visible: !assessment.hasPack
                spacing: Theme.smallGap

                Label {
                    Layout.fillWidth: true
                    text: assessment.listIntro
                    wrapMode: Text.WordWrap
                    color: Theme.mutedText
                }
                Repeater {
                    model: assessment.packs

                    delegate: Pane {
                        id: packCard

                        required property string packId
                        required property string name
                        required property string description
                        required property string source
                        required property string dueText
                        required property string lastText

                        Layout.fillWidth: true
                        padding: Theme.gap
                        background: Rectangle {
                            radius: Theme.radius
                            color: Theme.surface
                        }

                        ColumnLayout {
                            anchors.fill: parent
                            spacing: Theme.smallGap / 2

                            Label {
                                Layout.fillWidth: true
                                text: packCard.name
                                wrapMode: Text.WordWrap
                                font.pixelSize: 18
                                font.weight: Font.DemiBold
                                color: Theme.text
                            }
                            Label {
                                Layout.fillWidth: true
                                text: packCard.source
                                wrapMode: Text.WordWrap
                                font.pixelSize: 13
                                color: Theme.accent
                            }
                            Label {
                                Layout.fillWidth: true
                                text: packCard.description
                                wrapMode: Text.WordWrap
                                color: Theme.text
                            }
                            Label {
                                Layout.fillWidth: true
                                Layout.topMargin: Theme.smallGap / 2
                                text: packCard.dueText
                                wrapMode: Text.WordWrap
                                font.pixelSize: 13
                                color: Theme.text
                            }
                            Label {
                                Layout.fillWidth: true
                                text: packCard.lastText
                                wrapMode: Text.WordWrap
                                font.pixelSize: 13
                                color: Theme.mutedText
                            }
                            PrimaryButton {
                                objectName: "openPack"
                                Layout.topMargin: Theme.smallGap
                                text: qsTr("Start")
                                Accessible.description: packCard.name
                                onClicked: {
                                    assessment.choosePack(packCard.packId);
                                    flick.contentY = 0;
                                }
                            }
                        }
                    }
                }
            }

            // Answering
            ColumnLayout {
                Layout.fillWidth: true
                visible: assessment.hasPack && !assessment.showingResult
                spacing: Theme.smallGap

                Label {
                    Layout.fillWidth: true
                    text: assessment.recall
                    wrapMode: Text.WordWrap
                    font.pixelSize: 18
                    font.weight: Font.DemiBold
                    color: Theme.accent
                }
                Label {
                    Layout.fillWidth: true
                    text: assessment.instructions
                    wrapMode: Text.WordWrap
                    color: Theme.text
                }
                Label {
                    Layout.fillWidth: true
                    visible: text.length > 0
                    text: assessment.validationNote
                    wrapMode: Text.WordWrap
                    font.pixelSize: 13
                    font.weight: Font.DemiBold
                    color: Theme.text
                }
                Label {
                    Layout.fillWidth: true
                    text: assessment.attribution
                    wrapMode: Text.WordWrap
                    font.pixelSize: 12
                    color: Theme.mutedText
                }
                Label {
                    Layout.fillWidth: true
                    text: assessment.licence
                    wrapMode: Text.WordWrap
                    font.pixelSize: 12
                    color: Theme.mutedText
                }
                Label {
                    Layout.fillWidth: true
                    visible: text.length > 0
                    text: assessment.sourceUrl
                    wrapMode: Text.WrapAnywhere
                    font.pixelSize: 12
                    color: Theme.mutedText
                }

                Repeater {
                    model: assessment.items

                    delegate: AssessmentQuestion {
                        Layout.fillWidth: true
                        Layout.topMargin: Theme.gap
                        columns: assessment.choiceColumns
                        onAnswerChosen: value => assessment.setAnswer(itemId, value)
                        onCleared: assessment.clearAnswer(itemId)
                    }
                }

                Label {
                    Layout.fillWidth: true
                    Layout.topMargin: Theme.gap
                    text: assessment.progressText
                    font.pixelSize: 13
                    color: Theme.mutedText
                }
                Label {
                    Layout.fillWidth: true
                    visible: text.length > 0
                    text: assessment.saveHint
                    wrapMode: Text.WordWrap
                    font.pixelSize: 13
                    color: Theme.mutedText
                }
                Label {
                    Layout.fillWidth: true
                    visible: text.length > 0
                    text: assessment.errorText
                    wrapMode: Text.WordWrap
                    color: Theme.warm
                }
                PrimaryButton {
                    objectName: "saveAnswers"
                    Layout.fillWidth: true
                    enabled: assessment.canSave
                    text: qsTr("Save my answers")
                    onClicked: {
                        if (assessment.save())
                            flick.contentY = 0;
                    }
                }
                Button {
                    Layout.alignment: Qt.AlignHCenter
                    flat: true
                    text: qsTr("Leave without saving")
                    onClicked: {
                        assessment.closePack();
                        flick.contentY = 0;
                    }
                }
            }

            // The result
            ColumnLayout {
                Layout.fillWidth: true
                visible: assessment.showingResult
                spacing: Theme.smallGap

                Label {
                    Layout.fillWidth: true
                    text: assessment.resultTitle
                    wrapMode: Text.WordWrap
                    font.pixelSize: 18
                    font.weight: Font.DemiBold
                    color: Theme.accent
                }
                Label {
                    Layout.fillWidth: true
                    text: assessment.resultDate
                    font.pixelSize: 13
                    color: Theme.mutedText
                }

                Repeater {
                    model: assessment.scores

                    delegate: Pane {
                        id: scaleCard

                        required property string name
                        required property bool complete
                        required property string score
                        required property string band
                        required property string interpretation

                        Layout.fillWidth: true
                        padding: Theme.gap
                        background: Rectangle {
                            radius: Theme.radius
                            color: Theme.surface
                        }

                        ColumnLayout {
                            anchors.fill: parent
                            spacing: Theme.smallGap / 2

                            Label {
                                Layout.fillWidth: true
                                text: scaleCard.name
                                wrapMode: Text.WordWrap
                                font.pixelSize: 13
                                color: Theme.mutedText
                            }
                            Label {
                                Layout.fillWidth: true
                                visible: text.length > 0
                                text: scaleCard.band
                                wrapMode: Text.WordWrap
                                font.pixelSize: 20
                                font.weight: Font.DemiBold
                                color: Theme.text
                            }
                            Label {
                                Layout.fillWidth: true
                                text: scaleCard.score
                                wrapMode: Text.WordWrap
                                font.pixelSize: scaleCard.complete ? 15 : 13
                                color: scaleCard.complete ? Theme.text : Theme.mutedText
                            }
                            Label {
                                Layout.fillWidth: true
                                visible: text.length > 0
                                text: scaleCard.interpretation
                                wrapMode: Text.WordWrap
                                color: Theme.text
                            }
                        }
                    }
                }

                Label {
                    Layout.fillWidth: true
                    Layout.topMargin: Theme.smallGap
                    text: assessment.notDiagnosisText
                    wrapMode: Text.WordWrap
                    font.weight: Font.DemiBold
                    color: Theme.text
                }
                Label {
                    Layout.fillWidth: true
                    text: assessment.attribution
                    wrapMode: Text.WordWrap
                    font.pixelSize: 12
                    color: Theme.mutedText
                }
                Label {
                    Layout.fillWidth: true
                    text: assessment.licence
                    wrapMode: Text.WordWrap
                    font.pixelSize: 12
                    color: Theme.mutedText
                }
                PrimaryButton {
                    objectName: "doneWithResult"
                    Layout.fillWidth: true
                    Layout.topMargin: Theme.smallGap
                    text: qsTr("Done")
                    onClicked: {
                        assessment.closePack();
                        flick.contentY = 0;
                        App.goBack();
                    }
                }
            }
        }
    }
}
