#include "storage/checkinrepository.h"
#include "storage/database.h"
#include "storage/selfcareplanrepository.h"
#include "storage/storageerror.h"
#include "testdatabases.h"

#include <sqlite3.h>

#include <QTest>

#include <optional>
#include <set>

using namespace boost::gregorian;
using namespace boost::posix_time;
using tend::Checkin;
using tend::CheckinRepository;
using tend::Database;
using tend::StorageError;

namespace {

using tend::test::testKey;

Checkin checkinOn(date day, std::map<std::string, int> answers = {}, std::string note = {}) {
    Checkin checkin;
    checkin.date = day;
    checkin.answers = std::move(answers);
    checkin.note = std::move(note);
    checkin.createdAt = ptime(day, hours(21) + minutes(15));
    checkin.updatedAt = checkin.createdAt;
    return checkin;
}

QList<date> datesOf(const std::vector<Checkin>& checkins) {
    QList<date> dates;
    for (const auto& checkin : checkins)
        dates << checkin.date;
    return dates;
}

} // namespace

class TestCheckinRepository final : public QObject {
    Q_OBJECT

private:
    tend::test::TestDatabases m_databases;
    std::optional<Database> m_db;
    std::optional<CheckinRepository> m_repository;
    int m_notifications = 0;
    tend::Subscription m_counting;

    int answerRows() { return rowsIn("checkin_answers"); }
    int tickRows() { return rowsIn("checkin_selfcare"); }
    int rowsIn(const std::string& table) {
        auto statement = m_db->prepare("SELECT count(*) FROM " + table);
        return statement.step() ? statement.integer(0) : -1;
    }
    // Three actions in the self-care plan; returns their ids.
    std::vector<std::int64_t> planThree() {
        tend::SelfCarePlanRepository plan(*m_db);
        std::vector<std::int64_t> ids;
        for (const auto* title : {"Walk", "Breathe", "Call a friend"})
            ids.push_back(plan.addOwn(title, date(2026, 1, 1)).id);
        return ids;
    }

private slots:
    void initTestCase() { QVERIFY(m_databases.isValid()); }

    void init() { tend::test::openRepository(m_databases, m_db, m_repository, m_notifications, m_counting); }

    void cleanup() {
        m_repository.reset();
        m_db.reset();
    }

    void savesAndFindsACheckin() {
        const date day(2026, 3, 14);
        auto checkin = checkinOn(day, {{"sleep", 4}, {"stress", 2}, {"connected", 0}}, "Quiet shift.");
        checkin.updatedAt = checkin.createdAt + minutes(3);
        m_repository->save(checkin);

        const auto found = m_repository->find(day);
        QVERIFY(found.has_value());
        QCOMPARE(found->date, day);
        QCOMPARE(found->answers, checkin.answers);
        QCOMPARE(QString::fromStdString(found->note), QStringLiteral("Quiet shift."));
        QVERIFY(!found->restDay);
        QCOMPARE(found->createdAt, checkin.createdAt);
        QCOMPARE(found->updatedAt, checkin.updatedAt);
        QVERIFY(!m_repository->find(day + days(1)).has_value());
        QVERIFY(!m_repository->find(day - days(1)).has_value());
    }

    void updateKeepsCreatedAtAndReplacesAnswers() {
        const date day(2026, 3, 14);
        const auto first = checkinOn(day, {{"sleep", 4}, {"stress", 2}}, "first");
        m_repository->save(first);

        auto second = checkinOn(day, {{"sleep", 1}, {"energy", 3}}, "second");
        // A caller building a fresh Checkin does not know the original creation time.
        second.createdAt = ptime(date(2026, 3, 15), hours(8));
        second.updatedAt = second.createdAt;
        m_repository->save(second);

        const auto found = m_repository->find(day);
        QVERIFY(found.has_value());
        QCOMPARE(found->createdAt, first.createdAt);
        QCOMPARE(found->updatedAt, second.updatedAt);
        QCOMPARE(QString::fromStdString(found->note), QStringLiteral("second"));
        QCOMPARE(found->answers, second.answers);
        QVERIFY(!found->answer("stress").has_value());
        QCOMPARE(m_repository->count(), 1);
        QCOMPARE(answerRows(), 2);
    }

    void skippedItemsStayAbsent() {
        const date day(2026, 5, 1);
        m_repository->save(checkinOn(day, {{"sleep", 0}}));
        const auto found = m_repository->find(day);
        QVERIFY(found.has_value());
        QCOMPARE(found->answers.size(), std::size_t(1));
        QCOMPARE(found->answer("sleep"), std::optional<int>(0));
        QCOMPARE(found->answer("stress"), std::optional<int>());
    }

