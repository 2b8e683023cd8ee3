import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tend.Ui

// One action of the worker's plan: its wording is theirs to change in place, and it can move or go.
Pane {
    id: root

    required property SelfCareController controller
    required property var actionId
    required property string title
    required property bool isFirst
    required property bool isLast
    required property bool canTag
    required property string tagsText

    padding: Theme.smallGap
    background: Rectangle {
        radius: Theme.radius
        color: Theme.surface
    }

    ColumnLayout {
        anchors.left: parent.left
        anchors.right: parent.right
        spacing: 0

        TextArea {
            id: titleField

            Layout.fillWidth: true
            text: root.title
            wrapMode: TextEdit.Wrap
            font.pixelSize: 16
            color: Theme.text
            Accessible.name: qsTr("Name of this action, tap to change it")
            // A name is one line: Return finishes the edit instead of starting a new line.
            Keys.onReturnPressed: focus = false
            Keys.onEnterPressed: focus = false
            onEditingFinished: {
                root.controller.rename(root.actionId, text);
                text = root.title;
            }
        }
        // The worker's own actions: when Tend may suggest them.
        RowLayout {
            Layout.fillWidth: true
            visible: root.canTag
            spacing: Theme.smallGap

            Label {
                Layout.fillWidth: true
                Layout.leftMargin: Theme.smallGap
                text: root.tagsText
                wrapMode: Text.WordWrap
                font.pixelSize: 13
                color: Theme.mutedText
            }
            Button {
                objectName: "editTags"
                flat: true
                text: qsTr("When it helps")
                Accessible.description: qsTr("Choose when Tend may suggest it")
                onClicked: root.controller.editTagsOf(root.actionId)
            }
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: 0

            Button {
                flat: true
                enabled: !root.isFirst
                text: qsTr("Move up")
                onClicked: root.controller.moveUp(root.actionId)
            }
            Button {
                flat: true
                enabled: !root.isLast
                text: qsTr("Move down")
                onClicked: root.controller.moveDown(root.actionId)
            }
            Item {
                Layout.fillWidth: true
            }
            Button {
                flat: true
                text: qsTr("Remove")
                Accessible.description: qsTr("Takes it out of your plan. Days you ticked it keep their ticks.")
                onClicked: root.controller.remove(root.actionId)
            }
        }
    }
}
