#include "insights/seriessignals.h"

#include "insightstesthelpers.h"

#include <QTest>

#include <cmath>

using namespace boost::gregorian;
using tend::Polarity;
using tend::Trend;

namespace {

const date today(2026, 3, 10);

const tend::SignalScale strain{Polarity::HigherIsWorse, 0.0, 100.0, [](double v) {
                                   return v >= 60.0;
                               }};
const tend::SignalScale better{Polarity::HigherIsBetter, 0.0, 100.0, [](double v) {
                                   return v < 40.0;
                               }};
const tend::SignalScale worseItem{Polarity::HigherIsWorse, 0.0, 4.0, [](double v) {
                                      return v >= 3.0;
                                  }};

// Values by age in days (0 = today) over the 300 days ending today.
tend::DailySeries byAge(const std::map<int, double>& values) {
    std::map<date, double> dated;
    for (const auto& [age, value] : values)
        dated[today - days(age)] = value;
    return insightstest::sparseSeries(today - days(299), today, dated);
}

tend::SeriesSignals signalsOf(const std::map<int, double>& values, const tend::SignalScale& scale = strain,
                              const std::optional<tend::RestRun>& rest = std::nullopt,
                              const tend::NotApplicableDays& notApplicable = {}) {
    return tend::seriesSignals(byAge(values), today, scale, rest, notApplicable);
}

// One point a week from 17, over `lastDay` + 1 days: the value on day t (0 = the first) is 17 + t / 7,
// and today is day `lastDay`.
std::map<int, double> drift(int lastDay, double from = 17.0) {
    std::map<int, double> values;
    for (int t = 0; t <= lastDay; ++t)
        values[lastDay - t] = from + t / 7.0;
    return values;
}

bool near(const std::optional<double>& actual, double expected) {
    return actual && std::abs(*actual - expected) < 1e-9;
}

} // namespace

class TestSeriesSignals final : public QObject {
    Q_OBJECT

private slots:
    void countsAndToday() {
        const auto result = signalsOf({{0, 42.0}, {6, 1.0}, {7, 2.0}, {100, 3.0}});
        QCOMPARE(result.days7, 2);
        QCOMPARE(result.totalDays, 4);
        QCOMPARE(result.today, std::optional<double>(42.0));
        QVERIFY(!signalsOf({{1, 42.0}}).today.has_value());
    }

    void sevenDayMeanNeedsThreeValues() {
        // Ages 6, 2, 0: (10 + 20 + 60) / 3 = 30; age 7 is outside the week.
        QCOMPARE(signalsOf({{7, 99.0}, {6, 10.0}, {2, 20.0}, {0, 60.0}}).mean7, std::optional<double>(30.0));
        QVERIFY(!signalsOf({{7, 99.0}, {2, 20.0}, {0, 60.0}}).mean7.has_value());
    }

    void twentyEightDayMeanNeedsTenValues() {
        // Ages 18..27 all 10; age 28 is outside the window: mean28 = 10.
        std::map<int, double> values{{28, 1000.0}};
        for (int age = 18; age <= 27; ++age)
            values[age] = 10.0;
        auto result = signalsOf(values);
        QCOMPARE(result.mean28, std::optional<double>(10.0));
        QVERIFY(!result.mean7.has_value());
        values.erase(18);
        QVERIFY(!signalsOf(values).mean28.has_value());
    }

