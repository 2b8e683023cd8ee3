import QtQuick
import QtQuick.Controls
import Tend.Ui

Label {
    topPadding: Theme.gap
    bottomPadding: Theme.smallGap / 2
    font.pixelSize: 13
    font.weight: Font.DemiBold
    font.capitalization: Font.AllUppercase
    font.letterSpacing: 0.8
    color: Theme.accent
    Accessible.role: Accessible.Heading
}
