#include "storage/database.h"
#include "storage/hardmomentrepository.h"
#include "storage/storageerror.h"
#include "testdatabases.h"

#include <QTest>

#include <optional>

using namespace boost::gregorian;
using namespace boost::posix_time;
using tend::Database;
using tend::HardMoment;
using tend::HardMomentRepository;
using tend::StorageError;

namespace {

HardMoment momentAt(ptime time, int intensity = 2, std::string note = {}) {
    HardMoment moment;
    moment.occurredAt = time;
    moment.intensity = intensity;
    moment.note = std::move(note);
    return moment;
}

QList<ptime> timesOf(const std::vector<HardMoment>& moments) {
    QList<ptime> times;
    for (const auto& moment : moments)
        times << moment.occurredAt;
    return times;
}

} // namespace

class TestHardMomentRepository final : public QObject {
    Q_OBJECT

private:
    tend::test::TestDatabases m_databases;
    std::optional<Database> m_db;
    std::optional<HardMomentRepository> m_repository;
    int m_notifications = 0;
    tend::Subscription m_counting;

private slots:
    void initTestCase() { QVERIFY(m_databases.isValid()); }

    void init() { tend::test::openRepository(m_databases, m_db, m_repository, m_notifications, m_counting); }

    void cleanup() {
        m_repository.reset();
        m_db.reset();
    }

    void addsAndReadsBack() {
        const ptime when(date(2026, 4, 3), hours(14) + minutes(5) + seconds(9));
        const auto id = m_repository->add(momentAt(when, 3, "Code blue on ward 4 — 😔 صعب جدا"));
        QVERIFY(id > 0);
        const auto moments = m_repository->inRange(date(2026, 4, 3), date(2026, 4, 3));
        QCOMPARE(moments.size(), std::size_t(1));
        QCOMPARE(moments[0].id, id);
        QCOMPARE(moments[0].occurredAt, when);
        QCOMPARE(moments[0].intensity, 3);
        QCOMPARE(QString::fromStdString(moments[0].note), QStringLiteral("Code blue on ward 4 — 😔 صعب جدا"));
    }

    void keepsSeveralPerDayInTimeOrder() {
        const date day(2026, 4, 3);
        const auto late = m_repository->add(momentAt(ptime(day, hours(22)), 1));
        const auto early = m_repository->add(momentAt(ptime(day, hours(7)), 2));
        const auto sameTime = m_repository->add(momentAt(ptime(day, hours(7)), 3));
        QVERIFY(late != early && early != sameTime && late != sameTime);
        const auto moments = m_repository->inRange(day, day);
        QCOMPARE(moments.size(), std::size_t(3));
        QCOMPARE(moments[0].id, early);
        QCOMPARE(moments[1].id, sameTime);
        QCOMPARE(moments[2].id, late);
    }

    void rangeBoundsFallAtLocalMidnight() {
        const ptime beforeMarch(date(2026, 2, 28), hours(23) + minutes(59) + seconds(59));
        const ptime marchStart(date(2026, 3, 1), hours(0));
        const ptime marchEnd(date(2026, 3, 1), hours(23) + minutes(59) + seconds(59));
        const ptime nextMidnight(date(2026, 3, 2), hours(0));
        for (const auto& time : {nextMidnight, marchStart, beforeMarch, marchEnd})
            (void)m_repository->add(momentAt(time));

        QCOMPARE(timesOf(m_repository->inRange(date(2026, 3, 1), date(2026, 3, 1))),
                 (QList<ptime>{marchStart, marchEnd}));
        QCOMPARE(timesOf(m_repository->inRange(date(2026, 2, 28), date(2026, 3, 1))),
                 (QList<ptime>{beforeMarch, marchStart, marchEnd}));
        QCOMPARE(timesOf(m_repository->inRange(date(2026, 2, 1), date(2026, 3, 31))),
                 (QList<ptime>{beforeMarch, marchStart, marchEnd, nextMidnight}));
        QCOMPARE(timesOf(m_repository->inRange(date(2026, 3, 2), date(2026, 3, 2))),
                 QList<ptime>{nextMidnight});
        QVERIFY(m_repository->inRange(date(2026, 2, 27), date(2026, 2, 27)).empty());
        QVERIFY(m_repository->inRange(date(2026, 3, 2), date(2026, 3, 1)).empty());
    }

    void rangeCrossesTheYearEnd() {
        const ptime newYearsEve(date(2026, 12, 31), hours(23) + minutes(30));
        const ptime newYear(date(2027, 1, 1), minutes(15));
        (void)m_repository->add(momentAt(newYear));
        (void)m_repository->add(momentAt(newYearsEve));
        QCOMPARE(timesOf(m_repository->inRange(date(2026, 12, 31), date(2027, 1, 1))),
                 (QList<ptime>{newYearsEve, newYear}));
        QCOMPARE(timesOf(m_repository->inRange(date(2026, 12, 31), date(2026, 12, 31))),
                 QList<ptime>{newYearsEve});
    }

