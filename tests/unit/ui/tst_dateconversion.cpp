#include "common/dateconversion.h"
#include "common/systemclock.h"

#include <QFile>
#include <QTest>

#include <ctime>

using namespace tend::ui;
namespace bg = boost::gregorian;
namespace bpt = boost::posix_time;

namespace {

QDateTime utc(int year, int month, int day, int hour, int minute, int second = 0) {
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second), Qt::UTC);
}

bpt::ptime local(int year, int month, int day, int hour, int minute, int second = 0) {
    return {bg::date(static_cast<unsigned short>(year), static_cast<unsigned short>(month),
                     static_cast<unsigned short>(day)),
            bpt::time_duration(hour, minute, second)};
}

} // namespace

// Check-ins belong to the local calendar day the worker lived, so the conversion from an instant to local
// wall-clock time must follow DST and time-zone changes exactly.
class TestDateConversion final : public QObject {
    Q_OBJECT

private:
    QByteArray m_savedTz;
    bool m_hadTz = false;

    // Switches the process to `zone` the way a device does when the worker travels.
    static void useTimeZone(const char* zone) {
        qputenv("TZ", zone);
        tzset();
    }

private slots:
    void initTestCase() {
        m_hadTz = qEnvironmentVariableIsSet("TZ");
        m_savedTz = qgetenv("TZ");
        // Without tzdata the zone names below silently fall back to UTC and the DST tests would test
        // nothing; that must be a failure, not a skip.
        for (const char* zone : {"Europe/Berlin", "Pacific/Auckland", "America/Los_Angeles"})
            QVERIFY2(QFile::exists(QStringLiteral("/usr/share/zoneinfo/") + QLatin1String(zone)),
                     qPrintable(QStringLiteral("tzdata is missing: /usr/share/zoneinfo/%1 not found; install "
                                               "the tzdata package")
                                    .arg(QLatin1String(zone))));
    }

    void cleanup() {
        if (m_hadTz)
            qputenv("TZ", m_savedTz);
        else
            qunsetenv("TZ");
        tzset();
    }

    void toQDateRoundTrips_data() {
        QTest::addColumn<QDate>("date");
        QTest::newRow("leap day") << QDate(2028, 2, 29);
        QTest::newRow("leap day 2000") << QDate(2000, 2, 29);
        QTest::newRow("new year's eve") << QDate(2026, 12, 31);
        QTest::newRow("new year's day") << QDate(2027, 1, 1);
        QTest::newRow("ordinary") << QDate(2026, 11, 27);
        QTest::newRow("boost minimum") << QDate(1400, 1, 1);
        QTest::newRow("boost maximum") << QDate(9999, 12, 31);
    }

    void toQDateRoundTrips() {
        QFETCH(QDate, date);
        const bg::date boost = toBoostDate(date);
        QCOMPARE(int(boost.year()), date.year());
        QCOMPARE(int(boost.month()), date.month());
        QCOMPARE(int(boost.day()), date.day());
        QCOMPARE(toQDate(boost), date);
    }

    void boostDatesRoundTrip() {
        const bg::date leap(2024, 2, 29);
        QCOMPARE(toQDate(leap), QDate(2024, 2, 29));
        QCOMPARE(toBoostDate(toQDate(leap)), leap);
        // The day after a year's last day is the next year's first day on both sides.
        const bg::date lastDay(2026, 12, 31);
        QCOMPARE(toQDate(lastDay + bg::days(1)), QDate(2027, 1, 1));
        QCOMPARE(toBoostDate(QDate(2026, 12, 31).addDays(1)), bg::date(2027, 1, 1));
    }

    void invalidDatesStayInvalid() {
        QVERIFY(toBoostDate(QDate()).is_not_a_date());
        QVERIFY(!toQDate(bg::date(boost::date_time::not_a_date_time)).isValid());
        QVERIFY(!toQDate(bg::date()).isValid()); // a default boost date is not_a_date_time
    }

    void utcZoneIsIdentity() {
        useTimeZone("UTC");
        QCOMPARE(toLocalPtime(utc(2026, 11, 27, 18, 30, 15)), local(2026, 11, 27, 18, 30, 15));
    }

    void springForwardInBerlin() {
        useTimeZone("Europe/Berlin");
        // 2026-03-29: at 01:00 UTC the clocks jump from 02:00 CET to 03:00 CEST.
        QCOMPARE(toLocalPtime(utc(2026, 3, 29, 0, 30)), local(2026, 3, 29, 1, 30));
        QCOMPARE(toLocalPtime(utc(2026, 3, 29, 0, 59, 59)), local(2026, 3, 29, 1, 59, 59));
        QCOMPARE(toLocalPtime(utc(2026, 3, 29, 1, 0)), local(2026, 3, 29, 3, 0));
        QCOMPARE(toLocalPtime(utc(2026, 3, 29, 1, 30)), local(2026, 3, 29, 3, 30));
    }

