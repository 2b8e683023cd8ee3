#include "analytics/dailyseries.h"

#include <QTest>

using namespace boost::gregorian;
using namespace boost::posix_time;

namespace {

// Two exposure items on different scales, two wellbeing items, one burnout item.
tend::CheckinDefinition definition() {
    return tend::parseCheckinDefinition(R"({
        "format": "tend.checkin-definition", "version": 1,
        "items": [
            {"id": "mood", "name": "mood", "text": "Mood?", "group": "wellbeing", "kind": "rating",
             "scale": {"min": 0, "max": 4, "labels": ["a", "b", "c", "d", "e"]}, "polarity": "higher_is_better"},
            {"id": "calm", "name": "calm", "text": "Calm?", "group": "wellbeing", "kind": "rating",
             "scale": {"min": 1, "max": 3, "labels": ["a", "b", "c"]}, "polarity": "higher_is_better"},
            {"id": "material", "name": "material", "text": "Material?", "group": "exposure", "kind": "rating",
             "scale": {"min": 0, "max": 2, "labels": ["none", "some", "a lot"]}, "polarity": "higher_is_worse"},
            {"id": "hard_cases", "name": "hard_cases", "text": "How many?", "group": "exposure", "kind": "count",
             "scale": {"min": 0, "max": 10}, "polarity": "higher_is_worse"},
            {"id": "exhaustion", "name": "exhaustion", "text": "Worn out?", "group": "burnout", "kind": "rating",
             "scale": {"min": 0, "max": 4, "labels": ["a", "b", "c", "d", "e"]}, "polarity": "higher_is_worse"}
        ]
    })");
}

const std::set<std::string> everyItem{"mood", "calm", "material", "hard_cases", "exhaustion"};

tend::Checkin checkinOn(date day, std::map<std::string, int> answers) {
    tend::Checkin checkin;
    checkin.date = day;
    checkin.answers = std::move(answers);
    return checkin;
}

tend::HardMoment momentAt(ptime when, int intensity) {
    tend::HardMoment moment;
    moment.occurredAt = when;
    moment.intensity = intensity;
    return moment;
}

tend::DailySeries seriesOf(date first, std::vector<std::optional<double>> values) {
    return tend::DailySeries{first, std::move(values)};
}

void compareValues(const tend::DailySeries& actual, const std::vector<std::optional<double>>& expected) {
    QCOMPARE(actual.values.size(), expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i) {
        QVERIFY2(actual.values[i].has_value() == expected[i].has_value(), qPrintable(QString::number(i)));
        if (expected[i])
            QCOMPARE(*actual.values[i], *expected[i]);
    }
}

} // namespace

class TestDailySeries final : public QObject {
    Q_OBJECT

private slots:
    void rescalesAnswersOntoZeroToHundred() {
        const tend::ItemScale fivePoints{0, 4, {}};
        const tend::ItemScale threePoints{0, 2, {}};
        const tend::ItemScale fromOne{1, 5, {}};
        QCOMPARE(tend::rescaledTo100(0, fivePoints), 0.0);
        QCOMPARE(tend::rescaledTo100(3, fivePoints), 75.0);
        QCOMPARE(tend::rescaledTo100(1, threePoints), 50.0);
        QCOMPARE(tend::rescaledTo100(1, fromOne), 0.0);
        QCOMPARE(tend::rescaledTo100(5, fromOne), 100.0);
    }

    void itemSeriesKeepsMissingDaysMissing() {
        const date first(2026, 3, 1);
        const std::vector<tend::Checkin> checkins{
            checkinOn(first, {{"mood", 0}}), checkinOn(first + days(2), {{"mood", 4}}),
            checkinOn(first + days(3), {{"calm", 2}}), // a day with a check-in but mood skipped
        };
        const auto series = tend::itemSeries(checkins, "mood", first, first + days(4));
        QCOMPARE(series.first, first);
        compareValues(series, {0.0, std::nullopt, 4.0, std::nullopt, std::nullopt});
        QCOMPARE(series.countPresent(), std::size_t(2));
        QCOMPARE(series.dateAt(4), date(2026, 3, 5));
    }

    void itemSeriesIgnoresDaysOutsideTheRange() {
        const std::vector<tend::Checkin> checkins{checkinOn(date(2026, 2, 28), {{"mood", 1}}),
                                                  checkinOn(date(2026, 3, 2), {{"mood", 3}}),
                                                  checkinOn(date(2026, 3, 3), {{"mood", 2}})};
        const auto series = tend::itemSeries(checkins, "mood", date(2026, 3, 1), date(2026, 3, 2));
        compareValues(series, {std::nullopt, 3.0});
    }

