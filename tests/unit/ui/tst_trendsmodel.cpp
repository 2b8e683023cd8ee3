#include "common/dateconversion.h"
#include "insights/trendsmodel.h"
#include "testsession.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QSignalSpy>
#include <QTest>
#include <QtCharts/QAbstractSeries>
#include <QtCharts/QAreaSeries>
#include <QtCharts/QLineSeries>
#include <QtCharts/QScatterSeries>
#include <QtCharts/QValueAxis>

#include <algorithm>
#include <memory>
#include <set>

using tend::ui::TrendsModel;
namespace bg = boost::gregorian;

namespace {

// Read straight from the JSON, not through the code under test, so a wrong grouping cannot hide.
struct DefaultTracking {
    int groups = 0;
    int items = 0;
};

DefaultTracking defaultTracking() {
    QFile file(QStringLiteral(TEND_ASSETS_DIR "/checkin/daily.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QJsonArray items =
        QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("items")).toArray();
    std::set<QString> groups;
    DefaultTracking result;
    for (const auto& value : items) {
        const QJsonObject item = value.toObject();
        // Retired items are never tracked, whatever their "default" says.
        if (!item.value(QLatin1String("default")).toBool(true) ||
            item.value(QLatin1String("retired")).toBool())
            continue;
        ++result.items;
        groups.insert(item.value(QLatin1String("group")).toString());
    }
    result.groups = static_cast<int>(groups.size());
    return result;
}

constexpr qint64 dayMs = 24 * 60 * 60 * 1000;

} // namespace

class TestTrendsModel final : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<tend::test::TestSession> m_env;
    std::unique_ptr<TrendsModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;

    bg::date daysAgo(int days) const { return m_env->today() - bg::days(days); }

    int rowOf(const QString& key) const {
        for (int row = 0; row < m_model->rowCount(); ++row)
            if (m_model->index(row).data(TrendsModel::KeyRole).toString() == key)
                return row;
        return -1;
    }

    bool hasData(const QString& key) const {
        return m_model->index(rowOf(key)).data(TrendsModel::HasDataRole).toBool();
    }

    // Mood 3 of 0..4 (75 on the group scale) on two runs of days with a gap between them:
    // 20..14 days ago and 6..0 days ago.
    void saveTwoWeeksWithAGap() {
        for (int ago = 20; ago >= 14; --ago)
            m_env->saveCheckin(daysAgo(ago), {{"mood", 3}});
        for (int ago = 6; ago >= 0; --ago)
            m_env->saveCheckin(daysAgo(ago), {{"mood", 3}});
    }

    // A real QML ChartView, as the Trends page uses, with its own axes.
    struct Chart {
        QQmlEngine engine;
        std::unique_ptr<QObject> view;
        QObject* axisX = nullptr;
        QObject* axisY = nullptr;

        [[nodiscard]] QList<QAbstractSeries*> series() const {
            QList<QAbstractSeries*> result;
            const int count = view->property("count").toInt();
            for (int i = 0; i < count; ++i) {
                QAbstractSeries* series = nullptr;
                QMetaObject::invokeMethod(view.get(), "series", Q_RETURN_ARG(QAbstractSeries*, series),
                                          Q_ARG(int, i));
                result.append(series);
            }
            return result;
        }
        [[nodiscard]] QList<QScatterSeries*> dots() const {
            QList<QScatterSeries*> result;
            for (QAbstractSeries* series : series())
                if (series && series->type() == QAbstractSeries::SeriesTypeScatter)
                    result.append(qobject_cast<QScatterSeries*>(series));
            return result;
        }
        [[nodiscard]] QList<QLineSeries*> lines() const {
            QList<QLineSeries*> result;
            for (QAbstractSeries* series : series())
                if (series && series->type() == QAbstractSeries::SeriesTypeLine)
                    result.append(qobject_cast<QLineSeries*>(series));
            return result;
        }
    };

