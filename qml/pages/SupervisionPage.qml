import QtQuick
import QtQuick.Controls
import Tend.Ui

Page {
    background: Rectangle {
        color: Theme.background
    }
}