    void restDayAndUnicodeNoteRoundTrip() {
        const date day(2026, 12, 31);
        const std::string note = "Day off 🌿😮‍💨 — يوم راحة\n\"quotes\", 'apostrophes'";
        auto checkin = checkinOn(day, {}, note);
        checkin.restDay = true;
        m_repository->save(checkin);
        const auto found = m_repository->find(day);
        QVERIFY(found.has_value());
        QVERIFY(found->restDay);
        QVERIFY(found->answers.empty());
        QCOMPARE(QString::fromStdString(found->note), QString::fromStdString(checkin.note));

        checkin.restDay = false;
        checkin.note.clear();
        m_repository->save(checkin);
        QVERIFY(!m_repository->find(day)->restDay);
        QVERIFY(m_repository->find(day)->note.empty());
    }

    void removeDeletesTheCheckinAndItsAnswers() {
        m_repository->save(checkinOn(date(2026, 4, 1), {{"sleep", 3}, {"stress", 1}}));
        m_repository->save(checkinOn(date(2026, 4, 2), {{"sleep", 2}}));
        m_repository->remove(date(2026, 4, 1));
        QVERIFY(!m_repository->find(date(2026, 4, 1)).has_value());
        QVERIFY(m_repository->find(date(2026, 4, 2)).has_value());
        QCOMPARE(m_repository->count(), 1);
        QCOMPARE(answerRows(), 1);
    }

    void rangeIsInclusiveOrderedAndCrossesMonthEnds() {
        // Saved out of order, each with answers that identify its date.
        for (const date day : {date(2026, 2, 2), date(2026, 1, 30), date(2026, 2, 5), date(2026, 1, 31),
                               date(2026, 2, 1), date(2025, 12, 31)})
            m_repository->save(checkinOn(day, {{"day", day.day()}, {"month", day.month()}}));

        const auto inside = m_repository->range(date(2026, 1, 31), date(2026, 2, 2));
        QCOMPARE(datesOf(inside), (QList<date>{date(2026, 1, 31), date(2026, 2, 1), date(2026, 2, 2)}));
        for (const auto& checkin : inside) {
            QCOMPARE(checkin.answer("day"), std::optional<int>(checkin.date.day()));
            QCOMPARE(checkin.answer("month"), std::optional<int>(checkin.date.month()));
            QCOMPARE(checkin.answers.size(), std::size_t(2));
        }

        QCOMPARE(datesOf(m_repository->range(date(2025, 12, 1), date(2026, 12, 31))).size(), 6);
        QCOMPARE(datesOf(m_repository->range(date(2025, 12, 31), date(2026, 1, 30))),
                 (QList<date>{date(2025, 12, 31), date(2026, 1, 30)}));
        QCOMPARE(datesOf(m_repository->range(date(2026, 2, 5), date(2026, 2, 5))),
                 QList<date>{date(2026, 2, 5)});
        QVERIFY(m_repository->range(date(2026, 2, 3), date(2026, 2, 4)).empty());
        QVERIFY(m_repository->range(date(2026, 2, 2), date(2026, 1, 31)).empty());
    }

    void rangeKeepsCheckinsWithoutAnswers() {
        m_repository->save(checkinOn(date(2026, 6, 1), {{"sleep", 1}}));
        m_repository->save(checkinOn(date(2026, 6, 2), {}, "only a note"));
        m_repository->save(checkinOn(date(2026, 6, 3), {{"sleep", 3}}));
        const auto all = m_repository->range(date(2026, 6, 1), date(2026, 6, 3));
        QCOMPARE(all.size(), std::size_t(3));
        QCOMPARE(all[0].answer("sleep"), std::optional<int>(1));
        QVERIFY(all[1].answers.empty());
        QCOMPARE(all[2].answer("sleep"), std::optional<int>(3));
    }

    void earliestDateAndCount() {
        QCOMPARE(m_repository->earliestDate(), std::optional<date>());
        QCOMPARE(m_repository->count(), 0);
        m_repository->save(checkinOn(date(2026, 3, 2)));
        m_repository->save(checkinOn(date(2025, 11, 30)));
        m_repository->save(checkinOn(date(2026, 1, 1)));
        QCOMPARE(m_repository->earliestDate(), std::optional<date>(date(2025, 11, 30)));
        QCOMPARE(m_repository->count(), 3);
        m_repository->remove(date(2025, 11, 30));
        QCOMPARE(m_repository->earliestDate(), std::optional<date>(date(2026, 1, 1)));
        QCOMPARE(m_repository->count(), 2);
    }

