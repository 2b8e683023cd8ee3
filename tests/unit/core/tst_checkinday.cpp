#include "time/checkinday.h"
#include "time/clock.h"

#include <boost/date_time/local_time/local_time.hpp>

#include <QTest>

using namespace boost::gregorian;
using boost::posix_time::hours;
using boost::posix_time::minutes;
using boost::posix_time::ptime;
using tend::DayStart;

namespace {

// Central European time as a POSIX rule: summer time from the last Sunday in March at 02:00 to the last
// Sunday in October at 03:00. In 2026 that is 29 March and 25 October. Boost writes the offset east of
// UTC as positive, the other way round from the TZ variable.
boost::local_time::time_zone_ptr berlin() {
    return boost::local_time::time_zone_ptr(
        new boost::local_time::posix_time_zone("CET+1CEST,M3.5.0,M10.5.0/3"));
}

DayStart at(int hour, int minute = 0) {
    return *DayStart::fromMinutes(hour * 60 + minute);
}

ptime utc(int month, int day, int hour, int minute = 0) {
    return ptime(date(2026, month, day), hours(hour) + minutes(minute));
}

ptime wallClock(ptime utcTime) {
    return boost::local_time::local_date_time(utcTime, berlin()).local_time();
}

} // namespace

class TestCheckinDay final : public QObject {
    Q_OBJECT

private slots:
    void dayStartReadsAndWritesHoursAndMinutes() {
        QCOMPARE(DayStart{}.minutes(), 0);
        QCOMPARE(DayStart::parse("06:00")->minutes(), 360);
        QCOMPARE(DayStart::parse("12:00")->minutes(), 720);
        QCOMPARE(DayStart::parse("00:45")->text(), std::string("00:45"));
        QCOMPARE(at(6, 5).text(), std::string("06:05"));
        for (const char* bad : {"12:01", "6:00", "24:00", "06:60", "06-00", "", "06:00 ", "-1:00", "0a:00"})
            QVERIFY2(!DayStart::parse(bad), bad);
        QVERIFY(!DayStart::fromMinutes(-1));
        QVERIFY(!DayStart::fromMinutes(721));
    }

    void midnightIsTheCalendarDay() {
        QCOMPARE(tend::checkinDayOf(ptime(date(2026, 3, 2), hours(23) + minutes(59)), DayStart{}),
                 date(2026, 3, 2));
        QCOMPARE(tend::checkinDayOf(ptime(date(2026, 3, 3), hours(0)), DayStart{}), date(2026, 3, 3));
    }

    void beforeTheDayStartBelongsToTheDayBefore() {
        QCOMPARE(tend::checkinDayOf(ptime(date(2026, 3, 3), hours(5) + minutes(59)), at(6)),
                 date(2026, 3, 2));
        QCOMPARE(tend::checkinDayOf(ptime(date(2026, 3, 3), hours(6)), at(6)), date(2026, 3, 3));
        // Across a month and a year.
        QCOMPARE(tend::checkinDayOf(ptime(date(2027, 1, 1), hours(3)), at(6)), date(2026, 12, 31));
    }

    void aNightShiftLandsOnTheDayItStarted() {
        // A shift from 22:00 on Monday to 07:00 on Tuesday, and the check-in a quarter of an hour after it:
        // with the day starting at 08:00 every half hour of it belongs to Monday.
        const date monday(2026, 3, 2);
        for (auto time = ptime(monday, hours(22)); time <= ptime(monday + days(1), hours(7) + minutes(15));
             time += minutes(30))
            QCOMPARE(tend::checkinDayOf(time, at(8)), monday);
        // A 06:00 start suits a shift that ends before six; the hour after it counts as Tuesday.
        QCOMPARE(tend::checkinDayOf(ptime(monday + days(1), hours(5) + minutes(45)), at(6)), monday);
        QCOMPARE(tend::checkinDayOf(ptime(monday + days(1), hours(6) + minutes(30)), at(6)),
                 monday + days(1));
    }

    void springForwardWithASixOClockStart() {
        const auto zone = berlin();
        // Saturday's day began at 06:00 CET (05:00 UTC), Sunday's at 06:00 CEST (04:00 UTC): 23 hours.
        QCOMPARE(tend::checkinDayBegins(date(2026, 3, 28), zone, at(6)), utc(3, 28, 5));
        QCOMPARE(tend::checkinDayBegins(date(2026, 3, 29), zone, at(6)), utc(3, 29, 4));
        // 01:59 CET, then the clock jumps to 03:00 CEST: all of it is still Saturday.
        QCOMPARE(tend::checkinDayOfInstant(utc(3, 29, 0, 59), zone, at(6)), date(2026, 3, 28));
        QCOMPARE(tend::checkinDayOfInstant(utc(3, 29, 1, 0), zone, at(6)), date(2026, 3, 28));
        QCOMPARE(tend::checkinDayOfInstant(utc(3, 29, 3, 59), zone, at(6)), date(2026, 3, 28));
        QCOMPARE(tend::checkinDayOfInstant(utc(3, 29, 4, 0), zone, at(6)), date(2026, 3, 29));
    }

