import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tend.Ui

// Today's quiet offer of a self-assessment that is due. Self-contained: shown only while one is due and
// not put away with "Not now"; no badges and no counting of days.
Pane {
    id: root

    // The page can hold the offer back, e.g. while support is shown for a hard day.
    property bool offered: true

    visible: root.offered && due.shown
    padding: Theme.gap
    background: Rectangle {
        radius: Theme.radius
        color: Theme.surface
    }

    AssessmentDueController {
        id: due

        session: Session
        objectName: "assessmentDue"
    }

    Connections {
        target: App
        function onTodayChanged() { due.reload(); }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.smallGap / 2

        Label {
            Layout.fillWidth: true
            text: due.text
            wrapMode: Text.WordWrap
            font.pixelSize: 16
            font.weight: Font.DemiBold
            color: Theme.text
        }
        Label {
            Layout.fillWidth: true
            text: due.detail
            wrapMode: Text.WordWrap
            font.pixelSize: 13
            color: Theme.mutedText
        }
        RowLayout {
            Layout.fillWidth: true
            Layout.topMargin: Theme.smallGap
            spacing: Theme.smallGap

            PrimaryButton {
                objectName: "startAssessment"
                text: qsTr("Start")
                onClicked: {
                    due.start();
                    App.openPage("assessment");
                }
            }
            Button {
                objectName: "notNowAssessment"
                Layout.preferredHeight: 52
                flat: true
                text: qsTr("Not now")
                Accessible.description: qsTr("Puts this away for a week")
                onClicked: due.notNow()
            }
            Item {
                Layout.fillWidth: true
            }
        }
    }
}
