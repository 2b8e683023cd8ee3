#include "insights/whathelps.h"

#include "insightstesthelpers.h"

#include <QTest>

using namespace boost::gregorian;

namespace {

const date today(2026, 2, 10);

// Wellbeing by day of February (none on Feb 7).
tend::DailySeries wellbeing() {
    return insightstest::sparseSeries(date(2026, 1, 20), today,
                                      {{date(2026, 2, 1), 0.0},
                                       {date(2026, 2, 2), 70.0},
                                       {date(2026, 2, 3), 50.0},
                                       {date(2026, 2, 4), 80.0},
                                       {date(2026, 2, 5), 40.0},
                                       {date(2026, 2, 6), 60.0},
                                       {date(2026, 2, 8), 30.0},
                                       {date(2026, 2, 9), 90.0},
                                       {date(2026, 2, 10), 100.0}});
}

std::set<date> checkinDays() {
    std::set<date> daysWithCheckin;
    for (auto day = date(2026, 1, 25); day <= today; day += days(1))
        daysWithCheckin.insert(day);
    return daysWithCheckin;
}

} // namespace

class TestWhatHelps final : public QObject {
    Q_OBJECT

private slots:
    void nextDayWellbeingWithAndWithout() {
        // Action 1 joined the plan on Feb 1. Candidate days Feb 1..9 (before today), except Feb 6 whose next
        // day has no wellbeing. Ticked on Feb 1, 3, 8 (and on Jan 31 before it joined, on Feb 6, and today,
        // which do not count). With: next days 70 (Feb 2), 80 (Feb 4), 90 (Feb 9) -> 80. Without: Feb 2 ->
        // 50, Feb 4 -> 40, Feb 5 -> 60, Feb 7 -> 30, Feb 9 -> 100 -> 280 / 5 = 56.
        const tend::SelfcareTicks ticks{{date(2026, 1, 31), {1}},   {date(2026, 2, 1), {1, 2}},
                                        {date(2026, 2, 3), {1}},    {date(2026, 2, 6), {1}},
                                        {date(2026, 2, 8), {1, 2}}, {today, {1}}};
        const auto observations = tend::whatHelps(wellbeing(), checkinDays(), ticks,
                                                  {{1, date(2026, 2, 1)}, {2, date(2026, 2, 1)}}, today);
        // Action 2 has only two days with it: not reported.
        QCOMPARE(observations.size(), std::size_t(1));
        const auto& observation = observations.front();
        QCOMPARE(observation.actionId, std::int64_t(1));
        QCOMPARE(observation.daysWith, 3);
        QCOMPARE(observation.daysWithout, 5);
        QCOMPARE(observation.meanWith, 80.0);
        QCOMPARE(observation.meanWithout, 56.0);
        QCOMPARE(observation.difference, 24.0);
    }

    void onlyDaysWithACheckinCount() {
        // Without a check-in on Feb 5, that day says nothing: without = (50 + 40 + 30 + 100) / 4 = 55.
        auto daysWithCheckin = checkinDays();
        daysWithCheckin.erase(date(2026, 2, 5));
        const tend::SelfcareTicks ticks{
            {date(2026, 2, 1), {1}}, {date(2026, 2, 3), {1}}, {date(2026, 2, 8), {1}}};
        const auto observations =
            tend::whatHelps(wellbeing(), daysWithCheckin, ticks, {{1, date(2026, 2, 1)}}, today);
        QCOMPARE(observations.size(), std::size_t(1));
        QCOMPARE(observations.front().daysWithout, 4);
        QCOMPARE(observations.front().meanWithout, 55.0);
        QCOMPARE(observations.front().difference, 25.0);
    }

    void needsThreeDaysEachWay() {
        // Added Feb 6: candidates Feb 7, 8, 9 only, so never three each way.
        const tend::SelfcareTicks ticks{
            {date(2026, 2, 7), {3}}, {date(2026, 2, 8), {3}}, {date(2026, 2, 9), {3}}};
        QVERIFY(tend::whatHelps(wellbeing(), checkinDays(), ticks, {{3, date(2026, 2, 6)}}, today).empty());
        // Ticked every day: nothing to compare with.
        tend::SelfcareTicks everyDay;
        for (const auto day : checkinDays())
            everyDay[day] = {4};
        QVERIFY(
            tend::whatHelps(wellbeing(), checkinDays(), everyDay, {{4, date(2026, 1, 1)}}, today).empty());
        QVERIFY(tend::whatHelps(wellbeing(), checkinDays(), {}, {}, today).empty());
    }

    void reportsActionsInPlanOrder() {
        const tend::SelfcareTicks ticks{
            {date(2026, 2, 1), {7, 5}}, {date(2026, 2, 3), {7, 5}}, {date(2026, 2, 8), {7, 5}}};
        const auto observations = tend::whatHelps(wellbeing(), checkinDays(), ticks,
                                                  {{7, date(2026, 2, 1)}, {5, date(2026, 2, 1)}}, today);
        QCOMPARE(observations.size(), std::size_t(2));
        QCOMPARE(observations[0].actionId, std::int64_t(7));
        QCOMPARE(observations[1].actionId, std::int64_t(5));
    }
};

QTEST_GUILESS_MAIN(TestWhatHelps)
#include "tst_whathelps.moc"
