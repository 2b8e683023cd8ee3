import QtQuick
import QtQuick.Controls
import Tend.Ui

// A tab whose words are never cut short: five fit side by side on a 360 px phone.
TabButton {
    leftPadding: 2
    rightPadding: 2
    font.pixelSize: 13
    font.capitalization: Font.MixedCase
}