    void aReversedRangeIsEmpty() {
        const auto series = tend::itemSeries({checkinOn(date(2026, 3, 1), {{"mood", 1}})}, "mood",
                                             date(2026, 3, 2), date(2026, 3, 1));
        QVERIFY(series.values.empty());
        QCOMPARE(series.countPresent(), std::size_t(0));
    }

    void rangesCrossMonthYearAndLeapDay() {
        const std::vector<tend::Checkin> checkins{
            checkinOn(date(2023, 12, 31), {{"mood", 1}}), checkinOn(date(2024, 1, 1), {{"mood", 2}}),
            checkinOn(date(2024, 2, 29), {{"mood", 3}}), checkinOn(date(2024, 3, 1), {{"mood", 4}})};
        const auto series = tend::itemSeries(checkins, "mood", date(2023, 12, 30), date(2024, 3, 1));
        QCOMPARE(series.values.size(), std::size_t(2 + 31 + 29 + 1));
        QCOMPARE(series.dateAt(1), date(2023, 12, 31));
        QCOMPARE(series.values[1], std::optional<double>(1.0));
        QCOMPARE(series.dateAt(2), date(2024, 1, 1));
        QCOMPARE(series.values[2], std::optional<double>(2.0));
        QCOMPARE(series.dateAt(61), date(2024, 2, 29));
        QCOMPARE(series.values[61], std::optional<double>(3.0));
        QCOMPARE(series.dateAt(62), date(2024, 3, 1));
        QCOMPARE(series.values[62], std::optional<double>(4.0));
        QCOMPARE(series.countPresent(), std::size_t(4));
    }

    void groupSeriesRescalesEachItemBeforeAveraging() {
        const date day(2026, 5, 4);
        // mood 3 of 0-4 = 75; calm 2 of 1-3 = 50.
        const std::vector<tend::Checkin> checkins{checkinOn(day, {{"mood", 3}, {"calm", 2}}),
                                                  checkinOn(day + days(1), {{"calm", 3}}),
                                                  checkinOn(day + days(2), {{"exhaustion", 4}})};
        const auto series = tend::groupSeries(checkins, {}, definition(), tend::ItemGroup::Wellbeing,
                                              everyItem, day, day + days(3));
        compareValues(series, {62.5, 100.0, std::nullopt, std::nullopt});
    }

    void groupSeriesIgnoresUntrackedItems() {
        const date day(2026, 5, 4);
        const std::vector<tend::Checkin> checkins{checkinOn(day, {{"mood", 0}, {"calm", 3}}),
                                                  checkinOn(day + days(1), {{"calm", 1}})};
        const auto series = tend::groupSeries(checkins, {}, definition(), tend::ItemGroup::Wellbeing,
                                              {"mood"}, day, day + days(1));
        compareValues(series, {0.0, std::nullopt});
        const auto nothingTracked =
            tend::groupSeries(checkins, {}, definition(), tend::ItemGroup::Wellbeing, {}, day, day + days(1));
        QCOMPARE(nothingTracked.countPresent(), std::size_t(0));
    }

    void momentsCountOnlyForExposure() {
        const date day(2026, 5, 4);
        const std::vector<tend::HardMoment> moments{momentAt(ptime(day, hours(10)), 3)};
        const auto wellbeing =
            tend::groupSeries({}, moments, definition(), tend::ItemGroup::Wellbeing, everyItem, day, day);
        QCOMPARE(wellbeing.countPresent(), std::size_t(0));
        const auto exposure =
            tend::groupSeries({}, moments, definition(), tend::ItemGroup::Exposure, everyItem, day, day);
        compareValues(exposure, {75.0});
    }

    void exposureIsTheLargerOfCheckinAndMoments() {
        const date day(2026, 5, 4);
        // Check-in part: material 1 of 0-2 = 50, hard_cases 1 of 0-10 = 10, mean 30.
        const std::vector<tend::Checkin> checkins{checkinOn(day, {{"material", 1}, {"hard_cases", 1}}),
                                                  checkinOn(day + days(1), {{"material", 2}}),
                                                  checkinOn(day + days(2), {{"material", 0}})};
        const std::vector<tend::HardMoment> moments{
            momentAt(ptime(day, hours(9)), 2),            // 50 > 30: the moments win
            momentAt(ptime(day + days(1), hours(14)), 1), // 25 < 100: the check-in wins
            momentAt(ptime(day + days(3), hours(11)), 1), // no check-in: moments alone
            momentAt(ptime(day + days(3), hours(15)), 2),
        };
        const auto series = tend::groupSeries(checkins, moments, definition(), tend::ItemGroup::Exposure,
                                              everyItem, day, day + days(4));
        compareValues(series, {50.0, 100.0, 0.0, 75.0, std::nullopt});
    }

