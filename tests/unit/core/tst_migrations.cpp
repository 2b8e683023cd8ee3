#include "storage/checkinrepository.h"
#include "storage/database.h"
#include "storage/migrations.h"
#include "storage/personalcontactrepository.h"
#include "storage/prompteventrepository.h"
#include "storage/storageerror.h"
#include "testkey.h"

#include <sqlite3.h>

#include <QFile>
#include <QRegularExpression>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>

#include <filesystem>

using namespace boost::gregorian;
using namespace boost::posix_time;
using tend::Database;
using tend::Migration;
using tend::StorageError;

namespace {

using tend::test::testKey;

// The stored CREATE text with whitespace collapsed, so that only real schema differences count.
QStringList schemaOf(Database& db) {
    QStringList schema;
    auto rows = db.prepare("SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY name");
    while (rows.step()) {
        QString sql = QString::fromStdString(rows.text(3));
        sql.replace(QRegularExpression(QStringLiteral("\\s+")), QStringLiteral(" "));
        schema << QStringList{QString::fromStdString(rows.text(0)), QString::fromStdString(rows.text(1)),
                              QString::fromStdString(rows.text(2)), sql.trimmed()}
                      .join(QLatin1Char('|'));
    }
    return schema;
}

bool hasObject(Database& db, std::string_view name) {
    auto statement = db.prepare("SELECT count(*) FROM sqlite_master WHERE name = ?1");
    statement.bind(1, name);
    return statement.step() && statement.integer(0) == 1;
}

QByteArray fileBytes(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

} // namespace

class TestMigrations final : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    std::filesystem::path file(const QString& name) const { return m_dir.filePath(name).toStdString(); }
    std::filesystem::path file() const {
        return file(QStringLiteral("%1.db").arg(QTest::currentTestFunction()));
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void historyIsAppendOnlyAndIncreasing() {
        const auto& steps = tend::schemaMigrations();
        QVERIFY(!steps.empty());
        for (std::size_t i = 0; i < steps.size(); ++i)
            QCOMPARE(steps[i].version, static_cast<int>(i + 1));
        QCOMPARE(tend::latestSchemaVersion(), steps.back().version);
    }

    void freshDatabaseReachesLatest() {
        auto db = Database::open(file(), testKey());
        QCOMPARE(db.userVersion(), 0);
        tend::migrate(db);
        QCOMPARE(db.userVersion(), tend::latestSchemaVersion());
        for (const auto* name : {"checkins", "checkin_answers", "settings", "hard_moments",
                                 "hard_moments_by_time", "prompt_events", "prompt_events_shown_once_a_day"})
            QVERIFY2(hasObject(db, name), name);
    }

    void upgradedDatabaseMatchesFreshOneAndKeepsData() {
        const auto oldFile = file(QStringLiteral("old.db"));
        {
            auto db = Database::open(oldFile, testKey());
            tend::migrate(db, {tend::schemaMigrations().front()});
            QCOMPARE(db.userVersion(), 1);
            QVERIFY(!hasObject(db, "hard_moments"));
            db.execute("INSERT INTO checkins (date, note, rest_day, created_at, updated_at) "
                       "VALUES ('2026-01-31', 'before the upgrade', 1, '2026-01-31T21:00:00', "
                       "'2026-01-31T22:00:00');"
                       "INSERT INTO checkin_answers (date, item_id, value) VALUES ('2026-01-31', 'sleep', 4);"
                       "INSERT INTO checkin_answers (date, item_id, value) VALUES ('2026-01-31', 'mood', 0);"
                       "INSERT INTO settings (key, value) VALUES ('reminders', '1');");
        }
        auto upgraded = Database::open(oldFile, testKey());
        tend::migrate(upgraded);
        QCOMPARE(upgraded.userVersion(), tend::latestSchemaVersion());

        auto fresh = Database::open(file(QStringLiteral("fresh.db")), testKey());
        tend::migrate(fresh);
        const auto expected = schemaOf(fresh);
        QVERIFY(expected.size() >= 5);
        QCOMPARE(schemaOf(upgraded), expected);

        tend::CheckinRepository checkins(upgraded);
        const auto kept = checkins.find(date(2026, 1, 31));
        QVERIFY(kept.has_value());
        QCOMPARE(QString::fromStdString(kept->note), QStringLiteral("before the upgrade"));
        QVERIFY(kept->restDay);
        QCOMPARE(kept->createdAt, ptime(date(2026, 1, 31), hours(21)));
        QCOMPARE(kept->answers.size(), std::size_t(2));
        QCOMPARE(kept->answer("sleep"), std::optional<int>(4));
        QCOMPARE(kept->answer("mood"), std::optional<int>(0));
    }

    void upgradeFromSchema4KeepsPromptEvents() {
        const auto path = file();
        {
            auto db = Database::open(path, testKey());
            const auto& steps = tend::schemaMigrations();
            tend::migrate(db, {steps.begin(), steps.begin() + 4});
            QCOMPARE(db.userVersion(), 4);
            // The last row repeats the first showing of that day; schema 4 had nothing to stop it.
            db.execute(
                "INSERT INTO prompt_events (rule_id, subject, event, at, quiet_until, reason) VALUES "
                "('selfcare_strain_rising', 'on_edge', 'shown', '2026-05-10T08:00:00', NULL, 'Why.'),"
                "('selfcare_strain_rising', 'on_edge', 'dismissed', '2026-05-10T09:00:00', "
                "'2026-05-24', ''),"
                "('micro_rest_overdue', '', 'shown', '2026-05-11T07:30:00', NULL, ''),"
                "('selfcare_strain_rising', 'on_edge', 'shown', '2026-05-10T20:00:00', NULL, 'Again.')");
        }
        auto db = Database::open(path, testKey());
        tend::migrate(db);
        QCOMPARE(db.userVersion(), tend::latestSchemaVersion());

        tend::PromptEventRepository repository(db);
        const auto events = repository.since(date(2026, 5, 1));
        QCOMPARE(events.size(), std::size_t(3));
        QCOMPARE(events[0].ruleId, std::string("selfcare_strain_rising"));
        QCOMPARE(events[0].subject, std::string("on_edge"));
        QCOMPARE(events[0].kind, tend::PromptEventKind::Shown);
        QCOMPARE(events[0].at, ptime(date(2026, 5, 10), hours(8)));
        QCOMPARE(events[0].reason, std::string("Why."));
        QCOMPARE(events[1].kind, tend::PromptEventKind::Dismissed);
        QCOMPARE(events[1].quietUntil, std::optional<date>(date(2026, 5, 24)));
        QCOMPARE(events[2].ruleId, std::string("micro_rest_overdue"));
        QCOMPARE(events[2].at, ptime(date(2026, 5, 11), hours(7) + minutes(30)));
        for (const auto& event : events)
            QVERIFY(!event.planActionId);
    }

    void upgradeFromSchema5KeepsEventsIdsAndTheirCounter() {
        const auto path = file();
        {
            auto db = Database::open(path, testKey());
            const auto& steps = tend::schemaMigrations();
            tend::migrate(db, {steps.begin(), steps.begin() + 5});
            QCOMPARE(db.userVersion(), 5);
            db.execute(
                "INSERT INTO selfcare_plan (library_id, title, position, added_on) "
                "VALUES ('slow_breaths', 'Slow breaths', 0, '2026-05-01');"
                "INSERT INTO prompt_events (id, rule_id, subject, event, at, quiet_until, reason, "
                "plan_action_id) VALUES "
                "(3, 'selfcare_strain_rising', 'on_edge', 'shown', '2026-05-10T08:00:00', NULL, 'Why.', 1),"
                "(7, 'selfcare_strain_rising', 'on_edge', 'dismissed', '2026-05-10T09:00:00', "
                "'2026-05-24', '', NULL),"
                "(9, 'micro_rest_overdue', '', 'shown', '2026-05-11T07:30:00', NULL, '', NULL);"
                "DELETE FROM prompt_events WHERE id = 9;");
        }
        auto db = Database::open(path, testKey());
        tend::migrate(db);
        QCOMPARE(db.userVersion(), tend::latestSchemaVersion());

        tend::PromptEventRepository repository(db);
        const auto events = repository.since(date(2026, 5, 1));
        QCOMPARE(events.size(), std::size_t(2));
        QCOMPARE(events[0].planActionId, std::optional<std::int64_t>(1));
        QCOMPARE(events[0].reason, std::string("Why."));
        QVERIFY(!events[0].libraryActionId);
        QCOMPARE(events[1].quietUntil, std::optional<date>(date(2026, 5, 24)));
        auto ids = db.prepare("SELECT id FROM prompt_events ORDER BY id");
        QVERIFY(ids.step());
        QCOMPARE(ids.integer(0), 3);
        QVERIFY(ids.step());
        QCOMPARE(ids.integer(0), 7);
        // The counter carried over: id 9 was used once and is not given out again.
        QVERIFY(
            repository.record({"micro_rest_overdue", "", tend::PromptEventKind::Dismissed,
                               ptime(date(2026, 5, 12), hours(8)), tend::neverAgain(), "", std::nullopt}));
        auto last = db.prepare("SELECT max(id) FROM prompt_events");
        QVERIFY(last.step());
        QCOMPARE(last.integer(0), 10);
        // The plan keeps its action and gains empty tags.
        auto tags = db.prepare("SELECT tags FROM selfcare_plan WHERE id = 1");
        QVERIFY(tags.step());
        QCOMPARE(tags.text(0), std::string());
        // The new events are accepted, the old constraint is gone, and one showing a day still holds.
        db.execute(
            "INSERT INTO prompt_events (rule_id, event, at) VALUES ('r', 'allowed', '2026-05-12T09:00:00')");
        QVERIFY_THROWS_EXCEPTION(
            StorageError,
            db.execute("INSERT INTO prompt_events (rule_id, subject, event, at) VALUES "
                       "('selfcare_strain_rising', 'on_edge', 'shown', '2026-05-10T23:00:00')"));
        QVERIFY_THROWS_EXCEPTION(StorageError, db.execute("INSERT INTO prompt_events (rule_id, event, at) "
                                                          "VALUES ('r', 'clicked', '2026-05-12T09:00:00')"));
    }

    void upgradeFromSchema6AddsPersonalContactsAndKeepsEverything() {
        const auto path = file();
        {
            auto db = Database::open(path, testKey());
            const auto& steps = tend::schemaMigrations();
            tend::migrate(db, {steps.begin(), steps.begin() + 6});
            QCOMPARE(db.userVersion(), 6);
            QVERIFY(!hasObject(db, "personal_contacts"));
            db.execute("INSERT INTO checkins (date, note, rest_day, created_at, updated_at) "
                       "VALUES ('2026-06-01', 'kept', 0, '2026-06-01T21:00:00', '2026-06-01T21:00:00');"
                       "INSERT INTO selfcare_plan (library_id, title, position, added_on, tags) "
                       "VALUES (NULL, 'Walk', 0, '2026-05-01', 'sleep');"
                       "INSERT INTO settings (key, value) VALUES ('theme', 'dark');");
        }
        auto db = Database::open(path, testKey());
        tend::migrate(db);
        QCOMPARE(db.userVersion(), 7);
        QVERIFY(hasObject(db, "personal_contacts"));

        auto fresh = Database::open(file(QStringLiteral("fresh7.db")), testKey());
        tend::migrate(fresh);
        QCOMPARE(schemaOf(db), schemaOf(fresh));

        QCOMPARE(tend::CheckinRepository(db).find(date(2026, 6, 1))->note, std::string("kept"));
        auto kept = db.prepare("SELECT title, tags FROM selfcare_plan");
        QVERIFY(kept.step());
        QCOMPARE(kept.text(0), std::string("Walk"));
        QCOMPARE(kept.text(1), std::string("sleep"));
        auto theme = db.prepare("SELECT value FROM settings WHERE key = 'theme'");
        QVERIFY(theme.step());
        QCOMPARE(theme.text(0), std::string("dark"));

        // The new table starts empty and takes contacts; its checks hold even against SQL from outside
        // the repository.
        tend::PersonalContactRepository contacts(db);
        QVERIFY(contacts.all().empty());
        const auto added =
            contacts.add({0, tend::PersonalContactKind::Gp, "Dr Okafor", "020 7946 0123", "", "", "", 0});
        QCOMPARE(added.id, std::int64_t(1));
        QVERIFY_THROWS_EXCEPTION(StorageError,
                                 db.execute("INSERT INTO personal_contacts (kind, name, position) "
                                            "VALUES ('gp', 'No way to reach', 1)"));
        QVERIFY_THROWS_EXCEPTION(StorageError,
                                 db.execute("INSERT INTO personal_contacts (kind, name, phone, position) "
                                            "VALUES ('doctor', 'Dr Who', '112', 1)"));
        QVERIFY_THROWS_EXCEPTION(StorageError,
                                 db.execute("INSERT INTO personal_contacts (kind, name, phone, position) "
                                            "VALUES ('gp', '', '112', 1)"));
    }

    void refusesANewerDatabaseAndLeavesItUntouched() {
        const auto path = file();
        const int future = tend::latestSchemaVersion() + 5;
        {
            auto db = Database::open(path, testKey());
            tend::migrate(db);
            db.execute("INSERT INTO settings (key, value) VALUES ('from', 'the future')");
            db.setUserVersion(future);
        }
        const QByteArray before = fileBytes(QString::fromStdString(path.string()));
        QVERIFY(!before.isEmpty());
        {
            auto db = Database::open(path, testKey());
            try {
                tend::migrate(db);
                QFAIL("a newer database was migrated");
            } catch (const StorageError& error) {
                QCOMPARE(error.kind(), StorageError::Kind::TooNew);
                const std::string message = error.what();
                QVERIFY2(message.find("newer version of Tend") != std::string::npos, error.what());
                QVERIFY2(message.find("schema " + std::to_string(future)) != std::string::npos, error.what());
                QVERIFY2(message.find("up to " + std::to_string(tend::latestSchemaVersion())) !=
                             std::string::npos,
                         error.what());
            }
            QCOMPARE(db.userVersion(), future);
            auto row = db.prepare("SELECT value FROM settings WHERE key = 'from'");
            QVERIFY(row.step());
            QCOMPARE(QString::fromStdString(row.text(0)), QStringLiteral("the future"));
        }
        QCOMPARE(fileBytes(QString::fromStdString(path.string())), before);
    }

    void failingStepRollsEverythingBack() {
        const std::vector<Migration> steps = {
            {1, "CREATE TABLE first_step (x INTEGER);"},
            {2, "CREATE TABLE second_step (x INTEGER); THIS IS NOT SQL;"},
        };
        auto db = Database::open(file(), testKey());
        try {
            tend::migrate(db, steps);
            QFAIL("a broken step succeeded");
        } catch (const StorageError& error) {
            QCOMPARE(error.kind(), StorageError::Kind::MigrationFailed);
            QVERIFY2(std::string_view(error.what()).find("schema 2") != std::string_view::npos, error.what());
        }
        QCOMPARE(db.userVersion(), 0);
        QVERIFY(!hasObject(db, "first_step"));
        QVERIFY(!hasObject(db, "second_step"));
        QVERIFY(sqlite3_get_autocommit(db.handle()) != 0);
    }

    void failingLaterStepKeepsTheVersionBefore() {
        const std::vector<Migration> steps = {
            {1, "CREATE TABLE first_step (x INTEGER);"},
            {2, "CREATE TABLE second_step (x INTEGER);"},
            {3, "INSERT INTO first_step VALUES (1); INSERT INTO no_such_table VALUES (1);"},
        };
        auto db = Database::open(file(), testKey());
        tend::migrate(db, {steps[0]});
        QVERIFY_THROWS_EXCEPTION(StorageError, tend::migrate(db, steps));
        QCOMPARE(db.userVersion(), 1);
        QVERIFY(hasObject(db, "first_step"));
        QVERIFY(!hasObject(db, "second_step"));
        auto rows = db.prepare("SELECT count(*) FROM first_step");
        QVERIFY(rows.step());
        QCOMPARE(rows.integer(0), 0);
    }

    void refusesAHistoryOutOfOrder() {
        auto db = Database::open(file(), testKey());
        const std::vector<Migration> steps = {{2, "CREATE TABLE a (x);"}, {1, "CREATE TABLE b (x);"}};
        QVERIFY_THROWS_EXCEPTION(StorageError, tend::migrate(db, steps));
        QCOMPARE(db.userVersion(), 0);
        QVERIFY(!hasObject(db, "a"));
    }

    void migratingTwiceIsANoOp() {
        auto db = Database::open(file(), testKey());
        tend::migrate(db);
        db.execute("INSERT INTO settings (key, value) VALUES ('kept', 'yes')");
        const auto schema = schemaOf(db);
        {
            // An up-to-date database needs no transaction, so this must not try to BEGIN inside one.
            tend::Transaction busy(db);
            tend::migrate(db);
            busy.commit();
        }
        QCOMPARE(db.userVersion(), tend::latestSchemaVersion());
        QCOMPARE(schemaOf(db), schema);
        auto row = db.prepare("SELECT count(*) FROM settings");
        QVERIFY(row.step());
        QCOMPARE(row.integer(0), 1);
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
