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

    // Pages in the order of App.pages; only the visible one is alive, so each page reads fresh data.
    StackLayout {
        id: pages

        anchors.fill: parent
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
            sourceComponent: HistoryPage {}
        }
        Loader {
            active: StackLayout.isCurrentItem
            sourceComponent: DayPage {}
        }
        Loader {
            active: StackLayout.isCurrentItem
            sourceComponent: TrendsPage {}
        }
        Loader {
            active: StackLayout.isCurrentItem
            sourceComponent: SettingsPage {}
        }
        Loader {
            active: StackLayout.isCurrentItem
            sourceComponent: ErrorPage {}
        }
    }

    footer: TabBar {
        visible: App.currentTabIndex >= 0
        currentIndex: App.currentTabIndex

        TabButton {
            text: qsTr("Today")
            onClicked: App.showTab(0)
        }
        TabButton {
            text: qsTr("History")
            onClicked: App.showTab(1)
        }
        TabButton {
            text: qsTr("Trends")
            onClicked: App.showTab(2)
        }
        TabButton {
            text: qsTr("Settings")
            onClicked: App.showTab(3)
        }
    }

    Shortcut {
        sequences: [StandardKey.Back, "Esc"]
        onActivated: App.goBack()
    }
}
