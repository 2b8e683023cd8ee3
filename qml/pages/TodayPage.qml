import QtQuick
import QtQuick.Controls
import Tend.Ui

Page {
    background: Rectangle {
        color: Theme.background
    }

    CheckinForm {
        anchors.fill: parent
        editor: CheckinEditor {
            objectName: "todayCheckin"
            date: App.today
        }
    }
}
