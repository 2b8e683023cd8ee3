# The QML files of the Tend.Ui module, relative to this folder. They are compiled into the tend_ui
# library (see app/ui/CMakeLists.txt), which backs the module.
set(TEND_QML_FILES
    Main.qml
    Theme.qml
    components/CheckinForm.qml
    components/CountStepper.qml
    components/DemoBanner.qml
    components/HardMomentDialog.qml
    components/PrimaryButton.qml
    components/RatingRow.qml
    components/SectionHeading.qml
    components/TrackingList.qml
    components/TrendChart.qml
    pages/DayPage.qml
    pages/ErrorPage.qml
    pages/HistoryPage.qml
    pages/OnboardingPage.qml
    pages/SettingsPage.qml
    pages/TodayPage.qml
    pages/TrendsPage.qml
)