    // "Everything" reaches the last day Boost represents; the range must not need the day after it.
    void rangeReachesTheLastRepresentableDay() {
        const ptime lastEvening(date(9999, 12, 31), hours(23) + minutes(59) + seconds(59));
        const ptime ordinary(date(2026, 3, 1), hours(9));
        (void)m_repository->add(momentAt(ordinary));
        (void)m_repository->add(momentAt(lastEvening));
        QCOMPARE(timesOf(m_repository->inRange(date(1400, 1, 1), date(9999, 12, 31))),
                 (QList<ptime>{ordinary, lastEvening}));
    }

    // With a 06:00 start the night from Monday to Tuesday belongs to Monday: 03:10 on Tuesday is Monday's,
    // 06:00 on Tuesday is Tuesday's.
    void checkinDaysFollowTheDayStart() {
        const date monday(2026, 5, 4);
        const date tuesday(2026, 5, 5);
        const auto start = *tend::DayStart::fromMinutes(6 * 60);
        (void)m_repository->add(momentAt(ptime(monday, hours(5) + minutes(59)))); // Sunday's night
        const auto evening = m_repository->add(momentAt(ptime(monday, hours(23))));
        const auto night = m_repository->add(momentAt(ptime(tuesday, hours(3) + minutes(10))));
        const auto morning = m_repository->add(momentAt(ptime(tuesday, hours(6))));

        const auto mondays = m_repository->inCheckinDays(monday, monday, start);
        QCOMPARE(mondays.size(), std::size_t(2));
        QCOMPARE(mondays.at(0).id, evening);
        QCOMPARE(mondays.at(1).id, night);
        const auto tuesdays = m_repository->inCheckinDays(tuesday, tuesday, start);
        QCOMPARE(tuesdays.size(), std::size_t(1));
        QCOMPARE(tuesdays.at(0).id, morning);
        // Midnight is the calendar day, as before.
        QCOMPARE(m_repository->inCheckinDays(tuesday, tuesday, tend::DayStart()).size(), std::size_t(2));
        // The last representable day has no next morning to reach into.
        const date last(boost::date_time::max_date_time);
        QVERIFY(m_repository->inCheckinDays(last, last, start).empty());
    }

    void removesOnlyTheGivenMoment() {
        const date day(2026, 5, 5);
        const auto first = m_repository->add(momentAt(ptime(day, hours(9))));
        const auto second = m_repository->add(momentAt(ptime(day, hours(10))));
        m_repository->remove(first);
        const auto left = m_repository->inRange(day, day);
        QCOMPARE(left.size(), std::size_t(1));
        QCOMPARE(left[0].id, second);
    }

    void notifiesOncePerChange() {
        const auto id = m_repository->add(momentAt(ptime(date(2026, 5, 5), hours(9))));
        QCOMPARE(m_notifications, 1);
        (void)m_repository->inRange(date(2026, 5, 5), date(2026, 5, 5));
        QCOMPARE(m_notifications, 1);
        m_repository->remove(id);
        QCOMPARE(m_notifications, 2);
        m_repository->remove(id);
        QCOMPARE(m_notifications, 2);
    }

    // A replace from a file keeps the file's ids; a taken id is refused rather than overwritten.
    void addsUnderAGivenIdAndRemovesAll() {
        const date day(2026, 5, 5);
        auto moment = momentAt(ptime(day, hours(9)), 1, "kept");
        moment.id = 42;
        m_repository->addWithId(moment);
        QCOMPARE(m_notifications, 1);
        QCOMPARE(m_repository->inRange(day, day).at(0).id, std::int64_t(42));
        QCOMPARE(m_repository->inRange(day, day).at(0).note, std::string("kept"));
        QVERIFY_THROWS_EXCEPTION(StorageError, m_repository->addWithId(moment));
        QCOMPARE(m_repository->add(momentAt(ptime(day, hours(10)))), std::int64_t(43));
        m_repository->removeAll();
        QVERIFY(m_repository->inRange(day, day).empty());
        QCOMPARE(m_notifications, 3);
        m_repository->removeAll(); // nothing left: no news
        QCOMPARE(m_notifications, 3);
    }

    void refusesAnIntensityOutsideTheScale() {
        const ptime when(date(2026, 5, 5), hours(9));
        QVERIFY_THROWS_EXCEPTION(StorageError,
                                 (void)m_repository->add(momentAt(when, HardMoment::maxIntensity + 1)));
        QVERIFY_THROWS_EXCEPTION(StorageError,
                                 (void)m_repository->add(momentAt(when, HardMoment::minIntensity - 1)));
        QVERIFY(m_repository->inRange(date(2026, 5, 5), date(2026, 5, 5)).empty());
        QCOMPARE(m_notifications, 0);
    }

    void corruptTimeThrows() {
        m_db->execute("INSERT INTO hard_moments (occurred_at, intensity) VALUES ('2026-05-05T25:00:00', 2)");
        try {
            (void)m_repository->inRange(date(2026, 5, 5), date(2026, 5, 5));
            QFAIL("a corrupt time was accepted");
        } catch (const StorageError& error) {
            QCOMPARE(error.kind(), StorageError::Kind::Query);
        }
    }
};

QTEST_GUILESS_MAIN(TestHardMomentRepository)
#include "tst_hardmomentrepository.moc"