    void fallBackInBerlin() {
        useTimeZone("Europe/Berlin");
        // 2026-10-25: at 01:00 UTC the clocks go back from 03:00 CEST to 02:00 CET, so 02:30 happens twice.
        const auto first = toLocalPtime(utc(2026, 10, 25, 0, 30));
        const auto second = toLocalPtime(utc(2026, 10, 25, 1, 30));
        QCOMPARE(first, local(2026, 10, 25, 2, 30));
        QCOMPARE(second, local(2026, 10, 25, 2, 30));
        // Both belong to the same day: the repeated hour must not move anything to another date.
        QCOMPARE(first.date(), second.date());
        QCOMPARE(toLocalPtime(utc(2026, 10, 25, 2, 0)), local(2026, 10, 25, 3, 0));
    }

    void localMidnightRollsTheDateOver() {
        useTimeZone("Europe/Berlin");
        // Winter: Berlin is UTC+1, so local midnight is 23:00 UTC the day before.
        const auto before = toLocalPtime(utc(2026, 1, 15, 22, 59, 59));
        const auto after = toLocalPtime(utc(2026, 1, 15, 23, 0, 0));
        QCOMPARE(before, local(2026, 1, 15, 23, 59, 59));
        QCOMPARE(after, local(2026, 1, 16, 0, 0, 0));
        QVERIFY(before.date() != after.date());
        // New year's eve crosses the year boundary the same way.
        QCOMPARE(toLocalPtime(utc(2026, 12, 31, 23, 0)).date(), bg::date(2027, 1, 1));
    }

    void travelChangesTheLocalDate() {
        // One instant, two workers half a world apart: each gets their own calendar day.
        const QDateTime instant = utc(2026, 6, 15, 20, 0);

        useTimeZone("Pacific/Auckland"); // NZST, UTC+12 in June
        const auto auckland = toLocalPtime(instant);
        useTimeZone("America/Los_Angeles"); // PDT, UTC-7 in June
        const auto losAngeles = toLocalPtime(instant);

        QCOMPARE(auckland, local(2026, 6, 16, 8, 0));
        QCOMPARE(losAngeles, local(2026, 6, 15, 13, 0));
        QVERIFY(auckland.date() != losAngeles.date());
    }

    void theSameInstantFromEpochMilliseconds() {
        useTimeZone("Europe/Berlin");
        // 2026-03-29T01:30:00Z, given as epoch milliseconds as a platform clock would.
        const QDateTime instant =
            QDateTime::fromMSecsSinceEpoch(utc(2026, 3, 29, 1, 30).toMSecsSinceEpoch(), Qt::UTC);
        QCOMPARE(toLocalPtime(instant), local(2026, 3, 29, 3, 30));
    }

    void toQDateTimeKeepsTheWallClock() {
        useTimeZone("Europe/Berlin");
        const QDateTime converted = toQDateTime(local(2026, 11, 27, 18, 30, 5));
        QCOMPARE(converted.date(), QDate(2026, 11, 27));
        QCOMPARE(converted.time(), QTime(18, 30, 5));
        QCOMPARE(converted.timeSpec(), Qt::LocalTime);
        QCOMPARE(toLocalPtime(converted), local(2026, 11, 27, 18, 30, 5));
    }

    void systemClockAgreesWithQt() {
        const SystemClock clock;
        // Around midnight the two reads may straddle the date change; a second try then settles it.
        for (int attempt = 0; attempt < 3; ++attempt) {
            const QDate before = QDate::currentDate();
            const QDate today = toQDate(clock.today());
            const QDate after = QDate::currentDate();
            if (before != after)
                continue;
            QCOMPARE(today, before);
            return;
        }
        QFAIL("the date kept changing while reading the clock");
    }

    void systemClockFollowsATimeZoneChange() {
        // The device clock reads the zone each time, so a worker who lands in another zone gets its day.
        const SystemClock clock;
        useTimeZone("Pacific/Auckland");
        const QDateTime auckland = QDateTime::currentDateTime();
        const auto aucklandNow = clock.nowLocal();
        useTimeZone("America/Los_Angeles");
        const QDateTime losAngeles = QDateTime::currentDateTime();
        const auto losAngelesNow = clock.nowLocal();
        // Auckland is 19 to 21 hours ahead of Los Angeles depending on both DST rules.
        const auto difference = aucklandNow - losAngelesNow;
        QVERIFY2(difference >= bpt::hours(18) && difference <= bpt::hours(22),
                 qPrintable(QStringLiteral("%1 s").arg(difference.total_seconds())));
        QVERIFY(auckland.secsTo(losAngeles) < 60);
    }
};

QTEST_GUILESS_MAIN(TestDateConversion)
#include "tst_dateconversion.moc"