    void momentsNearMidnightLandOnTheirOwnDate() {
        const date newYearsEve(2026, 12, 31);
        const std::vector<tend::HardMoment> moments{
            momentAt(ptime(newYearsEve, hours(23) + minutes(59) + seconds(59)), 1),
            momentAt(ptime(newYearsEve + days(1), seconds(0)), 3),
            momentAt(ptime(newYearsEve - days(1), hours(23) + minutes(59)), 2), // before the range
        };
        const auto series = tend::groupSeries({}, moments, definition(), tend::ItemGroup::Exposure, everyItem,
                                              newYearsEve, newYearsEve + days(1));
        compareValues(series, {25.0, 75.0});
    }

    void dayExposureFromMomentsAddsAndCaps() {
        QCOMPARE(tend::dayExposureFromMoments({}), std::optional<double>());
        QCOMPARE(tend::dayExposureFromMoments({momentAt({}, 1)}), std::optional<double>(25.0));
        QCOMPARE(tend::dayExposureFromMoments({momentAt({}, 3)}), std::optional<double>(75.0));
        QCOMPARE(tend::dayExposureFromMoments({momentAt({}, 1), momentAt({}, 2)}),
                 std::optional<double>(75.0));
        QCOMPARE(tend::dayExposureFromMoments({momentAt({}, 3), momentAt({}, 2)}),
                 std::optional<double>(100.0));
        QCOMPARE(tend::dayExposureFromMoments({momentAt({}, 3), momentAt({}, 3), momentAt({}, 3)}),
                 std::optional<double>(100.0));
    }

    void rollingMeanUsesTrailingWindowOfPresentDays() {
        const auto n = std::nullopt;
        const auto series = seriesOf(date(2026, 1, 1), {1.0, n, 3.0, 5.0, n, n, n, 7.0});
        compareValues(tend::rollingMean(series, 3, 1), {1.0, 1.0, 2.0, 4.0, 4.0, 5.0, n, 7.0});
        compareValues(tend::rollingMean(series, 3, 2), {n, n, 2.0, 4.0, 4.0, n, n, n});
        compareValues(tend::rollingMean(series, 1, 1), {1.0, n, 3.0, 5.0, n, n, n, 7.0});
        compareValues(tend::rollingMean(series, 8, 4), {n, n, n, n, n, n, n, 4.0});
        QCOMPARE(tend::rollingMean(series, 3, 1).first, series.first);
    }

    void rollingMeanNeverAveragesNothing() {
        const auto series = seriesOf(date(2026, 1, 1), {std::nullopt, 2.0});
        compareValues(tend::rollingMean(series, 7, 0), {std::nullopt, 2.0});
    }

    void rollingMeanOfSevenAndTwentyEightDays() {
        std::vector<std::optional<double>> values;
        for (int i = 0; i < 40; ++i)
            values.push_back(i % 5 == 4 ? std::nullopt : std::optional<double>(i));
        const auto series = seriesOf(date(2024, 2, 20), values);
        const auto weekly = tend::rollingMean(series, 7, 4);
        // Days 3..9: 3, (4 missing), 5, 6, 7, 8, (9 missing) -> mean of 3, 5, 6, 7, 8.
        QCOMPARE(weekly.values[9], std::optional<double>((3 + 5 + 6 + 7 + 8) / 5.0));
        QVERIFY(!weekly.values[2].has_value()); // only 0, 1, 2 so far
        QCOMPARE(weekly.values[3], std::optional<double>(1.5));
        const auto monthly = tend::rollingMean(series, 28, 20);
        QVERIFY(!monthly.values[22].has_value()); // 19 present values in 23 days
        QVERIFY(monthly.values[23].has_value());  // 20 in 24 days
    }

    void rollingMeanRejectsAnEmptyWindow() {
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, static_cast<void>(tend::rollingMean(
                                                            seriesOf(date(2026, 1, 1), {1.0}), 0, 1)));
    }
};

QTEST_GUILESS_MAIN(TestDailySeries)
#include "tst_dailyseries.moc"
