#include "insights/indexseries.h"

#include "insightstesthelpers.h"

#include <QTest>

#include <cstdlib>
#include <ctime>

using namespace boost::gregorian;
using namespace boost::posix_time;
using insightstest::checkinOn;
using insightstest::momentAt;
using insightstest::shippedTracked;
using tend::IndexId;

namespace {

// STS with two intrusion items, one arousal item and a numbing item asked the other way round
// ("connected": higher is better), so cluster weighting and turning can be seen separately.
tend::CheckinDefinition clusterDefinition() {
    return tend::parseCheckinDefinition(R"({
        "format": "tend.checkin-definition", "version": 1,
        "items": [
            {"id": "replay", "name": "replay", "text": "Replay?", "group": "sts_intrusion", "kind": "rating",
             "scale": {"min": 0, "max": 4, "labels": ["a", "b", "c", "d", "e"]}, "polarity": "higher_is_worse"},
            {"id": "dreams", "name": "dreams", "text": "Dreams?", "group": "sts_intrusion", "kind": "rating",
             "scale": {"min": 0, "max": 4, "labels": ["a", "b", "c", "d", "e"]}, "polarity": "higher_is_worse"},
            {"id": "jumpy", "name": "jumpy", "text": "Jumpy?", "group": "sts_arousal", "kind": "rating",
             "scale": {"min": 0, "max": 4, "labels": ["a", "b", "c", "d", "e"]}, "polarity": "higher_is_worse"},
            {"id": "connected", "name": "connected", "text": "Connected?", "group": "sts_numbing", "kind": "rating",
             "scale": {"min": 1, "max": 5, "labels": ["a", "b", "c", "d", "e"]}, "polarity": "higher_is_better"}
        ]
    })");
}

const std::set<std::string> clusterItems{"replay", "dreams", "jumpy", "connected"};

std::optional<double> onlyValue(const tend::DailySeries& series) {
    if (series.values.size() != 1)
        qFatal("expected a one-day series");
    return series.values.front();
}

std::optional<double> valueOn(IndexId id, const tend::Checkin& checkin,
                              const std::vector<tend::HardMoment>& moments = {},
                              const std::set<std::string>& tracked = shippedTracked) {
    return onlyValue(tend::indexSeries(id, insightstest::shippedDefinition(), tracked, {checkin}, moments,
                                       checkin.date, checkin.date));
}

} // namespace

class TestIndexSeries final : public QObject {
    Q_OBJECT

private slots:
    void stsWeighsClustersAlike() {
        const date day(2026, 5, 4);
        // Intrusion: replay 4 -> 100, dreams 0 -> 0, cluster mean 50. Arousal: jumpy 1 -> 25.
        // STS = (50 + 25) / 2 = 37.5 (the plain item mean would be 125 / 3 = 41.67).
        auto series =
            tend::indexSeries(IndexId::StsLoad, clusterDefinition(), clusterItems,
                              {checkinOn(day, {{"replay", 4}, {"dreams", 0}, {"jumpy", 1}})}, {}, day, day);
        QCOMPARE(onlyValue(series), std::optional<double>(37.5));
        // Numbing "connected" 4 on 1-5 -> 75, turned -> 25. STS = (50 + 25 + 25) / 3 = 33.33.
        series = tend::indexSeries(
            IndexId::StsLoad, clusterDefinition(), clusterItems,
            {checkinOn(day, {{"replay", 4}, {"dreams", 0}, {"jumpy", 1}, {"connected", 4}})}, {}, day, day);
        QCOMPARE(*onlyValue(series), 100.0 / 3.0);
    }

    void stsFromTheShippedItems() {
        // intrusion 4 -> 100, avoidance skipped, on_edge 2 -> 50, numb 0 -> 0: (100 + 50 + 0) / 3 = 50.
        QCOMPARE(valueOn(IndexId::StsLoad,
                         checkinOn(date(2026, 5, 4), {{"intrusion", 4}, {"on_edge", 2}, {"numb", 0}})),
                 std::optional<double>(50.0));
    }

    // "Steering away" was one question before it was split in two; answers to the retired question still
    // count for its cluster on the days they were given.
    void answersToARetiredQuestionKeepTheirPlace() {
        const date before(2026, 3, 2);
        // intrusion 2 -> 50, retired avoidance 4 -> 100: (50 + 100) / 2 = 75.
        QCOMPARE(valueOn(IndexId::StsLoad, checkinOn(before, {{"intrusion", 2}, {"avoidance", 4}})),
                 std::optional<double>(75.0));
        // After the split: intrusion 2 -> 50, avoidance cluster (100 + 0) / 2 = 50: 50.
        const date after(2026, 5, 4);
        QCOMPARE(
            valueOn(IndexId::StsLoad,
                    checkinOn(after, {{"intrusion", 2}, {"avoid_reminders", 4}, {"avoid_work_tasks", 0}})),
            std::optional<double>(50.0));
    }