    void notifiesOncePerChange() {
        const date day(2026, 7, 7);
        m_repository->save(checkinOn(day, {{"sleep", 2}}));
        QCOMPARE(m_notifications, 1);
        m_repository->save(checkinOn(day, {{"sleep", 3}}));
        QCOMPARE(m_notifications, 2);
        (void)m_repository->find(day);
        (void)m_repository->range(day, day);
        (void)m_repository->count();
        QCOMPARE(m_notifications, 2);
        m_repository->remove(day);
        QCOMPARE(m_notifications, 3);
        m_repository->remove(day);
        QCOMPARE(m_notifications, 3);
    }

    void listenersSeeCommittedData() {
        const date day(2026, 7, 8);
        std::optional<Checkin> seen;
        const auto reading = m_repository->changes().subscribe([&] { seen = m_repository->find(day); });
        m_repository->save(checkinOn(day, {{"sleep", 4}}));
        QVERIFY(seen.has_value());
        QCOMPARE(seen->answer("sleep"), std::optional<int>(4));
    }

    void failedSaveChangesNothing() {
        const date day(2026, 8, 1);
        m_repository->save(checkinOn(day, {{"sleep", 2}}, "before"));
        m_db->execute("CREATE TRIGGER refuse BEFORE INSERT ON checkin_answers WHEN NEW.item_id = 'boom' "
                      "BEGIN SELECT RAISE(ABORT, 'refused'); END");
        QVERIFY_THROWS_EXCEPTION(StorageError,
                                 m_repository->save(checkinOn(day, {{"a", 1}, {"boom", 1}}, "after")));
        QVERIFY_THROWS_EXCEPTION(StorageError, m_repository->save(checkinOn(day + days(1), {{"boom", 1}})));
        QCOMPARE(m_notifications, 1);
        const auto found = m_repository->find(day);
        QVERIFY(found.has_value());
        QCOMPARE(QString::fromStdString(found->note), QStringLiteral("before"));
        QCOMPARE(found->answers, (std::map<std::string, int>{{"sleep", 2}}));
        QCOMPARE(m_repository->count(), 1);
        QVERIFY(sqlite3_get_autocommit(m_db->handle()) != 0);
    }

    void savesInsideALargerTransaction() {
        {
            tend::Transaction batch(*m_db);
            m_repository->save(checkinOn(date(2026, 9, 1), {{"sleep", 1}}));
            m_repository->save(checkinOn(date(2026, 9, 2), {{"sleep", 2}}));
        }
        QCOMPARE(m_repository->count(), 0);
        {
            tend::Transaction batch(*m_db);
            m_repository->save(checkinOn(date(2026, 9, 1), {{"sleep", 1}}));
            m_repository->save(checkinOn(date(2026, 9, 2), {{"sleep", 2}}));
            batch.commit();
        }
        QCOMPARE(m_repository->count(), 2);
        QCOMPARE(answerRows(), 2);
    }

    void refusesACheckinWithoutARealDate() {
        Checkin checkin = checkinOn(date(2026, 1, 1));
        checkin.date = date(not_a_date_time);
        QVERIFY_THROWS_EXCEPTION(StorageError, m_repository->save(checkin));
        QCOMPARE(m_repository->count(), 0);
        QCOMPARE(m_notifications, 0);
    }

    void corruptRowsThrowInsteadOfCrashing() {
        m_db->execute("INSERT INTO checkins (date, created_at, updated_at) "
                      "VALUES ('2026-02-30', '2026-02-28T10:00:00', '2026-02-28T10:00:00');"
                      "INSERT INTO checkins (date, created_at, updated_at) "
                      "VALUES ('2026-03-05', 'yesterday-ish', '2026-03-05T10:00:00')");
        try {
            (void)m_repository->range(date(2026, 2, 1), date(2026, 3, 1));
            QFAIL("a corrupt date was accepted");
        } catch (const StorageError& error) {
            QCOMPARE(error.kind(), StorageError::Kind::Query);
            QVERIFY2(std::string_view(error.what()).find("2026-02-30") != std::string_view::npos,
                     error.what());
        }
        QVERIFY_THROWS_EXCEPTION(StorageError, (void)m_repository->find(date(2026, 3, 5)));
        QVERIFY_THROWS_EXCEPTION(StorageError, (void)m_repository->earliestDate());
        QVERIFY(m_repository->range(date(2026, 3, 1), date(2026, 3, 4)).empty());
    }

    void selfCareTicksRoundTrip() {
        const auto ids = planThree();
        auto checkin = checkinOn(date(2026, 5, 10), {{"sleep", 3}});
        checkin.selfCareDone = {ids[0], ids[2]};
        m_repository->save(checkin);
        m_repository->save(checkinOn(date(2026, 5, 11), {{"sleep", 1}}));
        auto third = checkinOn(date(2026, 5, 12));
        third.selfCareDone = {ids[1]};
        m_repository->save(third);

        QCOMPARE(m_repository->find(date(2026, 5, 10))->selfCareDone,
                 (std::set<std::int64_t>{ids[0], ids[2]}));
        const auto all = m_repository->range(date(2026, 5, 9), date(2026, 5, 12));
        QCOMPARE(all.size(), std::size_t(3));
        QCOMPARE(all[0].selfCareDone, (std::set<std::int64_t>{ids[0], ids[2]}));
        QVERIFY(all[1].selfCareDone.empty());
        QCOMPARE(all[1].answer("sleep"), std::optional<int>(1));
        QCOMPARE(all[2].selfCareDone, std::set<std::int64_t>{ids[1]});
        QCOMPARE(tickRows(), 3);
    }

