#include "exchange/databasecheck.h"
#include "exchange/importplan.h"
#include "exporttesting.h"
#include "storage/repositories.h"
#include "testdatabases.h"

#include <QTest>

#include <algorithm>

using tend::Database;
using tend::DatabaseCheck;

namespace {

QStringList described(const DatabaseCheck& check) {
    QStringList lines;
    for (const auto& problem : check.problems)
        lines << QString::fromStdString(problem.describe());
    return lines;
}

} // namespace

class TestDatabaseCheck final : public QObject {
    Q_OBJECT

private:
    tend::test::TestDatabases m_databases;

    [[nodiscard]] Database filledDatabase() const {
        auto db = m_databases.openMigrated();
        tend::Repositories repositories(db);
        static_cast<void>(
            tend::applyImport(repositories, tend::test::smallHistory(), tend::ImportMode::Replace));
        return db;
    }

    [[nodiscard]] static DatabaseCheck check(Database& db) {
        tend::Repositories repositories(db);
        return tend::checkDatabase(repositories, tend::test::shippedDefinition());
    }

private slots:
    void initTestCase() { QVERIFY(m_databases.isValid()); }

    void findsNothingWrongWithAHealthyDatabase() {
        auto empty = Database::open(m_databases.file(QStringLiteral("empty.db")), tend::test::testKey());
        tend::migrate(empty);
        QVERIFY2(check(empty).ok(), qPrintable(described(check(empty)).join('\n')));
        auto db = filledDatabase();
        const auto result = check(db);
        QVERIFY(result.integrityOk);
        QVERIFY2(result.ok(), qPrintable(described(result).join('\n')));
    }

    // Each row is damaged the way only raw SQL (or a damaged file) could, and named with its table and key.
    void namesEveryDamagedRow_data() {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("problem");
        QTest::newRow("answer off its scale") << "UPDATE checkin_answers SET value = 7 WHERE item_id = 'mood'"
                                              << "checkin_answers 2026-03-01/mood: 7 is outside 0 to 4";
        QTest::newRow("unknown item")
            << "UPDATE checkin_answers SET item_id = 'happiness' WHERE item_id = 'sleep'"
            << "checkin_answers 2026-03-01/happiness: there is no question \"happiness\" in the check-in";
        QTest::newRow("answer as text") << "UPDATE checkin_answers SET value = 'lots' WHERE item_id = 'mood'"
                                        << "checkin_answers 2026-03-01/mood: value is not an integer";
        QTest::newRow("impossible date")
            << "UPDATE checkins SET date = '2026-02-30' WHERE date = '2026-03-02'"
            << "checkins 2026-02-30: date '2026-02-30' is not a date written as YYYY-MM-DD";
        QTest::newRow("impossible time")
            << "UPDATE checkins SET updated_at = '2026-03-01T25:00:00' WHERE date = '2026-03-01'"
            << "checkins 2026-03-01: updated_at '2026-03-01T25:00:00' is not a time written as "
               "YYYY-MM-DDTHH:MM:SS";
        QTest::newRow("note not UTF-8")
            << "UPDATE checkins SET note = CAST(x'4cff' AS TEXT) WHERE date = '2026-03-01'"
            << "checkins 2026-03-01: note is not valid UTF-8";
        QTest::newRow("note as a blob") << "UPDATE checkins SET note = x'4142' WHERE date = '2026-03-01'"
                                        << "checkins 2026-03-01: note is not text";
        QTest::newRow("intensity")
            << "PRAGMA ignore_check_constraints = ON; UPDATE hard_moments SET intensity = 9 WHERE id = 4"
            << "hard_moments 4: intensity 9 is outside 1 to 3";
        QTest::newRow("plan title")
            << "UPDATE selfcare_plan SET title = ' Call my sister' WHERE id = 2"
            << "selfcare_plan 2: title is not one line of 1 to 120 characters without spaces at "
               "either end";
        QTest::newRow("plan date")
            << "UPDATE selfcare_plan SET added_on = 'yesterday' WHERE id = 5"
            << "selfcare_plan 5: added_on 'yesterday' is not a date written as YYYY-MM-DD";
        QTest::newRow("assessment answers")
            << "UPDATE assessment_results SET answers = '{\"worn_down\": \"often\"}'"
            << "assessment_results 3: the answer to \"worn_down\" is not an integer";
        QTest::newRow("assessment scores") << "UPDATE assessment_results SET scores = '[1, 2'"
                                           << "assessment_results 3: scores are not a JSON object";
        QTest::newRow("prompt event kind")
            << "PRAGMA ignore_check_constraints = ON; UPDATE prompt_events SET event = 'clicked' "
               "WHERE id = 1"
            << "prompt_events 1: event 'clicked' is not shown, opened, dismissed, snoozed or allowed";
        QTest::newRow("quiet day missing")
            << "UPDATE prompt_events SET quiet_until = NULL WHERE id = 2"
            << "prompt_events 2: a dismissed or snoozed prompt has no quiet_until";
        QTest::newRow("quiet day unreadable")
            << "UPDATE prompt_events SET quiet_until = 'someday' WHERE id = 2"
            << "prompt_events 2: quiet_until 'someday' is neither a date written as YYYY-MM-DD nor never";
        QTest::newRow("never on a snooze") << "UPDATE prompt_events SET event = 'snoozed' WHERE id = 4"
                                           << "prompt_events 4: only a dismissed prompt stays quiet for good";
        QTest::newRow("library suggestion on a dismissal")
            << "UPDATE prompt_events SET library_action_id = 'slow_breaths' WHERE id = 2"
            << "prompt_events 2: only a shown prompt names a library action";
        QTest::newRow("plan tags out of order")
            << "UPDATE selfcare_plan SET tags = 'sleep on_edge' WHERE id = 5"
            << "selfcare_plan 5: tags are not sorted ids separated by "
               "single spaces, each once";
        QTest::newRow("setting") << "UPDATE settings SET value = 'purple' WHERE key = 'theme'"
                                 << "settings theme: expected \"system\", \"light\" or \"dark\"";
        QTest::newRow("dangling tick")
            << "PRAGMA foreign_keys = OFF; DELETE FROM selfcare_plan WHERE id = 2; "
               "PRAGMA foreign_keys = ON"
            << "checkin_selfcare rowid 2: refers to a row of selfcare_plan that does not exist";
    }

    void namesEveryDamagedRow() {
        QFETCH(QString, sql);
        QFETCH(QString, problem);
        auto db = filledDatabase();
        db.execute(sql.toStdString());
        const auto result = check(db);
        QVERIFY(!result.ok());
        QVERIFY(result.integrityOk);
        QVERIFY2(described(result).contains(problem), qPrintable(described(result).join('\n')));
        QCOMPARE(result.problems.size(), std::size_t(1));
    }

    void listsEveryProblemNotJustTheFirst() {
        auto db = filledDatabase();
        db.execute("UPDATE checkin_answers SET value = 99");
        db.execute("UPDATE hard_moments SET occurred_at = 'soon'");
        const auto result = check(db);
        QCOMPARE(result.problems.size(), std::size_t(3 + 2));
    }
};

QTEST_GUILESS_MAIN(TestDatabaseCheck)
#include "tst_databasecheck.moc"
