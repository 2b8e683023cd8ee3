#include "assessment/assessmentschedule.h"

#include <QTest>

using namespace boost::gregorian;
using tend::InstrumentPack;

namespace {

InstrumentPack packEvery(int days) {
    InstrumentPack pack;
    pack.id = "placeholder";
    pack.everyDays = days;
    return pack;
}

} // namespace

class TestAssessmentSchedule final : public QObject {
    Q_OBJECT

private slots:
    void isDueTodayWhenNeverTaken() {
        const auto due = tend::assessmentDue(packEvery(30), std::nullopt, date(2026, 3, 10));
        QVERIFY(due.due);
        QCOMPARE(due.dueOn, date(2026, 3, 10));
        QCOMPARE(due.daysUntilDue, 0);
    }

    void waitsOnePeriodAfterTheLastResult() {
        const auto pack = packEvery(30);
        const date taken(2026, 3, 1);
        auto due = tend::assessmentDue(pack, taken, date(2026, 3, 1));
        QVERIFY(!due.due);
        QCOMPARE(due.dueOn, date(2026, 3, 31));
        QCOMPARE(due.daysUntilDue, 30);

        due = tend::assessmentDue(pack, taken, date(2026, 3, 10));
        QVERIFY(!due.due);
        QCOMPARE(due.dueOn, date(2026, 3, 31));
        QCOMPARE(due.daysUntilDue, 21);

        due = tend::assessmentDue(pack, taken, date(2026, 3, 30));
        QVERIFY(!due.due);
        QCOMPARE(due.daysUntilDue, 1);

        due = tend::assessmentDue(pack, taken, date(2026, 3, 31));
        QVERIFY(due.due);
        QCOMPARE(due.daysUntilDue, 0);
    }

    // Long after the due date it is simply due: the due date stays put and nothing counts up.
    void staysPlainlyDueWhenLate() {
        const auto due = tend::assessmentDue(packEvery(30), date(2026, 3, 1), date(2026, 6, 15));
        QVERIFY(due.due);
        QCOMPARE(due.dueOn, date(2026, 3, 31));
        QCOMPARE(due.daysUntilDue, 0);
    }

    void countsCalendarDaysAcrossMonthsAndLeapDays() {
        auto due = tend::assessmentDue(packEvery(14), date(2028, 2, 15), date(2028, 2, 20));
        QCOMPARE(due.dueOn, date(2028, 2, 29));
        QCOMPARE(due.daysUntilDue, 9);
        due = tend::assessmentDue(packEvery(30), date(2026, 12, 20), date(2026, 12, 31));
        QCOMPARE(due.dueOn, date(2027, 1, 19));
        QCOMPARE(due.daysUntilDue, 19);
    }

    // A result dated after today (the clock was moved back) counts as taken today, never as a longer wait.
    void treatsAFutureResultAsTakenToday() {
        const auto due = tend::assessmentDue(packEvery(30), date(2026, 3, 20), date(2026, 3, 10));
        QVERIFY(!due.due);
        QCOMPARE(due.dueOn, date(2026, 4, 9));
        QCOMPARE(due.daysUntilDue, 30);
    }
};

QTEST_GUILESS_MAIN(TestAssessmentSchedule)
#include "tst_assessmentschedule.moc"