    void savingReplacesTheDaysTicks() {
        const auto ids = planThree();
        const date day(2026, 5, 10);
        auto checkin = checkinOn(day);
        checkin.selfCareDone = {ids[0], ids[1]};
        m_repository->save(checkin);
        checkin.selfCareDone = {ids[1], ids[2]};
        m_repository->save(checkin);
        QCOMPARE(m_repository->find(day)->selfCareDone, (std::set<std::int64_t>{ids[1], ids[2]}));
        checkin.selfCareDone.clear();
        m_repository->save(checkin);
        QVERIFY(m_repository->find(day)->selfCareDone.empty());
        QCOMPARE(tickRows(), 0);
    }

    void ticksGoWithTheCheckin() {
        const auto ids = planThree();
        auto first = checkinOn(date(2026, 5, 10));
        first.selfCareDone = {ids[0], ids[1]};
        auto second = checkinOn(date(2026, 5, 11));
        second.selfCareDone = {ids[0]};
        m_repository->save(first);
        m_repository->save(second);
        m_repository->remove(date(2026, 5, 10));
        QCOMPARE(tickRows(), 1);
        QCOMPARE(m_repository->find(date(2026, 5, 11))->selfCareDone, std::set<std::int64_t>{ids[0]});
    }

    void archivedActionsCanStillBeTicked() {
        const auto ids = planThree();
        tend::SelfCarePlanRepository(*m_db).archive(ids[1]);
        auto checkin = checkinOn(date(2026, 5, 10));
        checkin.selfCareDone = {ids[1]};
        m_repository->save(checkin);
        QCOMPARE(m_repository->find(date(2026, 5, 10))->selfCareDone, std::set<std::int64_t>{ids[1]});
    }

    void tickForAnUnknownActionSavesNothing() {
        const auto ids = planThree();
        const date day(2026, 5, 10);
        auto before = checkinOn(day, {{"sleep", 2}}, "before");
        before.selfCareDone = {ids[0]};
        m_repository->save(before);

        auto after = checkinOn(day, {{"sleep", 4}}, "after");
        after.selfCareDone = {ids[1], ids[2] + 40};
        try {
            m_repository->save(after);
            QFAIL("ticked an action that is not in the plan");
        } catch (const StorageError& error) {
            QCOMPARE(error.kind(), StorageError::Kind::Query);
            QVERIFY2(std::string_view(error.what()).find(std::to_string(ids[2] + 40)) !=
                         std::string_view::npos,
                     error.what());
        }
        auto fresh = checkinOn(day + days(1), {{"sleep", 1}});
        fresh.selfCareDone = {-1};
        QVERIFY_THROWS_EXCEPTION(StorageError, m_repository->save(fresh));

        QCOMPARE(m_notifications, 1);
        QCOMPARE(m_repository->count(), 1);
        const auto found = m_repository->find(day);
        QCOMPARE(QString::fromStdString(found->note), QStringLiteral("before"));
        QCOMPARE(found->answer("sleep"), std::optional<int>(2));
        QCOMPARE(found->selfCareDone, std::set<std::int64_t>{ids[0]});
        QCOMPARE(tickRows(), 1);
        QVERIFY(sqlite3_get_autocommit(m_db->handle()) != 0);
    }

    void aCheckinWithOnlyTicksIsNotEmpty() {
        Checkin checkin = checkinOn(date(2026, 5, 10));
        QVERIFY(checkin.isEmpty());
        checkin.selfCareDone = {1};
        QVERIFY(!checkin.isEmpty());
    }

    void persistsAcrossReopening() {
        const auto path = m_databases.currentFile();
        m_repository->save(checkinOn(date(2026, 10, 10), {{"sleep", 3}}, "kept"));
        cleanup();
        m_db.emplace(Database::open(path, testKey()));
        m_repository.emplace(*m_db);
        const auto found = m_repository->find(date(2026, 10, 10));
        QVERIFY(found.has_value());
        QCOMPARE(found->answer("sleep"), std::optional<int>(3));
        QCOMPARE(QString::fromStdString(found->note), QStringLiteral("kept"));
    }
};

QTEST_GUILESS_MAIN(TestCheckinRepository)
#include "tst_checkinrepository.moc"
