#include "insights/applicableminimum.h"

#include "insightstesthelpers.h"

#include <QTest>

using namespace boost::gregorian;
using tend::NotApplicableDays;

namespace {

const date today(2026, 6, 14);
const date weekStart = today - days(6);

// The week ending today with values on the given days.
tend::DailySeries week(const std::map<date, double>& values) {
    return insightstest::sparseSeries(weekStart, today, values);
}

NotApplicableDays restOn(std::initializer_list<int> ages) {
    NotApplicableDays rest;
    for (const int age : ages)
        rest.insert(today - days(age));
    return rest;
}

} // namespace

class TestApplicableMinimum final : public QObject {
    Q_OBJECT

private slots:
    void everyDayApplying() {
        QCOMPARE(tend::applicableMinimum(3, week({}), weekStart, today, {}), std::optional<std::size_t>(3));
    }

    void restDaysLowerTheMinimumInProportion() {
        const auto series = week({{today, 50.0}, {today - days(1), 50.0}});
        // 2 of 7 days off: 3 x 5 / 7 = 2.14, rounded up to 3.
        QCOMPARE(tend::applicableMinimum(3, series, weekStart, today, restOn({5, 6})),
                 std::optional<std::size_t>(3));
        // 4 off: 3 x 3 / 7 = 1.29 -> 2.
        QCOMPARE(tend::applicableMinimum(3, series, weekStart, today, restOn({3, 4, 5, 6})),
                 std::optional<std::size_t>(2));
        // 5 off: 3 x 2 / 7 = 0.86 -> 1.
        QCOMPARE(tend::applicableMinimum(3, series, weekStart, today, restOn({2, 3, 4, 5, 6})),
                 std::optional<std::size_t>(1));
        // Days outside the window change nothing.
        QCOMPARE(tend::applicableMinimum(3, series, weekStart, today, restOn({7, 8, 30})),
                 std::optional<std::size_t>(3));
    }

    void aRestDayWithAnAnswerStillApplies() {
        // The worker answered on two of the rest days anyway: those are data, so only 3 days are skipped:
        // 3 x 4 / 7 = 1.71 -> 2.
        const auto series = week({{today - days(5), 0.0}, {today - days(6), 50.0}});
        QCOMPARE(tend::applicableMinimum(3, series, weekStart, today, restOn({2, 3, 4, 5, 6})),
                 std::optional<std::size_t>(2));
    }

    void aWeekOfLeaveHasNoMinimum() {
        QVERIFY(!tend::applicableMinimum(3, week({}), weekStart, today, restOn({0, 1, 2, 3, 4, 5, 6})));
        QVERIFY(!tend::applicableMinimum(3, week({}), today, weekStart, {}));
    }
};

QTEST_GUILESS_MAIN(TestApplicableMinimum)
#include "tst_applicableminimum.moc"