    static std::unique_ptr<Chart> makeChart() {
        auto chart = std::make_unique<Chart>();
        QQmlComponent component(&chart->engine);
        component.setData("import QtQuick\n"
                          "import QtCharts\n"
                          "ChartView {\n"
                          "    width: 300; height: 200\n"
                          "    property QtObject xAxis: x\n"
                          "    property QtObject yAxis: y\n"
                          "    DateTimeAxis { id: x; objectName: \"x\" }\n"
                          "    ValueAxis { id: y; objectName: \"y\" }\n"
                          "}\n",
                          QUrl::fromLocalFile(QDir::temp().filePath(QStringLiteral("TrendsChart.qml"))));
        // Imports may finish loading asynchronously; wait for them rather than race.
        (void)QTest::qWaitFor([&] { return !component.isLoading(); }, 10000);
        chart->view.reset(component.create());
        if (!chart->view) {
            qWarning().noquote() << "status" << component.status() << component.errorString();
            return nullptr;
        }
        chart->axisX = chart->view->property("xAxis").value<QObject*>();
        chart->axisY = chart->view->property("yAxis").value<QObject*>();
        return chart;
    }

private slots:
    void init() {
        m_env = std::make_unique<tend::test::TestSession>();
        m_model = std::make_unique<TrendsModel>(*m_env->session);
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    void cleanup() {
        m_tester.reset();
        m_model.reset();
        m_env.reset();
    }

    void oneChartPerGroupWithATrackedItem() {
        const DefaultTracking expected = defaultTracking();
        QCOMPARE(expected.groups, 8); // guards the JSON reading above
        QCOMPARE(m_model->rowCount(), expected.groups);
        QCOMPARE(m_model->index(0).data(TrendsModel::KeyRole).toString(), QStringLiteral("wellbeing"));
        std::set<QString> keys;
        for (int row = 0; row < m_model->rowCount(); ++row)
            keys.insert(m_model->index(row).data(TrendsModel::KeyRole).toString());
        QCOMPARE(int(keys.size()), expected.groups);
        QVERIFY(keys.contains(QStringLiteral("exposure")));
        QVERIFY(keys.contains(QStringLiteral("compassion_satisfaction")));
        // Strain groups say which way is worse, so "up" is never silently read as good.
        QCOMPARE(m_model->index(rowOf(QStringLiteral("burnout"))).data(TrendsModel::SubtitleRole).toString(),
                 QStringLiteral("Higher means more strain"));
        QCOMPARE(
            m_model->index(rowOf(QStringLiteral("wellbeing"))).data(TrendsModel::SubtitleRole).toString(),
            QStringLiteral("Higher is better"));
    }

    void aGroupWithoutTrackedItemsHasNoChart() {
        QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelReset);
        for (const char* id : {"mood", "energy", "sleep"})
            m_env->session->tracking().setTracked(id, false);
        QVERIFY(resets.count() >= 1);
        QCOMPARE(m_model->rowCount(), defaultTracking().groups - 1);
        QCOMPARE(rowOf(QStringLiteral("wellbeing")), -1);
    }

    void questionsModeShowsOneChartPerTrackedItem() {
        QSignalSpy spy(m_model.get(), &TrendsModel::modeChanged);
        m_model->setMode(QStringLiteral("questions"));
        QCOMPARE(spy.count(), 1);
        QCOMPARE(m_model->mode(), QStringLiteral("questions"));
        QCOMPARE(m_model->rowCount(), defaultTracking().items);
        QVERIFY(rowOf(QStringLiteral("mood")) >= 0);
        QCOMPARE(rowOf(QStringLiteral("hard_cases")), -1); // not tracked by default

        m_env->session->tracking().setTracked("hard_cases", true);
        QCOMPARE(m_model->rowCount(), defaultTracking().items + 1);
        QVERIFY(rowOf(QStringLiteral("hard_cases")) >= 0);

        m_model->setMode(QStringLiteral("groups"));
        QCOMPARE(m_model->rowCount(), defaultTracking().groups);
        QCOMPARE(spy.count(), 2);
        m_model->setMode(QStringLiteral("weather"));
        QCOMPARE(m_model->mode(), QStringLiteral("groups"));
        QCOMPARE(spy.count(), 2);
    }

