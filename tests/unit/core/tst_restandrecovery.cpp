#include "insights/restandrecovery.h"

#include "insightstesthelpers.h"

#include <QTest>

using namespace boost::gregorian;
using insightstest::checkinOn;

namespace {

tend::Checkin restOn(date day) {
    return checkinOn(day, {}, true);
}

} // namespace

class TestRestAndRecovery final : public QObject {
    Q_OBJECT

private slots:
    void noRestRecorded() {
        const date today(2026, 4, 1);
        QVERIFY(!tend::realRest({checkinOn(today, {{"mood", 2}})}, today).has_value());
        QVERIFY(!tend::realRest({}, today).has_value());
        QVERIFY(!tend::mostRecentRestRun({checkinOn(today, {{"mood", 2}})}, today).has_value());
    }

    void daysSinceTheLastRestDay() {
        const date today(2026, 4, 1);
        // Rest on Mar 20 and Mar 27, one planned after today (ignored): 5 days since Mar 27.
        const auto rest =
            tend::realRest({restOn(date(2026, 3, 20)), restOn(date(2026, 3, 27)),
                            checkinOn(date(2026, 3, 30), {{"mood", 1}}), restOn(date(2026, 4, 3))},
                           today);
        QVERIFY(rest.has_value());
        QCOMPARE(rest->lastRestDay, date(2026, 3, 27));
        QCOMPARE(rest->daysSince, 5);
        // A rest day today is zero days ago.
        QCOMPARE(tend::realRest({restOn(today)}, today)->daysSince, 0);
    }

    void afterEightWeeksAwayOnlyCheckedInWorkingDaysCount() {
        // Rest on 9 January, then no check-in for eight weeks, then three working days. 58 calendar days
        // have passed (22 left in January, 28 in February, 8 in March), but the worker told Tend about
        // 3 working days; the weeks without a check-in are not read as work.
        const date today(2026, 3, 8);
        const auto rest = tend::realRest(
            {restOn(date(2026, 1, 9)), checkinOn(date(2026, 3, 6), {{"mood", 2}}),
             checkinOn(date(2026, 3, 7), {{"mood", 3}}), checkinOn(date(2026, 3, 8), {{"exhaustion", 1}})},
            today);
        QCOMPARE(rest->daysSince, 58);
        QCOMPARE(rest->workingDaysSince, 3);
    }

    void workingDaysAreNonEmptyCheckinsNotMarkedAsRest() {
        const date today(2026, 4, 10);
        auto noteOnly = checkinOn(date(2026, 4, 8), {});
        noteOnly.note = "long shift";
        auto tickedOnly = checkinOn(date(2026, 4, 9), {});
        tickedOnly.selfCareDone = {3};
        // Before the rest day, an empty check-in, and one after today: none counts. The note and the tick
        // are things the worker entered on a working day: they count.
        const auto rest = tend::realRest({checkinOn(date(2026, 4, 1), {{"mood", 2}}),
                                          restOn(date(2026, 4, 2)), checkinOn(date(2026, 4, 5), {}), noteOnly,
                                          tickedOnly, checkinOn(date(2026, 4, 10), {{"mood", 1}}),
                                          checkinOn(date(2026, 4, 11), {{"mood", 1}})},
                                         today);
        QCOMPARE(rest->lastRestDay, date(2026, 4, 2));
        QCOMPARE(rest->daysSince, 8);
        QCOMPARE(rest->workingDaysSince, 3);
        QCOMPARE(tend::realRest({checkinOn(date(2026, 4, 9), {{"mood", 1}}), restOn(today)}, today)
                     ->workingDaysSince,
                 0);
    }

    void daysSinceRestAcrossTheYearBoundary() {
        // Dec 28 to Jan 5: 4 days left in December plus 5 in January = 8.
        const auto rest = tend::realRest({restOn(date(2025, 12, 28))}, date(2026, 1, 5));
        QCOMPARE(rest->daysSince, 8);
    }

    void theMostRecentFinishedRun() {
        const date today(2026, 1, 5);
        // Runs: Dec 20-21 and Dec 30 - Jan 1 (across the new year); Jan 3 is a working day.
        const std::vector<tend::Checkin> checkins{
            restOn(date(2025, 12, 20)), restOn(date(2025, 12, 21)),
            restOn(date(2025, 12, 30)), restOn(date(2025, 12, 31)),
            restOn(date(2026, 1, 1)),   checkinOn(date(2026, 1, 3), {{"mood", 3}})};
        const auto run = tend::mostRecentRestRun(checkins, today);
        QVERIFY(run.has_value());
        QCOMPARE(run->first, date(2025, 12, 30));
        QCOMPARE(run->last, date(2026, 1, 1));
    }