    void baselineIsTheMedianOfTheTwelveWeeksBeforeThisOne() {
        // Ages 7..16 hold 10, 20, ..., 100. Median of ten = (50 + 60) / 2 = 55.
        // 25th percentile: position 0.25 * 9 = 2.25 -> 30 + 0.25 * (40 - 30) = 32.5.
        // 75th percentile: position 6.75 -> 70 + 0.75 * (80 - 70) = 77.5.
        // Age 91 is too old and ages 0..6 are this week; they do not count.
        std::map<int, double> values{{91, 1000.0}, {6, 70.0}, {3, 80.0}, {0, 90.0}};
        for (int k = 0; k < 10; ++k)
            values[7 + k] = 10.0 * (k + 1);
        const auto result = signalsOf(values);
        QCOMPARE(result.baselineDays, 10);
        QCOMPARE(result.baseline, std::optional<double>(55.0));
        QCOMPARE(result.baselineLow, std::optional<double>(32.5));
        QCOMPARE(result.baselineHigh, std::optional<double>(77.5));
        // mean7 = (70 + 80 + 90) / 3 = 80; deviation = 80 - 55 = 25, worse for a strain series.
        QCOMPARE(result.mean7, std::optional<double>(80.0));
        QCOMPARE(result.deviation, std::optional<double>(25.0));
        QCOMPARE(result.worsening, std::optional<double>(25.0));
        QCOMPARE(result.worseningPercent, std::optional<double>(25.0));
        // For a higher-is-better series the same rise is an improvement.
        const auto asBetter = signalsOf(values, better);
        QCOMPARE(asBetter.deviation, std::optional<double>(25.0));
        QCOMPARE(asBetter.worsening, std::optional<double>(-25.0));
        QCOMPARE(asBetter.worseningPercent, std::optional<double>(-25.0));
    }

    void baselineOfAnOddCountAndItsEdges() {
        // Ages 90 and 7 are the window's edges. Values 1..11: median 6; 25th: position 2.5 -> 3.5; 75th: 7.5
        // -> 8.5.
        std::map<int, double> values{{90, 1.0}, {7, 11.0}};
        for (int k = 2; k <= 10; ++k)
            values[7 + 8 * k] = k;
        const auto result = signalsOf(values);
        QCOMPARE(result.baselineDays, 11);
        QCOMPARE(result.baseline, std::optional<double>(6.0));
        QCOMPARE(result.baselineLow, std::optional<double>(3.5));
        QCOMPARE(result.baselineHigh, std::optional<double>(8.5));
        QVERIFY(!result.deviation.has_value()); // no week mean
    }

    void baselineNeedsTenValues() {
        std::map<int, double> values{{0, 1.0}, {1, 1.0}, {2, 1.0}};
        for (int age = 7; age < 16; ++age)
            values[age] = 50.0;
        const auto result = signalsOf(values);
        QCOMPARE(result.baselineDays, 9);
        QVERIFY(!result.baseline && !result.baselineLow && !result.baselineHigh);
        QVERIFY(!result.deviation && !result.worsening && !result.worseningPercent);
    }

    void longReferenceIsTheMedianOfThreeToSixMonthsAgo() {
        // Ages 91..110 hold 20 and ages 178..182 hold 40: 25 values, whose median (the 13th) is 20. Ages 90
        // and 183 lie just outside the window. This week: 50 on three days.
        std::map<int, double> values{{90, 99.0}, {183, 99.0}, {0, 50.0}, {1, 50.0}, {2, 50.0}};
        for (int age = 91; age <= 110; ++age)
            values[age] = 20.0;
        for (int age = 178; age <= 182; ++age)
            values[age] = 40.0;
        const auto result = signalsOf(values);
        QCOMPARE(result.longReferenceDays, 25);
        QCOMPARE(result.longReference, std::optional<double>(20.0));
        QCOMPARE(result.longWorsening, std::optional<double>(30.0));
        QCOMPARE(result.longWorseningPercent, std::optional<double>(30.0));
        // On a higher-is-better series the same rise is an improvement.
        QCOMPARE(signalsOf(values, better).longWorsening, std::optional<double>(-30.0));
        // On a 0-4 item scale, 30 of 4 is 750% of the range: the percentage follows the scale.
        QCOMPARE(signalsOf(values, worseItem).longWorseningPercent, std::optional<double>(750.0));
        const auto window = tend::longReferenceWindow(today);
        QCOMPARE(window.from, today - days(182));
        QCOMPARE(window.to, today - days(91));
    }

