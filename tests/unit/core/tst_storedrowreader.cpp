#include "storage/database.h"
#include "storage/storageerror.h"
#include "storage/storedrowreader.h"
#include "testdatabases.h"

#include <QTest>

using tend::StoredRow;
using tend::StoredRowReader;
using tend::StoredTable;
using Type = tend::StoredValue::Type;

// What `tend check` reads: every row exactly as stored, its SQLite types included, and SQLite's own checks.
class TestStoredRowReader final : public QObject {
    Q_OBJECT

    tend::test::TestDatabases m_databases;

private slots:
    void initTestCase() { QVERIFY(m_databases.isValid()); }

    void readsRowsWithTheirStoredTypes() {
        auto db = m_databases.openMigrated();
        db.execute("INSERT INTO checkins (date, note, rest_day, created_at, updated_at) "
                   "VALUES ('2026-03-02', x'4142', 1, '2026-03-02T09:00:00', '2026-03-02T09:00:00');"
                   "INSERT INTO checkins (date, note, rest_day, created_at, updated_at) "
                   "VALUES ('2026-03-01', 'Long day', 0, '2026-03-01T21:00:00', '2026-03-01T21:00:00');"
                   // An INTEGER column keeps a number it cannot hold exactly as a real.
                   "INSERT INTO checkin_answers (date, item_id, value) VALUES ('2026-03-01', 'mood', 2.5)");
        StoredRowReader reader(db);
        std::vector<StoredRow> rows;
        reader.forEachRow(StoredTable::Checkins, [&](const StoredRow& row) { rows.push_back(row); });
        QCOMPARE(rows.size(), std::size_t(2));
        QCOMPARE(StoredRowReader::columns(StoredTable::Checkins).size(), rows[0].size());
        QCOMPARE(rows[0][0].text, std::string("2026-03-01")); // by key
        QVERIFY(rows[0][1].type == Type::Text);
        QCOMPARE(rows[0][1].text, std::string("Long day"));
        QVERIFY(rows[0][2].type == Type::Integer);
        QCOMPARE(rows[0][2].integer, std::int64_t(0));
        QVERIFY(rows[1][1].type == Type::Blob);
        QCOMPARE(rows[1][1].text, std::string("AB"));
        QCOMPARE(StoredRowReader::tableName(StoredTable::Checkins), std::string_view("checkins"));
        std::vector<StoredRow> answers;
        reader.forEachRow(StoredTable::CheckinAnswers, [&](const StoredRow& row) { answers.push_back(row); });
        QCOMPARE(answers.size(), std::size_t(1));
        QVERIFY(answers[0][2].type == Type::Real);
        QCOMPARE(answers[0][2].real, 2.5);
    }

    void everyTableCanBeRead() {
        auto db = m_databases.openMigrated();
        StoredRowReader reader(db);
        for (const auto table :
             {StoredTable::Checkins, StoredTable::CheckinAnswers, StoredTable::SelfCarePlan,
              StoredTable::HardMoments, StoredTable::PromptEvents, StoredTable::AssessmentResults,
              StoredTable::Settings}) {
            int rows = 0;
            reader.forEachRow(table, [&](const StoredRow&) { ++rows; });
            QCOMPARE(rows, 0);
        }
    }

    void reportsSqlitesOwnChecks() {
        auto db = m_databases.openMigrated();
        StoredRowReader reader(db);
        QCOMPARE(reader.integrityCheck(), std::vector<std::string>{"ok"});
        QVERIFY(reader.foreignKeyViolations().empty());
        db.execute("PRAGMA foreign_keys = OFF;"
                   "INSERT INTO checkin_answers (date, item_id, value) VALUES ('2026-03-09', 'mood', 2)");
        const auto violations = reader.foreignKeyViolations();
        QCOMPARE(violations.size(), std::size_t(1));
        QCOMPARE(violations[0].table, std::string("checkin_answers"));
        QCOMPARE(violations[0].parent, std::string("checkins"));
    }

    void aMissingTableIsAStorageError() {
        auto db = m_databases.openMigrated();
        db.execute("DROP TABLE hard_moments");
        StoredRowReader reader(db);
        QVERIFY_THROWS_EXCEPTION(tend::StorageError,
                                 reader.forEachRow(StoredTable::HardMoments, [](const StoredRow&) {}));
    }
};

QTEST_GUILESS_MAIN(TestStoredRowReader)
#include "tst_storedrowreader.moc"
