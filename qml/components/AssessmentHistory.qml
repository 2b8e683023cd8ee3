pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tend.Ui

// Past self-assessment results, per questionnaire, newest first, each questionnaire's credit right under
// its results. Self-contained (it reads the results itself) and sized by its content, so it can sit in a
// ColumnLayout with Layout.fillWidth: true.
ColumnLayout {
    id: root

    spacing: Theme.smallGap

    AssessmentResults {
        id: results

        session: Session
        objectName: "assessmentHistory"
    }

    Label {
        Layout.fillWidth: true
        visible: results.empty
        text: qsTr("When you save a longer look back, such as the monthly reflection, its results are listed here.")
        wrapMode: Text.WordWrap
        font.pixelSize: 13
        color: Theme.mutedText
    }

    Repeater {
        model: results.rows

        delegate: ColumnLayout {
            id: result

            required property string packName
            required property string attribution
            required property bool firstOfPack
            required property bool lastOfPack
            required property string date
            required property var scales

            Layout.fillWidth: true
            spacing: Theme.smallGap / 2

            Label {
                Layout.fillWidth: true
                Layout.topMargin: Theme.smallGap
                visible: result.firstOfPack
                text: result.packName
                wrapMode: Text.WordWrap
                font.pixelSize: 16
                font.weight: Font.DemiBold
                color: Theme.text
            }
            Pane {
                Layout.fillWidth: true
                padding: Theme.smallGap + 4
                background: Rectangle {
                    radius: Theme.radius
                    color: Theme.surface
                }

                ColumnLayout {
                    anchors.fill: parent
                    spacing: 4

                    Label {
                        Layout.fillWidth: true
                        text: result.date
                        font.pixelSize: 13
                        font.weight: Font.DemiBold
                        color: Theme.mutedText
                    }
                    Repeater {
                        model: result.scales

                        delegate: RowLayout {
                            id: scaleRow

                            required property var modelData

                            Layout.fillWidth: true
                            spacing: Theme.smallGap

                            Label {
                                Layout.fillWidth: true
                                text: scaleRow.modelData.name
                                wrapMode: Text.WordWrap
                                font.pixelSize: 13
                                color: Theme.text
                            }
                            Label {
                                Layout.alignment: Qt.AlignTop
                                text: scaleRow.modelData.score
                                font.pixelSize: 13
                                font.weight: Font.DemiBold
                                color: scaleRow.modelData.complete ? Theme.text : Theme.mutedText
                            }
                            Label {
                                Layout.alignment: Qt.AlignTop
                                Layout.maximumWidth: root.width * 0.4
                                visible: text.length > 0
                                text: scaleRow.modelData.band
                                wrapMode: Text.WordWrap
                                font.pixelSize: 13
                                color: Theme.accent
                            }
                        }
                    }
                }
            }
            Label {
                Layout.fillWidth: true
                visible: result.lastOfPack && result.attribution.length > 0
                text: result.attribution
                wrapMode: Text.WordWrap
                font.pixelSize: 12
                color: Theme.mutedText
            }
        }
    }

    Button {
        objectName: "openAssessments"
        flat: true
        text: qsTr("Take a longer look back")
        onClicked: App.openPage("assessment")
    }
}
