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
            objectName: "dayCheckin"
            date: App.editingDate
        }
    }
}