    void indicesModeShowsTheFiveIndices() {
        m_model->setMode(QStringLiteral("indices"));
        QCOMPARE(m_model->rowCount(), 5);
        QCOMPARE(m_model->index(0).data(TrendsModel::KeyRole).toString(), QStringLiteral("sts_load"));
        QCOMPARE(m_model->index(0).data(TrendsModel::TitleRole).toString(),
                 QStringLiteral("Secondary stress"));
        QVERIFY(m_model->index(0)
                    .data(TrendsModel::SubtitleRole)
                    .toString()
                    .startsWith(QStringLiteral("Higher means more strain")));
        QVERIFY(m_model->index(rowOf(QStringLiteral("wellbeing")))
                    .data(TrendsModel::SubtitleRole)
                    .toString()
                    .startsWith(QStringLiteral("Higher is better")));
    }

    void acceptsOnlyTheOfferedRanges() {
        QSignalSpy spy(m_model.get(), &TrendsModel::rangeChanged);
        QCOMPARE(m_model->rangeDays(), 30);
        for (int days : {0, -7, 1, 14, 31, 366})
            m_model->setRangeDays(days);
        QCOMPARE(m_model->rangeDays(), 30);
        QCOMPARE(spy.count(), 0);
        for (int days : {7, 90, 365, 30}) {
            m_model->setRangeDays(days);
            QCOMPARE(m_model->rangeDays(), days);
        }
        QCOMPARE(spy.count(), 4);
        QCOMPARE(m_model->availableRanges(), (QList<int>{7, 30, 90, 365}));
    }

    void revisionCountsEveryChange() {
        QSignalSpy spy(m_model.get(), &TrendsModel::revisionChanged);
        const int start = m_model->revision();

        m_env->saveCheckin(daysAgo(1), {{"mood", 2}});
        QCOMPARE(m_model->revision(), start + 1);
        m_env->addHardMoment(daysAgo(1), 2);
        QCOMPARE(m_model->revision(), start + 2);
        m_model->setRangeDays(90);
        QCOMPARE(m_model->revision(), start + 3);
        m_model->setRangeDays(90); // no change, no new revision
        QCOMPARE(m_model->revision(), start + 3);
        QCOMPARE(spy.count(), 3);
        m_env->session->tracking().setTracked("sleep", false);
        QVERIFY(m_model->revision() > start + 3);
    }

    void hasDataFollowsTheStoredDays() {
        for (int row = 0; row < m_model->rowCount(); ++row)
            QVERIFY(!m_model->index(row).data(TrendsModel::HasDataRole).toBool());

        m_env->saveCheckin(daysAgo(3), {{"mood", 2}});
        QVERIFY(hasData(QStringLiteral("wellbeing")));
        QVERIFY(!hasData(QStringLiteral("burnout")));
        QVERIFY(!hasData(QStringLiteral("exposure")));

        // Hard moments alone are exposure data.
        m_env->addHardMoment(daysAgo(2), 3);
        QVERIFY(hasData(QStringLiteral("exposure")));

        QCOMPARE(m_model->rangeSummary(), QStringLiteral("1 of the last 30 days have a check-in"));
    }

    void dataOutsideTheRangeDoesNotCount() {
        m_env->saveCheckin(daysAgo(20), {{"mood", 2}});
        QVERIFY(hasData(QStringLiteral("wellbeing")));
        m_model->setRangeDays(7);
        QVERIFY(!hasData(QStringLiteral("wellbeing")));
        QCOMPARE(m_model->rangeSummary(), QStringLiteral("0 of the last 7 days have a check-in"));
    }

