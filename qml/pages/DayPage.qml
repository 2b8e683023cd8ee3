import QtQuick
import QtQuick.Controls
import Tend.Ui

// A past day opened from History: the same check-in, filled in or corrected later.
Page {
    background: Rectangle {
        color: Theme.background
    }

    CheckinForm {
        anchors.fill: parent
        editor: CheckinEditor {
            session: Session
            objectName: "dayCheckin"
            // Qt 6.4's qmllint knows no QDate (the engine passes it through unchanged).
            // qmllint disable type
            date: App.editingDate
            // qmllint enable type
        }
    }
}
