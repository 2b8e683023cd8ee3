pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import Tend.Ui

// What a plan action of the worker's own may help with, as chips to turn on or off. The owner decides what a
// choice does (remember it for a new action, or store it at once).
Flow {
    id: root

    required property TagChoicesModel choices

    signal toggled(string tag, bool on)

    spacing: Theme.smallGap / 2

    Repeater {
        model: root.choices

        delegate: Button {
            id: chip

            required property string tag
            required property string label
            required property bool chosen

            objectName: "tag_" + tag
            implicitHeight: 48
            flat: !chip.chosen
            highlighted: chip.chosen
            text: (chip.chosen ? "✓ " : "") + chip.label
            font.pixelSize: 14
            font.capitalization: Font.MixedCase
            Accessible.role: Accessible.CheckBox
            Accessible.checkable: true
            Accessible.checked: chip.chosen
            onClicked: root.toggled(chip.tag, !chip.chosen)
        }
    }
}