    void longReferenceNeedsTwentyValues() {
        std::map<int, double> values{{0, 50.0}, {1, 50.0}, {2, 50.0}};
        for (int age = 91; age < 110; ++age)
            values[age] = 20.0;
        const auto result = signalsOf(values);
        QCOMPARE(result.longReferenceDays, 19);
        QVERIFY(!result.longReference && !result.longWorsening && !result.longWorseningPercent);
    }

    void aSlowDriftOverNineMonthsByHand() {
        // 17 -> 56 over 273 days. This week (days 267..273): 17 + 270 / 7. The twelve weeks before it (days
        // 183..266, median day 224.5) follow the drift closely, so the week is only 45.5 / 7 = 6.5 above
        // them. Three to six months ago (days 91..182, median day 136.5) it was 36.5: 133.5 / 7 = 19.07 below
        // now.
        const auto result = signalsOf(drift(273));
        QVERIFY(near(result.mean7, 17.0 + 270.0 / 7.0));
        QVERIFY(near(result.baseline, 17.0 + 224.5 / 7.0));
        QVERIFY(near(result.worsening, 6.5));
        QVERIFY(near(result.longReference, 36.5));
        QVERIFY(near(result.longWorsening, 133.5 / 7.0));
        QVERIFY(near(result.slope14, 1.0));
        QCOMPARE(result.trend, std::optional<Trend>(Trend::Steady)); // 2 points in 14 days, under 10
    }

    void aSlowDriftIsSeenOnceTheChangeIsLarge() {
        // On day T (110 <= T < 182) the long window holds days 0..T-91, median day (T - 91) / 2, and the
        // week's mean is day T - 3: the difference is ((T - 3) - (T - 91) / 2) / 7 = (T + 85) / 14. It
        // reaches 15 on day 125 (18 weeks in, 17.4 points above the start), not on day 124.
        QVERIFY(near(signalsOf(drift(124)).longWorsening, 209.0 / 14.0));
        QVERIFY(near(signalsOf(drift(125)).longWorsening, 15.0));
        QCOMPARE(signalsOf(drift(125)).longReferenceDays, 35);
        // Before day 110 the long window holds fewer than 20 days.
        QVERIFY(!signalsOf(drift(109)).longReference);
        QVERIFY(signalsOf(drift(110)).longReference);
    }

    void restDaysDoNotThinAWorkSeries() {
        // Exposure-like series: values on two working days this week, the other five days off.
        const std::map<int, double> values{{1, 50.0}, {4, 30.0}};
        QVERIFY(!signalsOf(values).mean7); // two values are not three
        tend::NotApplicableDays rest;
        for (const int age : {0, 2, 3, 5, 6})
            rest.insert(today - days(age));
        // Five of seven days off: 3 x 2 / 7 rounds up to 1, so the two working days make the week's mean.
        QCOMPARE(signalsOf(values, strain, std::nullopt, rest).mean7, std::optional<double>(40.0));
    }

    void worseningOnAnItemScale() {
        // Baseline ages 7..16: 0, 0, 1, 1, 1, 2, 2, 2, 3, 4. Median (1 + 2) / 2 = 1.5; 25th: 2.25 -> 1;
        // 75th: 6.75 -> 2. mean7 = (3 + 3 + 4) / 3 = 3.333; deviation = 1.8333; as a share of the 0-4
        // range: 45.83%.
        const double baseline[] = {0, 0, 1, 1, 1, 2, 2, 2, 3, 4};
        std::map<int, double> values{{0, 3.0}, {1, 3.0}, {2, 4.0}};
        for (int k = 0; k < 10; ++k)
            values[7 + k] = baseline[k];
        const auto result = signalsOf(values, worseItem);
        QCOMPARE(result.baseline, std::optional<double>(1.5));
        QCOMPARE(result.baselineLow, std::optional<double>(1.0));
        QCOMPARE(result.baselineHigh, std::optional<double>(2.0));
        QVERIFY(near(result.deviation, 10.0 / 3.0 - 1.5));
        QVERIFY(near(result.worsening, 10.0 / 3.0 - 1.5));
        QVERIFY(near(result.worseningPercent, (10.0 / 3.0 - 1.5) * 100.0 / 4.0));
    }

