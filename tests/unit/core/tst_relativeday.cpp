#include "time/relativeday.h"

#include <QTest>

using boost::gregorian::date;
using tend::RelativeDay;

class TestRelativeDay final : public QObject {
    Q_OBJECT

private slots:
    void namesTodayAndYesterday() {
        const date today(2026, 11, 27);
        QVERIFY(tend::relativeDay(today, today) == RelativeDay::Today);
        QVERIFY(tend::relativeDay(date(2026, 11, 26), today) == RelativeDay::Yesterday);
        QVERIFY(tend::relativeDay(date(2026, 11, 25), today) == RelativeDay::Earlier);
        QVERIFY(tend::relativeDay(date(2026, 11, 28), today) == RelativeDay::Future);
    }

    void yesterdayCrossesMonthYearAndLeapDay() {
        QVERIFY(tend::relativeDay(date(2026, 12, 31), date(2027, 1, 1)) == RelativeDay::Yesterday);
        QVERIFY(tend::relativeDay(date(2024, 2, 29), date(2024, 3, 1)) == RelativeDay::Yesterday);
        QVERIFY(tend::relativeDay(date(2025, 2, 28), date(2025, 3, 1)) == RelativeDay::Yesterday);
        QVERIFY(tend::relativeDay(date(2024, 2, 28), date(2024, 3, 1)) == RelativeDay::Earlier);
    }
};

QTEST_GUILESS_MAIN(TestRelativeDay)
#include "tst_relativeday.moc"