    void viewsAreToldWhenHasDataChanges() {
        // TrendChart.qml binds the hasData role; without dataChanged its "No answers in this period yet"
        // would stay on screen after a range switch or a new check-in.
        m_env->saveCheckin(daysAgo(20), {{"mood", 2}});
        QSignalSpy spy(m_model.get(), &QAbstractItemModel::dataChanged);
        const auto coversEveryRowsHasData = [&] {
            for (const auto& arguments : spy) {
                const auto roles = arguments.at(2).value<QList<int>>();
                if (arguments.at(0).value<QModelIndex>().row() == 0 &&
                    arguments.at(1).value<QModelIndex>().row() == m_model->rowCount() - 1 &&
                    (roles.isEmpty() || roles.contains(TrendsModel::HasDataRole)))
                    return true;
            }
            return false;
        };

        m_model->setRangeDays(7);
        QVERIFY(!hasData(QStringLiteral("wellbeing")));
        QVERIFY(coversEveryRowsHasData());

        spy.clear();
        m_env->saveCheckin(daysAgo(1), {{"mood", 2}});
        QVERIFY(hasData(QStringLiteral("wellbeing")));
        QVERIFY(coversEveryRowsHasData());

        spy.clear();
        m_env->addHardMoment(daysAgo(1), 2);
        QVERIFY(coversEveryRowsHasData());
    }

    void anIndexChartShowsTheUsualRangeBehindTheDays() {
        // Twelve weeks of burnout answers alternating 1 and 2 (25 and 50 on 0-100; exhaustion and distance
        // alike), then this week at 3 (75). Baseline window [today-90, today-7]: half 25s, half 50s, so the
        // usual range (25th to 75th percentile) runs from 25 to 50.
        for (int back = 90; back >= 0; --back) {
            const int value = back < 7 ? 3 : (back % 2 ? 1 : 2);
            m_env->saveCheckin(daysAgo(back), {{"exhaustion", value}, {"distance", value}});
        }
        m_model->setMode(QStringLiteral("indices"));
        auto chart = makeChart();
        QVERIFY(chart);
        m_model->populate(rowOf(QStringLiteral("burnout")), chart->view.get(), chart->axisX, chart->axisY,
                          Qt::blue, Qt::darkBlue, Qt::lightGray);
        QAreaSeries* band = nullptr;
        for (QAbstractSeries* series : chart->series())
            if (series && series->type() == QAbstractSeries::SeriesTypeArea)
                band = qobject_cast<QAreaSeries*>(series);
        QVERIFY(band);
        QVERIFY(band->upperSeries() && band->lowerSeries());
        QCOMPARE(band->upperSeries()->points().front().y(), 50.0);
        QCOMPARE(band->lowerSeries()->points().front().y(), 25.0);
        const auto dots = chart->dots();
        QCOMPARE(dots.size(), 1);
        QCOMPARE(dots.front()->count(), 30);
        QCOMPARE(dots.front()->points().back().y(), 75.0);

        // Without a baseline yet (too few weeks), no band is drawn.
        m_env->session->checkins().remove(daysAgo(50));
        auto fresh = makeChart();
        m_model->populate(rowOf(QStringLiteral("sts_load")), fresh->view.get(), fresh->axisX, fresh->axisY,
                          Qt::blue, Qt::darkBlue, Qt::lightGray);
        for (QAbstractSeries* series : fresh->series())
            QVERIFY(series->type() != QAbstractSeries::SeriesTypeArea);
    }

    void populateDrawsDotsAndABrokenMeanLine() {
        saveTwoWeeksWithAGap();
        auto chart = makeChart();
        QVERIFY(chart);
        QVERIFY(chart->axisX && chart->axisY);

        const int row = rowOf(QStringLiteral("wellbeing"));
        m_model->populate(row, chart->view.get(), chart->axisX, chart->axisY, Qt::blue, Qt::darkBlue);

        // Exactly one set of dots, one per day that has data: missing days are gaps, never zeros.
        const auto dots = chart->dots();
        QCOMPARE(dots.size(), 1);
        QCOMPARE(dots.front()->count(), 14);
        for (const QPointF& point : dots.front()->points())
            QCOMPARE(point.y(), 75.0);
        const QDateTime firstDot = QDateTime::fromMSecsSinceEpoch(qint64(dots.front()->points().front().x()));
        QCOMPARE(firstDot.date(), tend::ui::toQDate(daysAgo(20)));

        // The 7-day mean needs 4 of 7 days: it runs from 17 to 11 days ago and from 3 days ago to today,
        // as two separate lines so nothing is drawn across the gap.
        const auto lines = chart->lines();
        QCOMPARE(lines.size(), 2);
        QCOMPARE(chart->series().size(), 3);
        QList<int> lengths;
        for (QLineSeries* line : lines) {
            lengths.append(int(line->count()));
            const auto points = line->points();
            for (qsizetype i = 1; i < points.size(); ++i)
                QCOMPARE(qint64(points[i].x() - points[i - 1].x()), dayMs);
            for (const QPointF& point : points)
                QCOMPARE(point.y(), 75.0);
        }
        std::sort(lengths.begin(), lengths.end());
        QCOMPARE(lengths, (QList<int>{4, 7}));

        // Groups are on 0..100.
        auto* yAxis = qobject_cast<QValueAxis*>(chart->axisY);
        QVERIFY(yAxis);
        QCOMPARE(yAxis->min(), 0.0);
        QCOMPARE(yAxis->max(), 100.0);
        QCOMPARE(chart->axisX->property("min").toDateTime().date(), QDate(2026, 11, 27).addDays(-29));
        QCOMPARE(chart->axisX->property("max").toDateTime().date(), QDate(2026, 11, 27));
    }