    void slopeIsPerWeek() {
        // A straight line rising 2 a day on every other day of the window: 14 a week, 28 over 14 days: up.
        // Age 14 lies outside the window; were it counted, the line would bend.
        std::map<int, double> rising{{14, 1000.0}};
        for (int age = 0; age <= 12; age += 2)
            rising[age] = 50.0 - 2.0 * age;
        auto result = signalsOf(rising);
        QVERIFY(near(result.slope14, 14.0));
        QCOMPARE(result.trend, std::optional<Trend>(Trend::Up));

        std::map<int, double> falling;
        for (int age = 0; age <= 12; age += 2)
            falling[age] = 50.0 + 2.0 * age;
        result = signalsOf(falling);
        QVERIFY(near(result.slope14, -14.0));
        QCOMPARE(result.trend, std::optional<Trend>(Trend::Down));

        // 4 a week is 8 over 14 days, under 10% of the range: steady.
        std::map<int, double> gentle;
        for (int age = 0; age <= 12; age += 2)
            gentle[age] = 50.0 - 4.0 / 7.0 * age;
        result = signalsOf(gentle);
        QVERIFY(near(result.slope14, 4.0));
        QCOMPARE(result.trend, std::optional<Trend>(Trend::Steady));
    }

    void slopeByHand() {
        // x = day offsets -6..0, y = 0, 0, 0, 0, 0, 0, 7. Mean x = -3, mean y = 1.
        // Sum (x - mx)(y - my) = sum (x - mx) y = 3 * 7 = 21 (the deviations of x sum to zero);
        // sum (x - mx)^2 = 9 + 4 + 1 + 0 + 1 + 4 + 9 = 28. Slope 0.75 a day = 5.25 a week.
        std::map<int, double> values;
        for (int age = 1; age <= 6; ++age)
            values[age] = 0.0;
        values[0] = 7.0;
        auto result = signalsOf(values);
        QVERIFY(near(result.slope14, 5.25));
        QCOMPARE(result.trend, std::optional<Trend>(Trend::Up)); // 10.5 over 14 days: not under 10
        QCOMPARE(signalsOf(values, worseItem).trend, std::optional<Trend>(Trend::Up));
        // Six values are not enough for a slope.
        values.erase(3);
        result = signalsOf(values);
        QVERIFY(!result.slope14.has_value());
        QVERIFY(!result.trend.has_value());
    }

    void sustainedCountsTheLastSevenRecordedDays() {
        // Within the 14 days: ages 13 and 12 high, then the last seven recorded: 90 90 10 90 90 10 90 -> 5
        // high.
        std::map<int, double> values{{13, 90.0}, {12, 90.0}, {8, 90.0}, {6, 90.0}, {5, 10.0},
                                     {4, 90.0},  {2, 90.0},  {1, 10.0}, {0, 90.0}};
        auto result = signalsOf(values);
        QCOMPARE(result.recentDays, 7);
        QCOMPARE(result.concernDays, 5);
        QCOMPARE(result.sustained, std::optional<bool>(true));
        // One of the seven drops out of the band: 4 of 7, even though older days were high.
        values[0] = 59.0;
        result = signalsOf(values);
        QCOMPARE(result.concernDays, 4);
        QCOMPARE(result.sustained, std::optional<bool>(false));
    }

