import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tend.Ui

// A switch per question: the worker decides what Tend asks about.
ColumnLayout {
    spacing: 0

    Repeater {
        model: Tracking

        delegate: SwitchDelegate {
            id: option

            required property string itemId
            required property string question
            required property string group
            required property bool tracked

            Layout.fillWidth: true
            checked: tracked
            text: question
            Accessible.name: question
            onToggled: Tracking.setTracked(itemId, checked)

            contentItem: ColumnLayout {
                spacing: 0

                Label {
                    Layout.fillWidth: true
                    Layout.rightMargin: option.indicator.width + option.spacing
                    text: option.question
                    wrapMode: Text.WordWrap
                    color: Theme.text
                }
                Label {
                    text: option.group
                    font.pixelSize: 12
                    color: Theme.mutedText
                }
            }
        }
    }
}
