import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Tend.Ui

ApplicationWindow {
    id: window

    width: 390
    height: 844
    visible: true
    title: qsTr("Tend")

    Material.theme: App.darkTheme ? Material.Dark : Material.Light
    Material.accent: Theme.accent
    Material.primary: Theme.accent
    Material.background: Theme.background

    // Back (when a page was opened on top of another) and Support, one tap away from every page; below
    // them, while the data can only be read, a calm line saying so.
    header: Column {
        visible: App.ready && !Lock.locked

        ToolBar {
            width: parent.width
            background: Rectangle {
                color: Theme.background
            }

            RowLayout {
                anchors.fill: parent
                anchors.leftMargin: Theme.smallGap / 2
                anchors.rightMargin: Theme.smallGap / 2

                ToolButton {
                    visible: App.canGoBack
                    text: qsTr("‹ Back")
                    onClicked: App.goBack()
                    Accessible.name: qsTr("Back")
                }
                Item {
                    Layout.fillWidth: true
                }
                ToolButton {
                    objectName: "supportButton"
                    visible: App.currentPage !== "support"
                    text: qsTr("Support")
                    icon.source: "qrc:/qt/qml/Tend/Ui/icons/support.svg"
                    icon.color: Theme.accent
                    onClicked: App.openPage("support")
                    Accessible.description: qsTr("Contacts for support and crisis lines, and preparing for supervision")
                }
            }
        }

        Label {
            objectName: "readOnlyNotice"
            x: Theme.gap
            width: parent.width - 2 * Theme.gap
            bottomPadding: Theme.smallGap
            visible: App.readOnlyNotice !== ""
            text: App.readOnlyNotice
            wrapMode: Text.WordWrap
            color: Theme.mutedText
        }
    }

    // Pages in the order of App.pages; only the visible one is alive, so each page reads fresh data.
    StackLayout {
        id: pages

        objectName: "mainContent"
        anchors.fill: parent
        visible: !Lock.locked
        currentIndex: App.currentPageIndex

        Loader {
            active: StackLayout.isCurrentItem
            sourceComponent: OnboardingPage {}
        }
        Loader {
            active: StackLayout.isCurrentItem
            sourceComponent: TodayPage {}
        }
        Loader {
            active: StackLayout.isCurrentItem
            sourceComponent: InsightsPage {}
        }
        Loader {
            active: StackLayout.isCurrentItem
            sourceComponent: TrendsPage {}
        }
        Loader {
            active: StackLayout.isCurrentItem
            sourceComponent: SelfCarePage {}
        }
        Loader {
            active: StackLayout.isCurrentItem
            sourceComponent: HistoryPage {}
        }
        Loader {
            active: StackLayout.isCurrentItem
            sourceComponent: DayPage {}
        }
        Loader {
            active: StackLayout.isCurrentItem
            sourceComponent: SupportPage {}
        }
        Loader {
            active: StackLayout.isCurrentItem
            sourceComponent: SupervisionPage {}
        }
        Loader {
            active: StackLayout.isCurrentItem
            sourceComponent: AssessmentPage {}
        }
        Loader {
            active: StackLayout.isCurrentItem
            sourceComponent: SettingsPage {}
        }
        Loader {
            active: StackLayout.isCurrentItem
            sourceComponent: DataPage {}
        }
        Loader {
            active: StackLayout.isCurrentItem
            sourceComponent: MomentFollowUpPage {}
        }
        Loader {
            active: StackLayout.isCurrentItem
            sourceComponent: ErrorPage {}
        }
    }

    footer: TabBar {
        visible: App.currentTabIndex >= 0 && !Lock.locked
        currentIndex: App.currentTabIndex

        CompactTab {
            text: qsTr("Today")
            onClicked: App.showTab(0)
        }
        CompactTab {
            text: qsTr("Insights")
            onClicked: App.showTab(1)
        }
        CompactTab {
            text: qsTr("Self-care")
            onClicked: App.showTab(2)
        }
        CompactTab {
            text: qsTr("History")
            onClicked: App.showTab(3)
        }
        CompactTab {
            text: qsTr("Settings")
            onClicked: App.showTab(4)
        }
    }

    // While locked nothing but the lock screen is drawn: the header, the pages, the tab bar and any open
    // popup are made invisible, not merely covered, so no content reaches the screen or a snapshot of it.
    Binding {
        target: window.Overlay.overlay
        property: "visible"
        value: !Lock.locked
    }

    LockScreen {
        objectName: "lockScreen"
        anchors.fill: parent
        visible: Lock.locked
    }

    ConfirmDialog {}

    Shortcut {
        enabled: !Lock.locked
        // Qt 6.4's qmllint cannot look up enums of the StandardKey value type; the engine can.
        sequences: [StandardKey.Back, "Esc"] // qmllint disable unqualified
        onActivated: App.goBack()
    }
}