    void autumnBackWithASixOClockStart() {
        const auto zone = berlin();
        // Saturday's day began at 06:00 CEST (04:00 UTC), Sunday's at 06:00 CET (05:00 UTC): 25 hours.
        QCOMPARE(tend::checkinDayBegins(date(2026, 10, 24), zone, at(6)), utc(10, 24, 4));
        QCOMPARE(tend::checkinDayBegins(date(2026, 10, 25), zone, at(6)), utc(10, 25, 5));
        // 02:30 comes twice (00:30 and 01:30 UTC); both are Saturday's night.
        QCOMPARE(tend::checkinDayOfInstant(utc(10, 25, 0, 30), zone, at(6)), date(2026, 10, 24));
        QCOMPARE(tend::checkinDayOfInstant(utc(10, 25, 1, 30), zone, at(6)), date(2026, 10, 24));
        QCOMPARE(tend::checkinDayOfInstant(utc(10, 25, 4, 59), zone, at(6)), date(2026, 10, 24));
        QCOMPARE(tend::checkinDayOfInstant(utc(10, 25, 5, 0), zone, at(6)), date(2026, 10, 25));
    }

    void wallClockAndInstantAgreeAcrossBothChanges() {
        // With the day starting at 06:00, well clear of the changes at 02:00 and 03:00, reading the wall
        // clock gives the same day as the exact rule for every quarter hour of both weekends.
        const auto zone = berlin();
        for (const auto& [from, to] :
             {std::pair(utc(3, 27, 0), utc(3, 31, 0)), std::pair(utc(10, 23, 0), utc(10, 27, 0))})
            for (auto time = from; time < to; time += minutes(15))
                QCOMPARE(tend::checkinDayOf(wallClock(time), at(6)),
                         tend::checkinDayOfInstant(time, zone, at(6)));
    }

    void nightShiftsAcrossTheClockChangesStayOnOneDay() {
        const auto zone = berlin();
        // Saturday 22:00 CET (21:00 UTC) to Sunday 07:00 CEST (05:00 UTC): eight hours, all Saturday with an
        // 08:00 start.
        for (auto time = utc(3, 28, 21); time <= utc(3, 29, 5); time += minutes(10))
            QCOMPARE(tend::checkinDayOfInstant(time, zone, at(8)), date(2026, 3, 28));
        // Saturday 22:00 CEST (20:00 UTC) to Sunday 07:00 CET (06:00 UTC): ten hours, all Saturday.
        for (auto time = utc(10, 24, 20); time <= utc(10, 25, 6); time += minutes(10))
            QCOMPARE(tend::checkinDayOfInstant(time, zone, at(8)), date(2026, 10, 24));
        QCOMPARE(tend::checkinDayOfInstant(utc(10, 25, 7), zone, at(8)), date(2026, 10, 25));
    }

    void aStartInsideTheRepeatedHourNeverGoesBack() {
        const auto zone = berlin();
        // Day start 02:30: Sunday begins at the first 02:30 (CEST, 00:30 UTC).
        QCOMPARE(tend::checkinDayBegins(date(2026, 10, 25), zone, at(2, 30)), utc(10, 25, 0, 30));
        QCOMPARE(tend::checkinDayOfInstant(utc(10, 25, 0, 29), zone, at(2, 30)), date(2026, 10, 24));
        QCOMPARE(tend::checkinDayOfInstant(utc(10, 25, 0, 30), zone, at(2, 30)), date(2026, 10, 25));
        // An hour later the clock shows 02:10 again. The wall clock alone would go back to Saturday; the
        // exact rule stays on Sunday.
        QCOMPARE(wallClock(utc(10, 25, 1, 10)), ptime(date(2026, 10, 25), hours(2) + minutes(10)));
        QCOMPARE(tend::checkinDayOf(wallClock(utc(10, 25, 1, 10)), at(2, 30)), date(2026, 10, 24));
        QCOMPARE(tend::checkinDayOfInstant(utc(10, 25, 1, 10), zone, at(2, 30)), date(2026, 10, 25));
    }

    void aStartTheClockSkipsBeginsAtTheJump() {
        const auto zone = berlin();
        // 02:30 does not exist on 29 March; the day begins when 02:00 CET becomes 03:00 CEST (01:00 UTC).
        QCOMPARE(tend::checkinDayBegins(date(2026, 3, 29), zone, at(2, 30)), utc(3, 29, 1));
        QCOMPARE(tend::checkinDayOfInstant(utc(3, 29, 0, 59), zone, at(2, 30)), date(2026, 3, 28));
        QCOMPARE(tend::checkinDayOfInstant(utc(3, 29, 1, 0), zone, at(2, 30)), date(2026, 3, 29));
    }

    void clockTodayHonoursTheDayStart() {
        tend::FixedClock clock(ptime(date(2026, 3, 3), hours(5) + minutes(30)));
        QCOMPARE(clock.today(), date(2026, 3, 3));
        QCOMPARE(clock.today(DayStart{}), date(2026, 3, 3));
        QCOMPARE(clock.today(at(6)), date(2026, 3, 2));
    }
};

QTEST_GUILESS_MAIN(TestCheckinDay)
#include "tst_checkinday.moc"
