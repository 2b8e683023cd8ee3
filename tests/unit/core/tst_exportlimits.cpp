#include "exchange/datatransfer.h"
#include "exchange/exportjson.h"
#include "exchange/exportjsonparser.h"
#include "exchange/exportlimits.h"
#include "exchange/importplan.h"
#include "exporttesting.h"
#include "formats/datafileerror.h"
#include "storage/checkinrepository.h"
#include "storage/repositories.h"
#include "testdatabases.h"

#include <QTest>

using tend::ExportData;
using tend::ExportFileLimits;
using tend::ImportMode;
using tend::test::day;
using tend::test::wholeDatabase;

namespace {

ExportData days(std::size_t count) {
    ExportData data;
    data.contents = {};
    const auto first = day("1990-01-01");
    for (std::size_t i = 0; i < count; ++i) {
        tend::Checkin checkin;
        checkin.date = first + boost::gregorian::days(static_cast<long>(i));
        checkin.answers = {{"mood", 2}};
        checkin.createdAt = checkin.updatedAt =
            boost::posix_time::ptime(checkin.date, boost::posix_time::hours(20));
        data.checkins.push_back(checkin);
    }
    return data;
}

} // namespace

// Whatever Tend writes, the same Tend reads back: the writers, the reader and imports share one set of
// limits.
class TestExportLimits final : public QObject {
    Q_OBJECT

private:
    tend::test::TestDatabases m_databases;

private slots:
    void initTestCase() { QVERIFY(m_databases.isValid()); }

    void eachLimitHoldsAtItAndRefusesOnePast() {
        tend::ExportSizeLimits limits{100, 2, 2, 2, 2, 2};
        ExportData data = days(2);
        tend::requireWithinExportLimits(data, 100, limits);
        QVERIFY_THROWS_EXCEPTION(tend::ExportLimitError, tend::requireWithinExportLimits(data, 101, limits));
        data = days(3);
        QVERIFY_THROWS_EXCEPTION(tend::ExportLimitError, tend::requireWithinExportLimits(data, 10, limits));
        ExportData moments;
        moments.hardMoments.resize(3);
        QVERIFY_THROWS_EXCEPTION(tend::ExportLimitError,
                                 tend::requireWithinExportLimits(moments, 10, limits));
        ExportData plan;
        plan.plan.resize(3);
        QVERIFY_THROWS_EXCEPTION(tend::ExportLimitError, tend::requireWithinExportLimits(plan, 10, limits));
        ExportData results;
        results.assessments.resize(3);
        QVERIFY_THROWS_EXCEPTION(tend::ExportLimitError,
                                 tend::requireWithinExportLimits(results, 10, limits));
        ExportData events;
        events.promptEvents.resize(3);
        QVERIFY_THROWS_EXCEPTION(tend::ExportLimitError, tend::requireWithinExportLimits(events, 10, limits));
    }

    // With the shipped limits: a device at the check-in limit exports and imports; one more day and the
    // export, the backup and a merge that would cross it are refused, and the data stays as it was.
    void theShippedLimitsAgreeAtTheLimitAndPast() {
        const auto& definition = tend::test::shippedDefinition();
        const auto atLimit = days(ExportFileLimits::maxCheckins);
        const auto text = tend::exportToJson(atLimit);
        QCOMPARE(tend::parseExportJson(text, definition).checkins.size(), ExportFileLimits::maxCheckins);
        const auto pastLimit = tend::exportToJson(days(ExportFileLimits::maxCheckins + 1));
        QVERIFY_THROWS_EXCEPTION(tend::DataFileError,
                                 static_cast<void>(tend::parseExportJson(pastLimit, definition)));

        auto db = m_databases.openMigrated();
        db.execute("PRAGMA synchronous = OFF");
        tend::Repositories repositories(db);
        static_cast<void>(tend::applyImport(repositories, atLimit, ImportMode::Replace));
        const auto exported = tend::exportDataAs(tend::ExportFormat::Json, repositories, definition, {}, {});
        QCOMPARE(exported, text);

        // One day more from a file: refused inside the transaction, nothing changes.
        ExportData oneMore;
        oneMore.checkins = {days(1).checkins.front()};
        oneMore.checkins.front().date = day("2200-01-01");
        oneMore.contents.plan = false;
        QVERIFY_THROWS_EXCEPTION(tend::ExportLimitError,
                                 tend::applyImport(repositories, oneMore, ImportMode::Merge));
        QCOMPARE(repositories.checkins().count(), int(ExportFileLimits::maxCheckins));

        // The worker checks in once more on the device itself: the data can no longer travel as one file, and
        // Tend says so rather than write a file or backup it could not read back.
        repositories.checkins().save(oneMore.checkins.front());
        QVERIFY_THROWS_EXCEPTION(tend::ExportLimitError,
                                 static_cast<void>(tend::exportDataAs(tend::ExportFormat::Json, repositories,
                                                                      definition, {}, {})));
        QVERIFY_THROWS_EXCEPTION(tend::ExportLimitError,
                                 static_cast<void>(tend::makeBackup(repositories, "a long passphrase",
                                                                    tend::BackupKdfParams{1, 8192})));
        // CSV is never read back, so it has no such limit.
        QVERIFY(!tend::exportDataAs(tend::ExportFormat::Csv, repositories, definition, {}, {}).empty());
    }
};

QTEST_GUILESS_MAIN(TestExportLimits)
#include "tst_exportlimits.moc"
