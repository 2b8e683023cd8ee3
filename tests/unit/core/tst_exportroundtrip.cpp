#include "exchange/exportjson.h"
#include "exchange/exportjsonparser.h"
#include "exchange/importplan.h"
#include "exporttesting.h"
#include "storage/migrations.h"
#include "storage/repositories.h"
#include "testdatabases.h"

#include <QTest>

using tend::Database;
using tend::ImportMode;
using tend::test::wholeDatabase;

namespace {

constexpr int histories = 200;

tend::ExportData parse(const std::string& text) {
    return tend::parseExportJson(text, tend::test::shippedDefinition());
}

} // namespace

// The property the issue asks for: export -> import into an empty database -> export gives the same bytes,
// over many generated histories; and a file merged into the database it came from changes nothing.
class TestExportRoundTrip final : public QObject {
    Q_OBJECT

private:
    tend::test::TestDatabases m_databases;

    [[nodiscard]] Database freshDatabase(const QString& name) const {
        auto db = Database::open(m_databases.file(name), tend::test::testKey());
        // Durability is not under test here, and hundreds of databases syncing every commit would be slow.
        db.execute("PRAGMA synchronous = OFF");
        tend::migrate(db);
        return db;
    }

private slots:
    void initTestCase() { QVERIFY(m_databases.isValid()); }

    void exportImportExportGivesTheSameBytes() {
        tend::test::HistoryGenerator generator(20260301);
        for (int i = 0; i < histories; ++i) {
            const auto history = generator.next();
            const auto seeded = tend::exportToJson(history);

            // The device the history lives on.
            auto origin = freshDatabase(QStringLiteral("origin-%1.db").arg(i));
            tend::Repositories originRepositories(origin);
            static_cast<void>(tend::applyImport(originRepositories, parse(seeded), ImportMode::Replace));
            const auto exported = wholeDatabase(origin);
            QVERIFY2(exported == seeded,
                     qPrintable(QStringLiteral("history %1 changed on the way in").arg(i)));

            // A new, empty device.
            auto copy = freshDatabase(QStringLiteral("copy-%1.db").arg(i));
            tend::Repositories copyRepositories(copy);
            static_cast<void>(tend::applyImport(copyRepositories, parse(exported), ImportMode::Replace));
            QVERIFY2(wholeDatabase(copy) == exported,
                     qPrintable(QStringLiteral("history %1 differs").arg(i)));

            // Merging the file back where it came from is a no-op, in the preview and in fact.
            const auto preview = tend::previewImport(originRepositories, parse(exported), ImportMode::Merge);
            QVERIFY2(preview.changesNothing(), qPrintable(QStringLiteral("history %1 would change").arg(i)));
            QCOMPARE(preview.checkins.added + preview.checkins.changed, 0);
            static_cast<void>(tend::applyImport(originRepositories, parse(exported), ImportMode::Merge));
            QVERIFY2(wholeDatabase(origin) == exported,
                     qPrintable(QStringLiteral("history %1 merged").arg(i)));

            // Merging into an empty device (what `tend import FILE` does there) gives the same bytes too:
            // rows keep the file's ids wherever the device has none of its own.
            auto merged = freshDatabase(QStringLiteral("merged-%1.db").arg(i));
            tend::Repositories mergedRepositories(merged);
            const auto mergedPreview =
                tend::applyImport(mergedRepositories, parse(exported), ImportMode::Merge);
            QCOMPARE(mergedPreview.checkins.added, int(history.checkins.size()));
            QVERIFY2(wholeDatabase(merged) == exported,
                     qPrintable(QStringLiteral("history %1 merged into an empty device differs").arg(i)));
        }
    }
};

QTEST_GUILESS_MAIN(TestExportRoundTrip)
#include "tst_exportroundtrip.moc"