    void sustainedNeedsFiveRecentValues() {
        // Four values in the last 14 days (all high), more high ones just before: not enough to say.
        const auto result = signalsOf({{20, 90.0}, {14, 90.0}, {13, 90.0}, {9, 90.0}, {3, 90.0}, {0, 90.0}});
        QCOMPARE(result.recentDays, 4);
        QCOMPARE(result.concernDays, 4);
        QVERIFY(!result.sustained.has_value());
        // Five, all low wellbeing: sustained for a higher-is-better series.
        const auto low = signalsOf({{13, 10.0}, {9, 39.0}, {5, 20.0}, {3, 0.0}, {0, 30.0}}, better);
        QCOMPARE(low.recentDays, 5);
        QCOMPARE(low.concernDays, 5);
        QCOMPARE(low.sustained, std::optional<bool>(true));
    }

    void suddenChange() {
        // Last 3 days: ages 0 and 1 -> (90 + 80) / 2 = 85. Days 3..16 before: five 40s -> 40; age 17 does not
        // count. Change 45, upwards, at least 25% of the range: a sudden worsening for strain, not for
        // wellbeing.
        std::map<int, double> values{{17, 0.0}, {16, 40.0}, {12, 40.0}, {8, 40.0},
                                     {5, 40.0}, {3, 40.0},  {1, 80.0},  {0, 90.0}};
        auto result = signalsOf(values);
        QCOMPARE(result.suddenChange, std::optional<double>(45.0));
        QCOMPARE(result.suddenWorsening, std::optional<bool>(true));
        QCOMPARE(signalsOf(values, better).suddenWorsening, std::optional<bool>(false));
        // A rise of exactly 25 still counts; 20 does not.
        values[0] = values[1] = 65.0;
        QCOMPARE(signalsOf(values).suddenWorsening, std::optional<bool>(true));
        values[0] = values[1] = 60.0;
        result = signalsOf(values);
        QCOMPARE(result.suddenChange, std::optional<double>(20.0));
        QCOMPARE(result.suddenWorsening, std::optional<bool>(false));
        // A drop of 25 is a sudden worsening for wellbeing.
        values[0] = values[1] = 15.0;
        QCOMPARE(signalsOf(values, better).suddenWorsening, std::optional<bool>(true));
    }

    void suddenChangeNeedsEnoughDaysOnEachSide() {
        std::map<int, double> values{{16, 40.0}, {12, 40.0}, {8, 40.0}, {5, 40.0}, {1, 80.0}, {0, 90.0}};
        auto result = signalsOf(values); // four earlier values
        QVERIFY(!result.suddenChange && !result.suddenWorsening);
        values[3] = 40.0;
        values.erase(1); // one recent value
        result = signalsOf(values);
        QVERIFY(!result.suddenChange && !result.suddenWorsening);
    }

    void recoveryUsesTheRestRunItIsGiven() {
        // Before the run (ages 11..17): 80, 60 -> 70. After (ages 7..1): 40, 20 -> 30. Improvement for
        // strain 40.
        const std::map<int, double> values{{17, 80.0}, {11, 60.0}, {7, 40.0}, {1, 20.0}};
        const tend::RestRun run{today - days(10), today - days(8)};
        const auto result = signalsOf(values, strain, run);
        QVERIFY(result.recovery.has_value());
        QCOMPARE(result.recovery->improvement, 40.0);
        QVERIFY(!signalsOf(values).recovery.has_value());
    }

    void anEmptySeriesHasOnlyCounts() {
        const auto result = tend::seriesSignals(tend::DailySeries{today, {}}, today, strain, std::nullopt);
        QCOMPARE(result.days7, 0);
        QCOMPARE(result.totalDays, 0);
        QVERIFY(!result.today && !result.mean7 && !result.mean28 && !result.baseline && !result.slope14);
        QVERIFY(!result.sustained && !result.suddenChange && !result.recovery);
    }
};

QTEST_GUILESS_MAIN(TestSeriesSignals)
#include "tst_seriessignals.moc"
