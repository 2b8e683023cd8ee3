import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Tend.Ui

// The worker's own self-care plan, ideas to add to it, what their days suggest tends to help, and
// short things to read.
Page {
    id: page

    background: Rectangle {
        color: Theme.background
    }

    SelfCareController {
        id: care

        session: Session
        objectName: "selfCare"
    }

    header: ColumnLayout {
        width: page.width
        spacing: Theme.smallGap

        Label {
            Layout.leftMargin: Theme.gap
            Layout.topMargin: Theme.gap
            text: qsTr("Self-care")
            font.pixelSize: 28
            font.weight: Font.DemiBold
            color: Theme.text
            Accessible.role: Accessible.Heading
        }
        DemoBanner {
            Layout.fillWidth: true
            Layout.leftMargin: Theme.gap
            Layout.rightMargin: Theme.gap
        }

        TabBar {
            id: tabs

            Layout.fillWidth: true
            background: Rectangle {
                color: Theme.background
            }

            TabButton {
                text: qsTr("My plan")
            }
            TabButton {
                text: qsTr("Ideas")
            }
            TabButton {
                text: qsTr("Reading")
            }
        }
    }

    StackLayout {
        anchors.fill: parent
        currentIndex: tabs.currentIndex

        Flickable {
            id: planTab

            contentHeight: planColumn.implicitHeight + 2 * Theme.gap
            clip: true

            ColumnLayout {
                id: planColumn

                x: Theme.gap
                y: Theme.gap
                width: planTab.width - 2 * Theme.gap
                spacing: Theme.smallGap

                Label {
                    Layout.fillWidth: true
                    text: qsTr("Small things you chose, in your own words. Tick them in your daily check-in; tap a name to change it.")
                    wrapMode: Text.WordWrap
                    font.pixelSize: 13
                    color: Theme.mutedText
                }

                Pane {
                    Layout.fillWidth: true
                    visible: care.planEmpty
                    padding: Theme.gap
                    background: Rectangle {
                        radius: Theme.radius
                        color: Theme.accentSoft
                    }

                    ColumnLayout {
                        anchors.left: parent.left
                        anchors.right: parent.right
                        spacing: Theme.smallGap

                        Label {
                            Layout.fillWidth: true
                            text: qsTr("Your plan is empty for now. Pick two or three small things that fit your days, or add one of your own. You can change the wording, the order or your mind at any time.")
                            wrapMode: Text.WordWrap
                            color: Theme.text
                        }
                        PrimaryButton {
                            Layout.fillWidth: true
                            text: qsTr("Browse ideas")
                            onClicked: tabs.currentIndex = 1
                        }
                    }
                }

                Repeater {
                    model: care.plan

                    delegate: PlanActionCard {
                        Layout.fillWidth: true
                        controller: care // qmllint disable unqualified
                    }
                }

                RowLayout {
                    Layout.fillWidth: true
                    visible: care.statusText.length > 0 || care.errorText.length > 0

                    Label {
                        Layout.fillWidth: true
                        text: care.errorText.length > 0 ? care.errorText : care.statusText
                        wrapMode: Text.WordWrap
                        font.pixelSize: 13
                        color: care.errorText.length > 0 ? Theme.warm : Theme.mutedText
                    }
                    Button {
                        visible: care.canUndoRemove
                        flat: true
                        text: qsTr("Undo")
                        onClicked: care.undoRemove()
                    }
                }

                SectionHeading {
                    text: qsTr("Add your own")
                }
                RowLayout {
                    Layout.fillWidth: true
                    spacing: Theme.smallGap

                    TextField {
                        id: ownField

                        objectName: "ownActionField"
                        Layout.fillWidth: true
                        placeholderText: qsTr("Something that helps you")
                        maximumLength: care.maxTitleLength
                        inputMethodHints: Qt.ImhSensitiveData
                        onAccepted: addOwn.clicked()
                    }
                    Button {
                        id: addOwn

                        objectName: "addOwnAction"
                        text: qsTr("Add")
                        enabled: care.isUsableTitle(ownField.text)
                        onClicked: {
                            if (care.addOwn(ownField.text))
                                ownField.clear();
                        }
                    }
                }
                Label {
                    Layout.fillWidth: true
                    text: qsTr("When might it help? Optional: Tend can then suggest it when one of these is harder than usual.")
                    wrapMode: Text.WordWrap
                    font.pixelSize: 13
                    color: Theme.mutedText
                }
                TagChips {
                    objectName: "newActionTags"
                    Layout.fillWidth: true
                    choices: care.newTags
                    onToggled: (tag, on) => care.setNewTag(tag, on)
                }

                SectionHeading {
                    text: qsTr("What tends to help")
                }
                Repeater {
                    model: care.whatHelps

                    delegate: Pane {
                        id: helpCard

                        required property string modelData

                        Layout.fillWidth: true
                        padding: Theme.gap
                        background: Rectangle {
                            radius: Theme.radius
                            color: Theme.surface
                        }

                        Label {
                            anchors.left: parent.left
                            anchors.right: parent.right
                            text: helpCard.modelData
                            wrapMode: Text.WordWrap
                            color: Theme.text
                        }
                    }
                }
                Label {
                    Layout.fillWidth: true
                    visible: care.whatHelpsWaiting.length > 0
                    text: care.whatHelpsWaiting
                    wrapMode: Text.WordWrap
                    color: Theme.mutedText
                }

                SectionHeading {
                    text: qsTr("Real rest")
                }
                Label {
                    Layout.fillWidth: true
                    text: care.restText
                    wrapMode: Text.WordWrap
                    color: Theme.text
                }
                Pane {
                    Layout.fillWidth: true
                    visible: care.recoveryText.length > 0
                    padding: Theme.gap
                    background: Rectangle {
                        radius: Theme.radius
                        color: Theme.accentSoft
                    }

                    Label {
                        anchors.left: parent.left
                        anchors.right: parent.right
                        text: care.recoveryText
                        wrapMode: Text.WordWrap
                        color: Theme.text
                    }
                }
            }
        }

        ListView {
            id: ideas

            clip: true
            spacing: Theme.smallGap
            topMargin: Theme.gap
            leftMargin: Theme.gap
            rightMargin: Theme.gap
            bottomMargin: Theme.gap
            model: care.library
            section.property: "category"
            section.delegate: SectionHeading {
                required property string section

                width: ListView.view.width - ListView.view.leftMargin - ListView.view.rightMargin
                text: section
            }

            // The header and the ideas use this file's ids: see .qmllint.ini.
            // qmllint disable unqualified
            header: Label {
                width: ListView.view.width - ListView.view.leftMargin - ListView.view.rightMargin
                bottomPadding: Theme.smallGap
                text: care.errorText.length > 0 ? care.errorText : qsTr("Ideas to pick from. Once one is in your plan, its wording is yours to change.")
                wrapMode: Text.WordWrap
                font.pixelSize: 13
                color: care.errorText.length > 0 ? Theme.warm : Theme.mutedText
            }

            delegate: Pane {
                id: idea

                required property string libraryId
                required property string title
                required property string detail
                required property string minutesText
                required property bool inPlan

                width: ListView.view.width - ListView.view.leftMargin - ListView.view.rightMargin
                padding: Theme.gap
                background: Rectangle {
                    radius: Theme.radius
                    color: Theme.surface
                }

                ColumnLayout {
                    anchors.left: parent.left
                    anchors.right: parent.right
                    spacing: Theme.smallGap / 2

                    Label {
                        Layout.fillWidth: true
                        text: idea.title
                        wrapMode: Text.WordWrap
                        font.pixelSize: 16
                        font.weight: Font.DemiBold
                        color: Theme.text
                    }
                    Label {
                        Layout.fillWidth: true
                        text: idea.detail
                        wrapMode: Text.WordWrap
                        font.pixelSize: 14
                        color: Theme.mutedText
                    }
                    RowLayout {
                        Layout.fillWidth: true

                        Label {
                            Layout.fillWidth: true
                            text: idea.minutesText
                            font.pixelSize: 13
                            color: Theme.mutedText
                        }
                        Button {
                            flat: true
                            enabled: !idea.inPlan
                            Material.foreground: Theme.accent
                            text: idea.inPlan ? qsTr("✓ In your plan") : qsTr("Add to my plan")
                            onClicked: care.addFromLibrary(idea.libraryId)
                        }
                    }
                }
            }
            // qmllint enable unqualified
        }

        ListView {
            id: reading

            clip: true
            spacing: Theme.smallGap
            topMargin: Theme.gap
            leftMargin: Theme.gap
            rightMargin: Theme.gap
            bottomMargin: Theme.gap
            model: care.cards

            header: Label {
                width: ListView.view.width - ListView.view.leftMargin - ListView.view.rightMargin
                bottomPadding: Theme.smallGap
                text: qsTr("Short, plain explainers. Open one whenever you like.")
                wrapMode: Text.WordWrap
                font.pixelSize: 13
                color: Theme.mutedText
            }

            delegate: ItemDelegate {
                id: card

                required property string title
                required property string summary
                required property var paragraphs

                width: ListView.view.width - ListView.view.leftMargin - ListView.view.rightMargin
                Accessible.name: title + ". " + summary
                background: Rectangle {
                    radius: Theme.radius
                    color: card.down ? Theme.accentSoft : Theme.surface
                }
                // The dialog is this file's: see .qmllint.ini.
                // qmllint disable unqualified
                onClicked: {
                    cardDialog.cardTitle = title;
                    cardDialog.paragraphs = paragraphs;
                    cardDialog.open();
                }
                // qmllint enable unqualified

                contentItem: ColumnLayout {
                    spacing: 2

                    Label {
                        Layout.fillWidth: true
                        text: card.title
                        wrapMode: Text.WordWrap
                        font.pixelSize: 16
                        font.weight: Font.DemiBold
                        color: Theme.text
                    }
                    Label {
                        Layout.fillWidth: true
                        text: card.summary
                        wrapMode: Text.WordWrap
                        font.pixelSize: 14
                        color: Theme.mutedText
                    }
                }
            }
        }
    }

    LearningCardDialog {
        id: cardDialog
    }

    // The tags of one of the worker's own actions; each choice is stored at once.
    Dialog {
        id: tagsDialog

        objectName: "planTagsDialog"
        parent: Overlay.overlay
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.gap, 480)
        modal: true
        visible: care.editingTags
        title: care.editingTagsTitle
        standardButtons: Dialog.Close
        onClosed: care.doneEditingTags()

        ColumnLayout {
            anchors.left: parent.left
            anchors.right: parent.right
            spacing: Theme.smallGap

            Label {
                Layout.fillWidth: true
                text: qsTr("Tend can suggest it when one of these is harder than usual. Choose none, one or several.")
                wrapMode: Text.WordWrap
                color: Theme.mutedText
            }
            TagChips {
                Layout.fillWidth: true
                choices: care.editTags
                onToggled: (tag, on) => care.setTag(tag, on)
            }
        }
    }
}