    void populateReplacesTheSeriesEachTime() {
        saveTwoWeeksWithAGap();
        auto chart = makeChart();
        QVERIFY(chart);
        const int row = rowOf(QStringLiteral("wellbeing"));
        m_model->populate(row, chart->view.get(), chart->axisX, chart->axisY, Qt::blue, Qt::darkBlue);
        m_model->populate(row, chart->view.get(), chart->axisX, chart->axisY, Qt::blue, Qt::darkBlue);
        QCOMPARE(chart->series().size(), 3);
        QCOMPARE(chart->dots().size(), 1);
    }

    void populateUsesTheDaysBeforeTheRangeForTheMean() {
        saveTwoWeeksWithAGap();
        m_model->setRangeDays(7);
        auto chart = makeChart();
        QVERIFY(chart);
        m_model->populate(rowOf(QStringLiteral("wellbeing")), chart->view.get(), chart->axisX, chart->axisY,
                          Qt::blue, Qt::darkBlue);
        QCOMPARE(chart->dots().front()->count(), 7);
        const auto lines = chart->lines();
        QCOMPARE(lines.size(), 1);
        QCOMPARE(lines.front()->count(), 4); // 3 days ago to today
    }

    void aQuestionChartUsesTheItemsScale() {
        saveTwoWeeksWithAGap();
        m_model->setMode(QStringLiteral("questions"));
        auto chart = makeChart();
        QVERIFY(chart);
        m_model->populate(rowOf(QStringLiteral("mood")), chart->view.get(), chart->axisX, chart->axisY,
                          Qt::blue, Qt::darkBlue);
        auto* yAxis = qobject_cast<QValueAxis*>(chart->axisY);
        QVERIFY(yAxis);
        QCOMPARE(yAxis->min(), 0.0);
        QCOMPARE(yAxis->max(), 4.0);
        const auto dots = chart->dots();
        QCOMPARE(dots.size(), 1);
        QCOMPARE(dots.front()->count(), 14);
        for (const QPointF& point : dots.front()->points())
            QCOMPARE(point.y(), 3.0);
    }

    void populateWithoutDataDrawsOnlyEmptyDots() {
        auto chart = makeChart();
        QVERIFY(chart);
        m_model->populate(0, chart->view.get(), chart->axisX, chart->axisY, Qt::blue, Qt::darkBlue);
        QCOMPARE(chart->lines().size(), 0);
        const auto dots = chart->dots();
        QCOMPARE(dots.size(), 1);
        QCOMPARE(dots.front()->count(), 0);
    }

    void populateIgnoresABadRow() {
        auto chart = makeChart();
        QVERIFY(chart);
        m_model->populate(-1, chart->view.get(), chart->axisX, chart->axisY, Qt::blue, Qt::darkBlue);
        m_model->populate(m_model->rowCount(), chart->view.get(), chart->axisX, chart->axisY, Qt::blue,
                          Qt::darkBlue);
        m_model->populate(0, nullptr, nullptr, nullptr, Qt::blue, Qt::darkBlue);
        QCOMPARE(chart->series().size(), 0);
    }
};

QTEST_MAIN(TestTrendsModel)
#include "tst_trendsmodel.moc"
