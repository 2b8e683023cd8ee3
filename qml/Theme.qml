pragma Singleton
import QtQuick
import Tend.Ui

// Colours and spacing in one place. Calm, low-contrast accents: nothing in Tend should feel alarming.
QtObject {
    readonly property bool dark: App.darkTheme
    readonly property color accent: dark ? "#7fc8b8" : "#2f7d6d"
    readonly property color accentSoft: dark ? "#24453e" : "#dcefe9"
    readonly property color background: dark ? "#171b1a" : "#f7f8f6"
    readonly property color surface: dark ? "#222826" : "#ffffff"
    readonly property color text: dark ? "#e7ecea" : "#1e2624"
    readonly property color mutedText: dark ? "#a4b0ac" : "#5b6865"
    readonly property color divider: dark ? "#34403c" : "#e2e7e4"
    readonly property color warm: dark ? "#e3b67a" : "#a4641c"
    readonly property color chartDaily: dark ? "#8fb4e0" : "#4a74a8"
    readonly property color chartMean: accent
    readonly property color chartBand: dark ? "#2a3d38" : "#e3f1ec"
    readonly property int gap: 16
    readonly property int smallGap: 8
    readonly property int radius: 12
}
