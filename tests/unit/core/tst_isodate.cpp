#include "time/isodate.h"

#include <QTest>

using namespace boost::gregorian;
using namespace boost::posix_time;

class TestIsoDate final : public QObject {
    Q_OBJECT

private slots:
    void roundTripsDates() {
        for (const date d : {date(2024, 2, 29), date(2026, 12, 31), date(2027, 1, 1), date(1999, 3, 9)}) {
            const auto text = tend::toIsoDate(d);
            QCOMPARE(tend::parseIsoDate(text), std::optional<date>(d));
        }
        QCOMPARE(QString::fromStdString(tend::toIsoDate(date(2026, 3, 7))), QStringLiteral("2026-03-07"));
    }

    void rejectsImpossibleDates_data() {
        QTest::addColumn<QString>("text");
        QTest::newRow("no leap day in 2026") << "2026-02-29";
        QTest::newRow("thirtieth of february") << "2024-02-30";
        QTest::newRow("month 13") << "2026-13-01";
        QTest::newRow("day zero") << "2026-01-00";
        QTest::newRow("short") << "2026-1-1";
        QTest::newRow("signs") << "+026-01-01";
        QTest::newRow("trailing") << "2026-01-01x";
        QTest::newRow("empty") << "";
    }
    void rejectsImpossibleDates() {
        QFETCH(QString, text);
        QVERIFY(!tend::parseIsoDate(text.toStdString()).has_value());
    }

    void roundTripsTimes() {
        const ptime t(date(2026, 10, 25), hours(2) + minutes(30) + seconds(5));
        QCOMPARE(QString::fromStdString(tend::toIsoDateTime(t)), QStringLiteral("2026-10-25T02:30:05"));
        QCOMPARE(tend::parseIsoDateTime("2026-10-25T02:30:05"), std::optional<ptime>(t));
        QVERIFY(!tend::parseIsoDateTime("2026-10-25T24:00:00").has_value());
        QVERIFY(!tend::parseIsoDateTime("2026-10-25 02:30:05").has_value());
    }

    void dayArithmeticCrossesMonthAndYearEnds() {
        QCOMPARE(date(2024, 2, 28) + days(1), date(2024, 2, 29));
        QCOMPARE(date(2025, 2, 28) + days(1), date(2025, 3, 1));
        QCOMPARE(date(2026, 12, 31) + days(1), date(2027, 1, 1));
        QCOMPARE((date(2025, 3, 1) - date(2024, 3, 1)).days(), 365L);
        QCOMPARE((date(2024, 3, 1) - date(2023, 3, 1)).days(), 366L);
    }
};

QTEST_GUILESS_MAIN(TestIsoDate)
#include "tst_isodate.moc"
