#include "insights/currentindexvalue.h"

#include "insightstesthelpers.h"

#include <QTest>

#include <cmath>

using namespace boost::gregorian;
using insightstest::sparseSeries;
using tend::IndexId;
using tend::IndexStatus;

namespace {
const date today(2026, 1, 2);
} // namespace

class TestCurrentIndexValue final : public QObject {
    Q_OBJECT

private slots:
    void meanOfTheLastSevenDays() {
        // 20, 40, 60 within the week (today-6 .. today); 100 on today-7 is outside it. (20 + 40 + 60) / 3
        // = 40.
        const auto series = sparseSeries(
            today - days(30), today,
            {{today - days(7), 100.0}, {today - days(6), 20.0}, {today - days(3), 40.0}, {today, 60.0}});
        for (const auto id :
             {IndexId::StsLoad, IndexId::Burnout, IndexId::Wellbeing, IndexId::CompassionSatisfaction}) {
            const auto current = tend::currentIndexValue(id, series, today);
            QCOMPARE(current.status, IndexStatus::Ok);
            QCOMPARE(current.value, std::optional<double>(40.0));
            QCOMPARE(current.days7, 3);
            QCOMPARE(current.totalDays, 4);
        }
    }

    void twoDaysAreNotEnough() {
        const auto series = sparseSeries(
            today - days(30), today,
            {{today - days(20), 50.0}, {today - days(10), 50.0}, {today - days(5), 10.0}, {today, 90.0}});
        for (const auto id : tend::allIndices) {
            const auto current = tend::currentIndexValue(id, series, today);
            QCOMPARE(current.status, IndexStatus::NotEnoughData);
            QVERIFY(!current.value.has_value());
            QCOMPARE(current.days7, 2);
            QCOMPARE(current.totalDays, 4);
        }
    }

    void daysAfterTodayAreNotCounted() {
        const auto series = sparseSeries(today - days(3), today + days(3),
                                         {{today - days(2), 10.0},
                                          {today - days(1), 20.0},
                                          {today + days(1), 90.0},
                                          {today + days(2), 90.0}});
        const auto current = tend::currentIndexValue(IndexId::Burnout, series, today);
        QCOMPARE(current.status, IndexStatus::NotEnoughData);
        QCOMPARE(current.days7, 2);
        QCOMPARE(current.totalDays, 2);
    }

    void exposureFadesOlderDays() {
        // Weights 0.5^(age / 3): today 1, today-3 0.5, today-6 0.25, today-10 0.5^(10/3) = 0.0992126.
        // (80*1 + 40*0.5 + 20*0.25 + 100*0.0992126) / (1 + 0.5 + 0.25 + 0.0992126) = 114.92126 / 1.84921
        // = 62.14605. today-14 is outside the 14-day window and does not count.
        const auto series = sparseSeries(today - days(20), today,
                                         {{today - days(14), 100.0},
                                          {today - days(10), 100.0},
                                          {today - days(6), 20.0},
                                          {today - days(3), 40.0},
                                          {today, 80.0}});
        const auto current = tend::currentIndexValue(IndexId::ExposureLoad, series, today);
        QCOMPARE(current.status, IndexStatus::Ok);
        QVERIFY(current.value.has_value());
        QVERIFY(std::abs(*current.value - 62.14605000172883) < 1e-9);
        QCOMPARE(current.days7, 3);
        QCOMPARE(current.totalDays, 5);
        // The same days without fading (any other index): (20 + 40 + 80) / 3 = 46.67.
        QCOMPARE(*tend::currentIndexValue(IndexId::StsLoad, series, today).value, 140.0 / 3.0);
    }

    void aHeavyDayFadesAsNewerDaysArrive() {
        // A heavy day (100) then light days (0): its weight halves every three days.
        std::map<date, double> values{{today - days(2), 100.0}, {today - days(1), 0.0}, {today, 0.0}};
        // Weights 0.5^(2/3) = 0.62996, 0.5^(1/3) = 0.79370, 1: 62.996 / 2.42366 = 25.99.
        auto current = tend::currentIndexValue(IndexId::ExposureLoad,
                                               sparseSeries(today - days(3), today, values), today);
        const double fresh =
            100.0 * std::pow(0.5, 2.0 / 3.0) / (std::pow(0.5, 2.0 / 3.0) + std::pow(0.5, 1.0 / 3.0) + 1.0);
        QVERIFY(std::abs(*current.value - fresh) < 1e-9);
        QVERIFY(std::abs(fresh - 25.99) < 0.01);
        // Three light days later the heavy day still counts, but less.
        const auto later = today + days(3);
        values[today + days(1)] = 0.0;
        values[today + days(2)] = 0.0;
        values[later] = 0.0;
        current = tend::currentIndexValue(IndexId::ExposureLoad, sparseSeries(today - days(3), later, values),
                                          later);
        QVERIFY(*current.value < fresh);
        QVERIFY(*current.value > 0.0);
    }

    void exposureNeedsThreeDaysInTheLastWeek() {
        // Plenty of days in the second week, only two in the last seven: no number.
        std::map<date, double> values;
        for (int age = 7; age < 14; ++age)
            values[today - days(age)] = 50.0;
        values[today - days(1)] = 50.0;
        values[today] = 50.0;
        const auto current = tend::currentIndexValue(IndexId::ExposureLoad,
                                                     sparseSeries(today - days(20), today, values), today);
        QCOMPARE(current.status, IndexStatus::NotEnoughData);
        QVERIFY(!current.value.has_value());
        QCOMPARE(current.days7, 2);
        QCOMPARE(current.totalDays, 9);
    }

    void anEmptySeriesHasNothing() {
        const auto current = tend::currentIndexValue(IndexId::Wellbeing, tend::DailySeries{today, {}}, today);
        QCOMPARE(current.status, IndexStatus::NotEnoughData);
        QCOMPARE(current.days7, 0);
        QCOMPARE(current.totalDays, 0);
    }
};

QTEST_GUILESS_MAIN(TestCurrentIndexValue)
#include "tst_currentindexvalue.moc"