    void stsNeedsAnswersInTwoClusters() {
        const date day(2026, 5, 4);
        // "A lot" (4) on intrusion with everything else skipped: one cluster of four is no reading of
        // secondary stress, so the day has no value rather than 100.
        QVERIFY(!valueOn(IndexId::StsLoad, checkinOn(day, {{"intrusion", 4}})).has_value());
        // Two answers within one cluster are still one cluster.
        QVERIFY(!onlyValue(tend::indexSeries(IndexId::StsLoad, clusterDefinition(), clusterItems,
                                             {checkinOn(day, {{"replay", 4}, {"dreams", 4}})}, {}, day, day))
                     .has_value());
        // Avoidance 0 beside it makes two clusters: (100 + 0) / 2 = 50.
        QCOMPARE(valueOn(IndexId::StsLoad, checkinOn(day, {{"intrusion", 4}, {"avoid_reminders", 0}})),
                 std::optional<double>(50.0));
        // The other indices still read one answer: their questions are not clusters of one thing.
        QCOMPARE(valueOn(IndexId::Burnout, checkinOn(day, {{"exhaustion", 4}})),
                 std::optional<double>(100.0));
    }

    void otherIndicesAverageTheirAnsweredItems() {
        const date day(2026, 5, 4);
        // mood 3 -> 75, energy 1 -> 25, sleep skipped: 50.
        QCOMPARE(valueOn(IndexId::Wellbeing, checkinOn(day, {{"mood", 3}, {"energy", 1}})),
                 std::optional<double>(50.0));
        // exhaustion 2 -> 50, distance 4 -> 100: 75.
        QCOMPARE(valueOn(IndexId::Burnout, checkinOn(day, {{"exhaustion", 2}, {"distance", 4}})),
                 std::optional<double>(75.0));
        // made_difference 4 -> 100, supported 1 -> 25: 62.5.
        QCOMPARE(valueOn(IndexId::CompassionSatisfaction,
                         checkinOn(day, {{"made_difference", 4}, {"supported", 1}})),
                 std::optional<double>(62.5));
        // distressing_material 0 -> 0 (0-2), hard_cases 15 -> 50 (0-30): 25.
        QCOMPARE(
            valueOn(IndexId::ExposureLoad, checkinOn(day, {{"distressing_material", 0}, {"hard_cases", 15}})),
            std::optional<double>(25.0));
    }

    void untrackedItemsAreIgnored() {
        const date day(2026, 5, 4);
        auto tracked = shippedTracked;
        tracked.erase("mood");
        // mood untracked: only energy 1 -> 25 counts.
        QCOMPARE(valueOn(IndexId::Wellbeing, checkinOn(day, {{"mood", 4}, {"energy", 1}}), {}, tracked),
                 std::optional<double>(25.0));
        // Only an untracked item answered: no value at all.
        QVERIFY(!valueOn(IndexId::Wellbeing, checkinOn(day, {{"mood", 4}}), {}, tracked).has_value());
        tracked.erase("intrusion");
        // intrusion untracked: the other clusters on_edge 4 -> 100 and numb 2 -> 50 give 75.
        QCOMPARE(valueOn(IndexId::StsLoad, checkinOn(day, {{"intrusion", 0}, {"on_edge", 4}, {"numb", 2}}),
                         {}, tracked),
                 std::optional<double>(75.0));
    }

    void aDayWithEverythingSkippedHasNoValue() {
        const date day(2026, 5, 4);
        auto noted = checkinOn(day, {});
        noted.note = "only a note";
        noted.restDay = true;
        for (const auto id : tend::allIndices)
            QVERIFY(!valueOn(id, noted).has_value());
        // Answers from other groups say nothing about this index.
        QVERIFY(!valueOn(IndexId::Burnout, checkinOn(day, {{"mood", 0}})).has_value());
    }

    void daysWithoutACheckinStayEmpty() {
        const date first(2026, 5, 1);
        const auto series =
            tend::indexSeries(IndexId::Wellbeing, insightstest::shippedDefinition(), shippedTracked,
                              {checkinOn(first, {{"mood", 2}}), checkinOn(first + days(3), {{"mood", 0}}),
                               checkinOn(first + days(9), {{"mood", 4}})},
                              {}, first, first + days(4));
        QCOMPARE(series.first, first);
        QCOMPARE(series.values.size(), std::size_t(5));
        QCOMPARE(series.values[0], std::optional<double>(50.0));
        QVERIFY(!series.values[1] && !series.values[2] && !series.values[4]);
        // A zero answer is a value, not a gap.
        QCOMPARE(series.values[3], std::optional<double>(0.0));
    }