    void aRunGoingOnTodayHasNotEnded() {
        const date today(2026, 1, 5);
        // Jan 4-5 is still going on, so the run before it (Dec 31) is the one to look at.
        const auto run = tend::mostRecentRestRun(
            {restOn(date(2025, 12, 31)), restOn(date(2026, 1, 4)), restOn(today)}, today);
        QVERIFY(run.has_value());
        QCOMPARE(run->first, date(2025, 12, 31));
        QCOMPARE(run->last, date(2025, 12, 31));
        // A run that ended yesterday counts.
        const auto yesterday =
            tend::mostRecentRestRun({restOn(date(2026, 1, 3)), restOn(date(2026, 1, 4))}, today);
        QCOMPARE(yesterday->first, date(2026, 1, 3));
        QCOMPARE(yesterday->last, date(2026, 1, 4));
    }

    void onlyRunsOfTheLastFourWeeks() {
        const date today(2026, 3, 1);
        // Ended exactly 28 days ago: still counts. 29 days ago: too long ago.
        QVERIFY(tend::mostRecentRestRun({restOn(today - days(28))}, today).has_value());
        QVERIFY(!tend::mostRecentRestRun({restOn(today - days(30)), restOn(today - days(29))}, today)
                     .has_value());
    }

    void recoveryComparesTheWeekBeforeWithTheDaysAfter() {
        const date today(2026, 1, 5);
        const tend::RestRun run{date(2025, 12, 30), date(2026, 1, 1)};
        // Before: Dec 23..29 holds 80 (Dec 23) and 60 (Dec 29): 70. Dec 22 is too early.
        // After: Jan 2..5 (up to today) holds 40 and 20: 30. Days inside the run do not count.
        const auto series = insightstest::sparseSeries(date(2025, 12, 1), today,
                                                       {{date(2025, 12, 22), 0.0},
                                                        {date(2025, 12, 23), 80.0},
                                                        {date(2025, 12, 29), 60.0},
                                                        {date(2025, 12, 31), 0.0},
                                                        {date(2026, 1, 2), 40.0},
                                                        {date(2026, 1, 5), 20.0}});
        const auto strain = tend::recoveryAfterRest(series, run, today, tend::Polarity::HigherIsWorse);
        QVERIFY(strain.has_value());
        QCOMPARE(strain->before, 70.0);
        QCOMPARE(strain->after, 30.0);
        QCOMPARE(strain->improvement, 40.0); // strain fell by 40: better
        QCOMPARE(strain->daysBefore, 2);
        QCOMPARE(strain->daysAfter, 2);
        QCOMPARE(strain->run.first, run.first);
        // For a higher-is-better series the same fall is a worsening.
        QCOMPARE(tend::recoveryAfterRest(series, run, today, tend::Polarity::HigherIsBetter)->improvement,
                 -40.0);
    }

    void recoveryLooksAtMostSevenDaysAfter() {
        const date today(2026, 2, 1);
        const tend::RestRun run{date(2026, 1, 10), date(2026, 1, 10)};
        // After: Jan 11..17 only (10 and 30 -> 20); Jan 18 is the eighth day after and does not count.
        const auto series = insightstest::sparseSeries(date(2026, 1, 1), today,
                                                       {{date(2026, 1, 3), 50.0},
                                                        {date(2026, 1, 9), 50.0},
                                                        {date(2026, 1, 11), 10.0},
                                                        {date(2026, 1, 17), 30.0},
                                                        {date(2026, 1, 18), 100.0}});
        const auto recovery = tend::recoveryAfterRest(series, run, today, tend::Polarity::HigherIsBetter);
        QCOMPARE(recovery->after, 20.0);
        QCOMPARE(recovery->improvement, -30.0);
    }

    void recoveryNeedsTwoValuesEachSide() {
        const date today(2026, 1, 20);
        const tend::RestRun run{date(2026, 1, 10), date(2026, 1, 11)};
        auto series = insightstest::sparseSeries(
            date(2026, 1, 1), today,
            {{date(2026, 1, 5), 50.0}, {date(2026, 1, 9), 50.0}, {date(2026, 1, 14), 10.0}});
        QVERIFY(!tend::recoveryAfterRest(series, run, today, tend::Polarity::HigherIsWorse).has_value());
        series.values[static_cast<std::size_t>((date(2026, 1, 15) - series.first).days())] = 20.0;
        QVERIFY(tend::recoveryAfterRest(series, run, today, tend::Polarity::HigherIsWorse).has_value());
        series.values[static_cast<std::size_t>((date(2026, 1, 5) - series.first).days())].reset();
        QVERIFY(!tend::recoveryAfterRest(series, run, today, tend::Polarity::HigherIsWorse).has_value());
    }
};

QTEST_GUILESS_MAIN(TestRestAndRecovery)
#include "tst_restandrecovery.moc"
