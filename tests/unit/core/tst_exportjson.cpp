#include "exchange/exportjson.h"
#include "exchange/exportreader.h"
#include "exchange/importplan.h"
#include "exporttesting.h"
#include "storage/repositories.h"
#include "storage/settingsrepository.h"
#include "testdatabases.h"

#include <QTest>

#include <nlohmann/json.hpp>

using nlohmann::json;
using tend::DataFileError;
using tend::ExportData;
using tend::ExportSelection;
using tend::test::day;
using tend::test::smallHistory;

namespace {

QString q(const std::string& text) {
    return QString::fromStdString(text);
}

std::vector<std::string> keysOf(const json& object) {
    std::vector<std::string> keys;
    for (const auto& entry : object.items())
        keys.push_back(entry.key());
    return keys;
}

} // namespace

class TestExportJson final : public QObject {
    Q_OBJECT

private:
    tend::test::TestDatabases m_databases;

private slots:
    void initTestCase() { QVERIFY(m_databases.isValid()); }

    // The golden file was checked by hand against docs/export-json.md; any change to it is a format change.
    void writesTheSmallHistoryExactlyAsDocumented() {
        const auto text = tend::exportToJson(smallHistory());
        QCOMPARE(q(text), QString::fromUtf8(tend::test::readTestData(QStringLiteral("export/small.json"))));
    }

    void isCanonical() {
        const auto text = tend::exportToJson(smallHistory());
        QCOMPARE(tend::exportToJson(smallHistory()), text);
        QVERIFY(text.starts_with("{\n  \"assessments\": ["));
        QVERIFY(text.ends_with("}\n"));
        QVERIFY(!text.ends_with("\n\n"));
        // UTF-8 is written as it is, never as \u escapes, and nothing names the moment of export.
        QVERIFY(text.find("\xf0\x9f\x98\xae") != std::string::npos);
        QVERIFY(text.find("\\u") == std::string::npos);
        const auto document = json::parse(text);
        QCOMPARE(document["format"].get<std::string>(), std::string("tend.export"));
        QCOMPARE(document["version"].get<int>(), 3);
        QCOMPARE(keysOf(document), (std::vector<std::string>{
                                       "assessments", "checkins", "format", "hard_moments", "notes",
                                       "personal_contacts", "plan", "prompt_events", "settings", "version"}));
        // A skipped item is absent; ticks are plan ids; a scale without a score says so with nulls.
        QVERIFY(!document["checkins"][0]["answers"].contains("energy"));
        QCOMPARE(document["checkins"][0]["self_care"].dump(), std::string("[1,2]"));
        QCOMPARE(document["assessments"][0]["scores"][1].dump(),
                 std::string("{\"band\":null,\"scale\":\"keeping_going\",\"score\":null}"));
    }

    void leavesOutTheSectionsNotTaken() {
        auto data = smallHistory();
        data.contents.plan = false;
        data.contents.promptHistory = false;
        data.contents.settings = false;
        data.hardMoments.clear();
        const auto document = json::parse(tend::exportToJson(data));
        QVERIFY(!document.contains("plan"));
        QVERIFY(!document.contains("prompt_events"));
        QVERIFY(!document.contains("settings"));
        // Taken but empty is written, so an import can tell it from "not taken".
        QCOMPARE(document["hard_moments"].dump(), std::string("[]"));
    }

    void writesTheRangeAndWhetherNotesCame() {
        auto data = smallHistory();
        data.contents.notes = false;
        data.contents.from = day("2026-03-01");
        data.contents.to = day("2026-03-31");
        const auto document = json::parse(tend::exportToJson(data));
        QCOMPARE(document["notes"].dump(), std::string("false"));
        QCOMPARE(document["from"].dump(), std::string("\"2026-03-01\""));
        QCOMPARE(document["to"].dump(), std::string("\"2026-03-31\""));
    }

    void refusesTextThatIsNotUtf8() {
        auto data = smallHistory();
        data.hardMoments[1].note = "bad \xff byte";
        try {
            static_cast<void>(tend::exportToJson(data));
            QFAIL("wrote invalid UTF-8");
        } catch (const DataFileError& error) {
            QCOMPARE(q(error.path()), QStringLiteral("hard_moments[1].note"));
        }
    }

    void readsWhatTheSelectionAsks() {
        auto db = m_databases.openMigrated();
        tend::Repositories repositories(db);
        static_cast<void>(tend::applyImport(repositories, smallHistory(), tend::ImportMode::Replace));
        // A lock setting is no choice to export.
        tend::SettingsRepository(db).setValue("lock.pin_hash", "secret");

        const auto all = tend::readExportData(repositories, ExportSelection{});
        QCOMPARE(tend::exportToJson(all), tend::exportToJson(smallHistory()));
        QVERIFY(!all.settings.contains("lock.pin_hash"));

        ExportSelection selection;
        selection.from = day("2026-03-02");
        selection.to = day("2026-03-02");
        selection.notes = false;
        selection.plan = false;
        const auto some = tend::readExportData(repositories, selection);
        QCOMPARE(some.checkins.size(), std::size_t(1));
        QCOMPARE(some.checkins[0].date, day("2026-03-02"));
        QVERIFY(some.hardMoments.empty());                  // both on 03-01
        QVERIFY(some.assessments.empty());                  // taken on 03-01
        QCOMPARE(some.promptEvents.size(), std::size_t(3)); // the library suggestion, "never" and "allowed"
        QCOMPARE(some.plan.size(), std::size_t(3)); // ticks need their actions, so the plan comes along
        QVERIFY(some.contents.plan);
        QVERIFY(!some.contents.notes);

        selection.from = day("2026-03-01");
        selection.to = day("2026-03-01");
        const auto first = tend::readExportData(repositories, selection);
        QCOMPARE(first.checkins.size(), std::size_t(1));
        QVERIFY(first.checkins[0].note.empty());
        QCOMPARE(first.checkins[0].selfCareDone, (std::set<std::int64_t>{1, 2}));
        QCOMPARE(first.hardMoments.size(), std::size_t(2));
        QVERIFY(first.hardMoments[0].note.empty());
        QCOMPARE(first.assessments.size(), std::size_t(1));
        QCOMPARE(first.promptEvents.size(), std::size_t(2));

        ExportSelection nothing;
        nothing.checkins = nothing.hardMoments = nothing.plan = nothing.assessments = nothing.promptHistory =
            nothing.settings = nothing.personalContacts = false;
        const auto document = json::parse(tend::exportToJson(tend::readExportData(repositories, nothing)));
        QCOMPARE(keysOf(document), (std::vector<std::string>{"format", "notes", "version"}));
    }
};

QTEST_GUILESS_MAIN(TestExportJson)
#include "tst_exportjson.moc"
