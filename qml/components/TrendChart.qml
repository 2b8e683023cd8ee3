import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtCharts
import Tend.Ui

// One chart of the Trends page. Its series are created and filled by Trends.populate() in C++.
Pane {
    id: root

    required property int index
    required property string title
    required property string subtitle
    required property bool hasData
    // Drawn again whenever the data, the range or the day changes. A property rather than Connections:
    // Qt 6.4's qmllint cannot tell that a list model is a QObject.
    readonly property int trendsRevision: Trends.revision

    padding: Theme.smallGap
    background: Rectangle {
        radius: Theme.radius
        color: Theme.surface
    }

    function refresh() {
        Trends.populate(root.index, chart, xAxis, yAxis, Theme.chartDaily, Theme.chartMean, Theme.chartBand);
    }

    Component.onCompleted: refresh()

    onTrendsRevisionChanged: refresh()
    Connections {
        target: Theme
        function onDarkChanged() { root.refresh(); }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        Label {
            Layout.fillWidth: true
            text: root.title
            wrapMode: Text.WordWrap
            font.pixelSize: 16
            font.weight: Font.DemiBold
            color: Theme.text
        }
        Label {
            Layout.fillWidth: true
            text: root.hasData ? root.subtitle : qsTr("No answers in this period yet")
            font.pixelSize: 12
            color: Theme.mutedText
        }
        ChartView {
            id: chart

            Layout.fillWidth: true
            Layout.preferredHeight: 190
            antialiasing: true
            legend.visible: false
            backgroundColor: "transparent"
            margins.left: 0
            margins.right: 0
            margins.top: 4
            margins.bottom: 0
            theme: Theme.dark ? ChartView.ChartThemeDark : ChartView.ChartThemeLight
            Accessible.name: root.title

            DateTimeAxis {
                id: xAxis

                tickCount: 5
                labelsFont.pixelSize: 10
                gridVisible: false
            }
            // ValuesAxis is QtCharts' other name for ValueAxis: Qt 6.4's QtCharts type information lists
            // the class twice, and its tools then find only this name.
            ValuesAxis {
                id: yAxis

                tickCount: 3
                labelsFont.pixelSize: 10
            }
        }
        RowLayout {
            spacing: Theme.smallGap

            Rectangle {
                width: 8
                height: 8
                radius: 4
                color: Theme.chartDaily
            }
            Label {
                text: qsTr("Each day")
                font.pixelSize: 12
                color: Theme.mutedText
            }
            Rectangle {
                Layout.leftMargin: Theme.smallGap
                width: 16
                height: 3
                color: Theme.chartMean
            }
            Label {
                text: qsTr("7-day average")
                font.pixelSize: 12
                color: Theme.mutedText
            }
        }
    }
}