    void exposureTakesTheLargerOfCheckinAndMoments() {
        const date day(2026, 5, 4);
        // Check-in "some" -> 50; one very hard moment -> 75: 75.
        QCOMPARE(valueOn(IndexId::ExposureLoad, checkinOn(day, {{"distressing_material", 1}}),
                         {momentAt(ptime(day, hours(10)), 3)}),
                 std::optional<double>(75.0));
        // Check-in "a lot" -> 100; one small moment -> 25: 100.
        QCOMPARE(valueOn(IndexId::ExposureLoad, checkinOn(day, {{"distressing_material", 2}}),
                         {momentAt(ptime(day, hours(10)), 1)}),
                 std::optional<double>(100.0));
        // Moments on a day whose check-in skipped exposure: 25 + 50 = 75.
        QCOMPARE(valueOn(IndexId::ExposureLoad, checkinOn(day, {{"mood", 2}}),
                         {momentAt(ptime(day, hours(9)), 1), momentAt(ptime(day, hours(15)), 2)}),
                 std::optional<double>(75.0));
    }

    void exposureFromMomentsAloneOnADayWithoutACheckin() {
        const date first(2026, 5, 1);
        const auto series = tend::indexSeries(
            IndexId::ExposureLoad, insightstest::shippedDefinition(), {}, {},
            {momentAt(ptime(first + days(1), hours(23) + minutes(59)), 2)}, first, first + days(2));
        QVERIFY(!series.values[0]);
        QCOMPARE(series.values[1], std::optional<double>(50.0));
        QVERIFY(!series.values[2]);
        // Moments never feed the other indices.
        const auto wellbeing =
            tend::indexSeries(IndexId::Wellbeing, insightstest::shippedDefinition(), shippedTracked, {},
                              {momentAt(ptime(first, hours(9)), 3)}, first, first);
        QVERIFY(!wellbeing.values[0]);
    }

    void aMomentOnADstChangeCountsForItsLocalDate() {
        // Times are local wall-clock times; 02:30 on the spring-forward day (which does not exist in Berlin)
        // and on the fall-back day (which happens twice) still belong to that date, whatever the zone.
        const QByteArray savedTz = qgetenv("TZ");
        qputenv("TZ", "Europe/Berlin");
        tzset();
        const date springForward(2026, 3, 29);
        const date fallBack(2026, 10, 25);
        const auto definition = insightstest::shippedDefinition();
        const auto spring = tend::indexSeries(IndexId::ExposureLoad, definition, shippedTracked, {},
                                              {momentAt(ptime(springForward, hours(2) + minutes(30)), 3)},
                                              springForward - days(1), springForward + days(1));
        const auto autumn = tend::indexSeries(IndexId::ExposureLoad, definition, shippedTracked, {},
                                              {momentAt(ptime(fallBack, hours(2) + minutes(30)), 1)},
                                              fallBack - days(1), fallBack + days(1));
        qputenv("TZ", savedTz);
        tzset();
        QVERIFY(!spring.values[0] && !spring.values[2]);
        QCOMPARE(spring.values[1], std::optional<double>(75.0));
        QVERIFY(!autumn.values[0] && !autumn.values[2]);
        QCOMPARE(autumn.values[1], std::optional<double>(25.0));
    }

    void exposureAgreesWithGroupSeriesForTheShippedDefinition() {
        const auto definition = insightstest::shippedDefinition();
        const date first(2025, 12, 28);
        std::vector<tend::Checkin> checkins;
        std::vector<tend::HardMoment> moments;
        for (int i = 0; i < 9; ++i) {
            const auto day = first + days(i);
            if (i % 3 != 2)
                checkins.push_back(checkinOn(day, {{"distressing_material", i % 3}, {"hard_cases", i * 3}}));
            if (i % 2 == 0)
                moments.push_back(momentAt(ptime(day, hours(12)), 1 + i % 3));
        }
        const auto last = first + days(8);
        const auto ours = tend::indexSeries(IndexId::ExposureLoad, definition, shippedTracked, checkins,
                                            moments, first, last);
        const auto group = tend::groupSeries(checkins, moments, definition, tend::ItemGroup::Exposure,
                                             shippedTracked, first, last);
        QCOMPARE(ours.values.size(), std::size_t(9));
        QVERIFY(ours.values == group.values);
        QCOMPARE(ours.countPresent(), std::size_t(9) - 1); // i = 5: no check-in and no moment
    }

    void aReversedRangeIsEmpty() {
        const auto series = tend::indexSeries(IndexId::Wellbeing, insightstest::shippedDefinition(),
                                              shippedTracked, {checkinOn(date(2026, 1, 2), {{"mood", 1}})},
                                              {}, date(2026, 1, 3), date(2026, 1, 1));
        QVERIFY(series.values.empty());
    }
};

QTEST_GUILESS_MAIN(TestIndexSeries)
#include "tst_indexseries.moc"
