#include "domain/checkinvalidation.h"
#include "exchange/csvexport.h"
#include "exchange/databasecheck.h"
#include "exchange/exportjsonparser.h"
#include "exporttesting.h"
#include "settings/trackingpreferences.h"
#include "storage/checkinrepository.h"
#include "storage/repositories.h"
#include "storage/settingsrepository.h"
#include "testdatabases.h"

#include <QTest>

#include <optional>

using namespace boost::gregorian;
using boost::posix_time::hours;
using boost::posix_time::ptime;
using tend::test::shippedDefinition;

namespace {

// "avoidance" asked about reminders of work and parts of work in one question until the shipped check-in
// split it in two; its answers keep their own id.
constexpr const char* retiredId = "avoidance";

tend::Checkin checkinOn(date day, std::map<std::string, int> answers) {
    tend::Checkin checkin;
    checkin.date = day;
    checkin.answers = std::move(answers);
    checkin.createdAt = checkin.updatedAt = ptime(day, hours(20));
    return checkin;
}

const date today(2026, 11, 27);

} // namespace

// Answers to a question that is no longer asked are history: storage keeps them, validation and the
// database check accept them on their own scale, every export carries them, and an export holding them
// imports again. Only asking stops.
class TestRetiredAnswers final : public QObject {
    Q_OBJECT

private:
    tend::test::TestDatabases m_databases;

private slots:
    void initTestCase() {
        QVERIFY(m_databases.isValid());
        const auto* retired = shippedDefinition().find(retiredId);
        QVERIFY(retired);
        QVERIFY(retired->retired);
    }

    // Storage takes no definition at all, so even an id no definition knows survives a save and a read.
    void storageKeepsEveryAnswer() {
        auto db = m_databases.openMigrated();
        tend::Repositories repositories(db);
        tend::CheckinRepository checkins(db);
        const std::map<std::string, int> answers{{"mood", 2}, {retiredId, 3}, {"never_defined", 1}};
        checkins.save(checkinOn(today, answers));
        QCOMPARE(checkins.find(today)->answers, answers);
    }

    void validationChecksRetiredAnswersOnTheirScale() {
        const auto& definition = shippedDefinition();
        QVERIFY(tend::validateCheckin(checkinOn(today, {{"mood", 2}, {retiredId, 4}}), definition, today)
                    .empty());

        const auto outside = tend::validateCheckin(checkinOn(today, {{retiredId, 5}}), definition, today);
        QCOMPARE(outside.size(), std::size_t(1));
        QCOMPARE(outside[0].kind, tend::CheckinProblemKind::ValueOutOfRange);
        QCOMPARE(outside[0].itemId, std::string(retiredId));

        // An id that was never defined is still reported; the check-in editor keeps such answers as they
        // are and saves the rest of the day.
        const auto unknown =
            tend::validateCheckin(checkinOn(today, {{"never_defined", 1}}), definition, today);
        QCOMPARE(unknown.size(), std::size_t(1));
        QCOMPARE(unknown[0].kind, tend::CheckinProblemKind::UnknownItem);
    }

    void theDatabaseCheckAcceptsThem() {
        auto db = m_databases.openMigrated();
        tend::Repositories repositories(db);
        tend::CheckinRepository(db).save(checkinOn(today, {{"mood", 2}, {retiredId, 3}}));
        const auto check = tend::checkDatabase(repositories, shippedDefinition());
        QVERIFY(check.integrityOk);
        QVERIFY2(check.problems.empty(), check.problems.empty() ? "" : check.problems[0].describe().c_str());
    }

    void aJsonExportCarriesThemAndImportsAgain() {
        auto db = m_databases.openMigrated();
        tend::Repositories repositories(db);
        tend::CheckinRepository(db).save(checkinOn(today - days(400), {{retiredId, 1}}));
        tend::CheckinRepository(db).save(checkinOn(today, {{"avoid_reminders", 2}, {"avoid_work_tasks", 0}}));
        const auto text = tend::exportToJson(tend::readExportData(repositories, tend::ExportSelection{}));
        const auto imported = tend::parseExportJson(text, shippedDefinition());
        QCOMPARE(imported.checkins.size(), std::size_t(2));
        QCOMPARE(imported.checkins[0].answers, (std::map<std::string, int>{{retiredId, 1}}));
        QCOMPARE(imported.checkins[1].answers,
                 (std::map<std::string, int>{{"avoid_reminders", 2}, {"avoid_work_tasks", 0}}));
    }

    void theCsvExportHasTheirColumn() {
        tend::ExportData data;
        data.checkins = {checkinOn(today, {{"mood", 4}, {retiredId, 3}})};
        const auto csv = tend::exportToCsv(data, shippedDefinition());
        const auto header = csv.substr(0, csv.find("\r\n"));
        QVERIFY2(header.find(",little_control,avoidance,hard_moments,") != std::string::npos, header.c_str());
        QVERIFY2(csv.find(",3,0,,0,\r\n") != std::string::npos, csv.c_str());
    }

    // Nothing brings a retired question back: not the defaults, not a stored choice to track it.
    void theyAreNeverTrackedOrAsked() {
        auto db = m_databases.openMigrated();
        tend::Repositories repositories(db);
        tend::SettingsRepository settings(db);
        tend::TrackingPreferences tracking(settings, shippedDefinition());
        QVERIFY(!tracking.defaultItems().contains(retiredId));
        tracking.setTracked(retiredId, true);
        QVERIFY(!tracking.trackedItems().contains(retiredId));
        QVERIFY(!tracking.isTracked(retiredId));
        for (const bool dayOff : {false, true})
            for (const auto* item : shippedDefinition().itemsToAsk({retiredId, "mood"}, dayOff))
                QCOMPARE(item->id, std::string("mood"));
    }
};

QTEST_GUILESS_MAIN(TestRetiredAnswers)
#include "tst_retiredanswers.moc"
