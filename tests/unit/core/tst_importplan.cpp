#include "domain/checkinvalidation.h"
#include "exchange/daymerge.h"
#include "exchange/exportreader.h"
#include "exchange/importplan.h"
#include "exporttesting.h"
#include "formats/datafileerror.h"
#include "storage/checkinrepository.h"
#include "storage/hardmomentrepository.h"
#include "storage/personalcontactrepository.h"
#include "storage/prompteventrepository.h"
#include "storage/repositories.h"
#include "storage/selfcareplanrepository.h"
#include "storage/settingsrepository.h"
#include "storage/storageerror.h"
#include "testdatabases.h"

#include <QTest>

using tend::Checkin;
using tend::Database;
using tend::ExportData;
using tend::ImportMode;
using tend::ImportPreview;
using tend::test::at;
using tend::test::day;
using tend::test::wholeDatabase;

namespace {

Checkin checkin(const char* date, std::map<std::string, int> answers, const char* savedAt) {
    Checkin result;
    result.date = day(date);
    result.answers = std::move(answers);
    result.createdAt = at(savedAt);
    result.updatedAt = at(savedAt);
    return result;
}

// The small history plus a day the device saved later (03-03) and a day only the file has (03-04).
ExportData theFile() {
    auto data = tend::test::smallHistory();
    data.checkins.push_back(checkin("2026-03-03", {{"mood", 1}}, "2026-03-03T21:00:00"));
    auto fourth = checkin("2026-03-04", {{"energy", 2}}, "2026-03-04T20:00:00");
    fourth.selfCareDone = {5};
    data.checkins.push_back(fourth);
    return data;
}

// The device: some of the file's data, some of its own, some older, some newer.
void fillDevice(Database& db) {
    tend::SelfCarePlanRepository plan(db);
    static_cast<void>(
        plan.addFromLibrary("walk_between_visits", "Walk between visits", day("2026-02-20"))); // id 1
    static_cast<void>(plan.addOwn("Call my sister", day("2026-02-21")));                       // id 2
    tend::CheckinRepository checkins(db);
    auto first = checkin("2026-03-01", {{"mood", 2}}, "2026-03-01T20:00:00"); // older than the file's 21:10
    first.note = "device";
    first.selfCareDone = {1};
    checkins.save(first);
    auto rest = checkin("2026-03-02", {}, "2026-03-02T09:00:00"); // the same as the file's
    rest.restDay = true;
    checkins.save(rest);
    checkins.save(checkin("2026-03-03", {{"mood", 4}}, "2026-03-03T22:00:00")); // newer than the file's
    checkins.save(checkin("2026-03-05", {{"mood", 4}}, "2026-03-05T20:00:00")); // only here
    tend::HardMomentRepository moments(db);
    static_cast<void>(moments.add(tend::test::smallHistory().hardMoments[0])); // the file's id 4, here id 1
    static_cast<void>(moments.add({0, at("2026-03-05T12:00:00"), 2, ""}));     // only here, id 2
    tend::PromptEvent shown = tend::test::smallHistory().promptEvents[0];
    shown.at = at("2026-03-01T07:30:00"); // the same prompt shown earlier that day
    static_cast<void>(tend::PromptEventRepository(db).record(shown));
    tend::SettingsRepository settings(db);
    settings.setValue("theme", "light");
    settings.setValue("lock.pin_hash", "argon2id$...");
    tend::PersonalContactRepository contacts(db);
    auto gp = tend::test::smallHistory().personalContacts[0]; // the file's GP, with the device's own note
    gp.note = "Ask for Dr Okafor";
    static_cast<void>(contacts.add(gp));                                                      // id 1
    static_cast<void>(contacts.add({0, tend::PersonalContactKind::Other, "Neighbour", "", "", // id 2
                                    "https://neighbours.example", "", 0}));
}

} // namespace

class TestImportPlan final : public QObject {
    Q_OBJECT

private:
    tend::test::TestDatabases m_databases;

private slots:
    void initTestCase() { QVERIFY(m_databases.isValid()); }

    void previewsAMerge() {
        auto db = m_databases.openMigrated();
        tend::Repositories repositories(db);
        fillDevice(db);
        const auto before = wholeDatabase(db);
        const auto preview = tend::previewImport(repositories, theFile(), ImportMode::Merge);
        QCOMPARE(wholeDatabase(db), before); // a preview only reads

        QVERIFY(preview.mode == ImportMode::Merge);
        QCOMPARE(preview.checkins.added, 1);   // 03-04
        QCOMPARE(preview.checkins.changed, 1); // 03-01 gains two answers, the file's note and a tick
        // 03-02 is the same; 03-03 differs only in its mood, which stays the device's.
        QCOMPARE(preview.checkins.unchanged, 2);
        QCOMPARE(preview.checkins.removed, 0); // 03-05 stays
        QCOMPARE(preview.conflicts.size(), std::size_t(2));
        QCOMPARE(preview.conflicts[0], (tend::MergeConflict{day("2026-03-01"), "mood", 2, 3, false}));
        QCOMPARE(preview.conflicts[1], (tend::MergeConflict{day("2026-03-03"), "mood", 4, 1, false}));
        QCOMPARE(preview.plan, (tend::ImportCounts{1, 2, 0})); // "Tea" is new; the other two match
        QCOMPARE(preview.hardMoments, (tend::ImportCounts{1, 1, 0}));
        QCOMPARE(preview.assessments, (tend::ImportCounts{1, 0, 0}));
        // The file's first showing falls on a day the device already showed that prompt: the same news. Its
        // dismissal and the four events of 03-02 are new.
        QCOMPARE(preview.promptEvents, (tend::ImportCounts{4, 1, 0}));
        QCOMPARE(
            preview.settingsChanged,
            4); // day_start, emergency_country, onboarding_done, prompt_kinds_off; the device's theme wins
        // The GP is the same person (kind, name and numbers); Sam and Shout are new.
        QCOMPARE(preview.personalContacts, (tend::ImportCounts{2, 1, 0}));
        QVERIFY(!preview.changesNothing());
    }

    void appliesAMerge() {
        auto db = m_databases.openMigrated();
        tend::Repositories repositories(db);
        fillDevice(db);
        const auto preview = tend::previewImport(repositories, theFile(), ImportMode::Merge);
        QCOMPARE(tend::applyImport(repositories, theFile(), ImportMode::Merge), preview);

        tend::CheckinRepository checkins(db);
        const auto first = *checkins.find(day("2026-03-01"));
        // Nothing of the device's day is lost: its note comes first, its mood stays, its tick stays.
        QCOMPARE(first.note, "device" + std::string(tend::mergedNoteSeparator) + theFile().checkins[0].note);
        QCOMPARE(first.answers, (std::map<std::string, int>{{"mood", 2}, {"hard_cases", 2}, {"sleep", 0}}));
        QCOMPARE(first.selfCareDone, (std::set<std::int64_t>{1, 2}));
        QCOMPARE(first.createdAt, at("2026-03-01T20:00:00"));
        QCOMPARE(first.updatedAt, theFile().checkins[0].updatedAt);
        QCOMPARE(checkins.find(day("2026-03-03"))->answers.at("mood"), 4);
        QVERIFY(checkins.find(day("2026-03-05")));
        // "Tea" came in as the device's action 3, at the end of the active plan; the tick follows it.
        const auto tea = *tend::SelfCarePlanRepository(db).find(3);
        QCOMPARE(tea.title, std::string("Tea on the balcony \xe2\x98\x95"));
        QCOMPARE(tea.position, 2);
        QVERIFY(!tea.archived);
        QCOMPARE(checkins.find(day("2026-03-04"))->selfCareDone, (std::set<std::int64_t>{3}));
        QCOMPARE(tend::HardMomentRepository(db).inRange(day("2026-03-01"), day("2026-03-31")).size(),
                 std::size_t(3));
        const auto events = tend::PromptEventRepository(db).since(day("2026-03-01"));
        QCOMPARE(events.size(), std::size_t(5));
        QCOMPARE(events[0].at, at("2026-03-01T07:30:00"));
        QVERIFY(events[1].kind == tend::PromptEventKind::Dismissed);
        QCOMPARE(events[2].libraryActionId, std::optional<std::string>("wind_down_routine"));
        QVERIFY(tend::isNeverAgain(*events[3].quietUntil));
        QVERIFY(events[4].kind == tend::PromptEventKind::Allowed);
        QCOMPARE(tend::SelfCarePlanRepository(db).find(3)->tags,
                 (std::vector<std::string>{"on_edge", "sleep"}));
        tend::SettingsRepository settings(db);
        QCOMPARE(settings.value("theme", ""), std::string("light"));
        QCOMPARE(settings.value("onboarding_done", ""), std::string("1"));
        QCOMPARE(settings.value("lock.pin_hash", ""), std::string("argon2id$..."));
        // The device's contacts stay as they are, first; the file's new ones follow in the file's order.
        const auto contacts = tend::PersonalContactRepository(db).all();
        QCOMPARE(contacts.size(), std::size_t(4));
        QCOMPARE(contacts[0].note, std::string("Ask for Dr Okafor"));
        QCOMPARE(contacts[1].name, std::string("Neighbour"));
        QCOMPARE(contacts[2].name, std::string("Sam \xe2\x80\x94 my sister"));
        QCOMPARE(contacts[3].name, std::string("Shout"));
        QCOMPARE(contacts[3].position, 3);

        // Merging the same file again changes nothing.
        const auto again = tend::previewImport(repositories, theFile(), ImportMode::Merge);
        QVERIFY(again.changesNothing());
        QCOMPARE(again.conflicts.size(), std::size_t(2));
        const auto after = wholeDatabase(db);
        static_cast<void>(tend::applyImport(repositories, theFile(), ImportMode::Merge));
        QCOMPARE(wholeDatabase(db), after);
    }

    void previewsAndAppliesAReplace() {
        auto db = m_databases.openMigrated();
        tend::Repositories repositories(db);
        fillDevice(db);
        const auto preview = tend::previewImport(repositories, theFile(), ImportMode::Replace);
        QCOMPARE(preview.checkins.added, 1);                   // 03-04
        QCOMPARE(preview.checkins.changed, 2);                 // 03-01 and 03-03
        QCOMPARE(preview.checkins.unchanged, 1);               // 03-02, times included
        QCOMPARE(preview.checkins.removed, 1);                 // 03-05
        QCOMPARE(preview.plan, (tend::ImportCounts{2, 1, 1})); // action 1 is identical; 2 differs (archived)
        QCOMPARE(preview.hardMoments, (tend::ImportCounts{2, 0, 2})); // other ids
        QCOMPARE(preview.assessments, (tend::ImportCounts{1, 0, 0}));
        QCOMPARE(preview.promptEvents, (tend::ImportCounts{5, 0, 1}));
        QCOMPARE(preview.settingsChanged, 5); // theme, onboarding_done, day_start, prompt_kinds_off and
                                              // emergency_country
        // The device's GP differs in its id, place and note: replaced like the rest.
        QCOMPARE(preview.personalContacts, (tend::ImportCounts{3, 0, 2}));

        QCOMPARE(tend::applyImport(repositories, theFile(), ImportMode::Replace), preview);
        QCOMPARE(wholeDatabase(db), tend::exportToJson(theFile()));
        QCOMPARE(tend::SettingsRepository(db).value("lock.pin_hash", ""), std::string("argon2id$..."));
        QVERIFY(tend::previewImport(repositories, theFile(), ImportMode::Replace).changesNothing());
    }

    void leavesSectionsTheFileDoesNotHold() {
        auto db = m_databases.openMigrated();
        tend::Repositories repositories(db);
        fillDevice(db);
        auto file = theFile();
        file.contents.checkins = file.contents.plan = file.contents.promptHistory = file.contents.settings =
            false;
        file.contents.assessments = false;
        file.checkins.clear();
        file.plan.clear();
        const auto preview = tend::previewImport(repositories, file, ImportMode::Replace);
        QCOMPARE(preview.checkins, tend::CheckinImportCounts{});
        QCOMPARE(preview.plan, tend::ImportCounts{});
        QCOMPARE(preview.hardMoments, (tend::ImportCounts{2, 0, 2}));
        static_cast<void>(tend::applyImport(repositories, file, ImportMode::Replace));
        QCOMPARE(tend::CheckinRepository(db).count(), 4);
        QCOMPARE(tend::SelfCarePlanRepository(db).all().size(), std::size_t(2));
        const auto moments = tend::HardMomentRepository(db).inRange(day("2026-03-01"), day("2026-03-31"));
        QCOMPARE(moments.size(), std::size_t(2));
        QCOMPARE(moments[0].id, std::int64_t(4));
        QCOMPARE(moments[1].id, std::int64_t(7));
    }

    void leavesTheContactsAloneWhenTheFileHasNone() {
        auto db = m_databases.openMigrated();
        tend::Repositories repositories(db);
        fillDevice(db);
        auto file = theFile();
        file.contents.personalContacts = false;
        file.personalContacts.clear();
        for (const auto mode : {ImportMode::Merge, ImportMode::Replace}) {
            const auto preview = tend::applyImport(repositories, file, mode);
            QCOMPARE(preview.personalContacts, tend::ImportCounts{});
            QCOMPARE(tend::PersonalContactRepository(db).all().size(), std::size_t(2));
        }
    }

    void replacesTheContactsWithAnEmptyList() {
        auto db = m_databases.openMigrated();
        tend::Repositories repositories(db);
        fillDevice(db);
        auto file = theFile();
        file.personalContacts.clear();
        QCOMPARE(tend::applyImport(repositories, file, ImportMode::Merge).personalContacts,
                 tend::ImportCounts{});
        QCOMPARE(tend::PersonalContactRepository(db).all().size(), std::size_t(2));
        QCOMPARE(tend::applyImport(repositories, file, ImportMode::Replace).personalContacts,
                 (tend::ImportCounts{0, 0, 2}));
        QVERIFY(tend::PersonalContactRepository(db).all().empty());
    }

    void refusesAMergeBeyondTheContactLimit() {
        auto db = m_databases.openMigrated();
        tend::Repositories repositories(db);
        fillDevice(db);
        tend::PersonalContactRepository contacts(db);
        for (int i = 2; i < 99; ++i)
            static_cast<void>(contacts.add(
                {0, tend::PersonalContactKind::Other, "Contact " + std::to_string(i), "112", "", "", "", 0}));
        const auto before = wholeDatabase(db);
        try {
            static_cast<void>(tend::applyImport(repositories, theFile(), ImportMode::Merge));
            QFAIL("merged past the limit");
        } catch (const tend::DataFileError& error) {
            QCOMPARE(QString::fromStdString(error.path()), QStringLiteral("personal_contacts"));
            QVERIFY(std::string(error.what()).find("at most 100") != std::string::npos);
        }
        QCOMPARE(wholeDatabase(db), before);
        // Replacing is fine: the file's three take the place of all of them.
        static_cast<void>(tend::applyImport(repositories, theFile(), ImportMode::Replace));
        QCOMPARE(contacts.all().size(), std::size_t(3));
    }

    void keepsTheDevicesNotesWhenTheFileHasNone() {
        auto db = m_databases.openMigrated();
        tend::Repositories repositories(db);
        fillDevice(db);
        auto file = theFile();
        file.contents.notes = false;
        for (auto& day : file.checkins)
            day.note.clear();
        for (auto& moment : file.hardMoments)
            moment.note.clear();
        const auto preview = tend::applyImport(repositories, file, ImportMode::Merge);
        QCOMPARE(preview.checkins.changed, 1);
        // The moment without its note is the device's moment with one, not a new one.
        QCOMPARE(preview.hardMoments, (tend::ImportCounts{1, 1, 0}));
        const auto first = *tend::CheckinRepository(db).find(day("2026-03-01"));
        QCOMPARE(first.note, std::string("device"));
        QCOMPARE(first.answers.at("mood"), 2);
    }

    void takesTheFilesAnswersOnlyWhereChosen() {
        auto db = m_databases.openMigrated();
        tend::Repositories repositories(db);
        fillDevice(db);
        tend::MergeChoices choices;
        choices.takeTheirs.insert({day("2026-03-01"), "mood"});
        const auto preview = tend::previewImport(repositories, theFile(), ImportMode::Merge, choices);
        QVERIFY(preview.conflicts[0].takeTheirs);
        QVERIFY(!preview.conflicts[1].takeTheirs);
        QCOMPARE(tend::applyImport(repositories, theFile(), ImportMode::Merge, choices), preview);
        tend::CheckinRepository checkins(db);
        QCOMPARE(checkins.find(day("2026-03-01"))->answers.at("mood"), 3);
        QCOMPARE(checkins.find(day("2026-03-03"))->answers.at("mood"), 4);

        auto db2 = m_databases.openMigrated();
        tend::Repositories other(db2);
        fillDevice(db2);
        tend::MergeChoices all;
        all.takeTheirsForAll = true;
        const auto taken = tend::applyImport(other, theFile(), ImportMode::Merge, all);
        QCOMPARE(taken.checkins.changed, 2); // 03-03 now changes too
        tend::CheckinRepository otherCheckins(db2);
        QCOMPARE(otherCheckins.find(day("2026-03-01"))->answers.at("mood"), 3);
        QCOMPARE(otherCheckins.find(day("2026-03-03"))->answers.at("mood"), 1);
        QCOMPARE(otherCheckins.find(day("2026-03-01"))->note.substr(0, 6), std::string("device"));
    }

    void aDifferentRestDayIsAConflict() {
        tend::Checkin mine = checkin("2026-03-02", {}, "2026-03-02T09:00:00");
        tend::Checkin theirs = mine;
        theirs.restDay = true;
        const auto kept = tend::mergeDay(mine, theirs, true, {});
        QVERIFY(!kept.changed);
        QVERIFY(!kept.day.restDay);
        QCOMPARE(kept.conflicts, (std::vector<tend::MergeConflict>{{day("2026-03-02"), "", 0, 1, false}}));
        tend::MergeChoices choices;
        choices.takeTheirs.insert({day("2026-03-02"), ""});
        const auto taken = tend::mergeDay(mine, theirs, true, choices);
        QVERIFY(taken.changed);
        QVERIFY(taken.day.restDay);
    }

    void joinsNotesWithoutRepeatingThem() {
        const std::string sep(tend::mergedNoteSeparator);
        QCOMPARE(tend::mergeNotes("a", ""), std::string("a"));
        QCOMPARE(tend::mergeNotes("", "b"), std::string("b"));
        QCOMPARE(tend::mergeNotes("a", "a"), std::string("a"));
        QCOMPARE(tend::mergeNotes("a", "b"), "a" + sep + "b");
        QCOMPARE(tend::mergeNotes("a" + sep + "b", "b"), "a" + sep + "b");
        // A note made by a merge elsewhere brings only what this device lacks.
        QCOMPARE(tend::mergeNotes("a", "a" + sep + "c"), "a" + sep + "c");
        QCOMPARE(tend::mergeNotes("b", "a" + sep + "b"), "b" + sep + "a");
    }

    void refusesANoteTooLongToJoin() {
        auto db = m_databases.openMigrated();
        tend::Repositories repositories(db);
        fillDevice(db);
        auto file = theFile();
        file.checkins[0].note = std::string(tend::maxNoteLength - 2, 'x');
        const auto before = wholeDatabase(db);
        QVERIFY_THROWS_EXCEPTION(tend::DataFileError,
                                 tend::applyImport(repositories, file, ImportMode::Merge));
        QCOMPARE(wholeDatabase(db), before);
    }

    void refusesToReplaceThePlanWithoutTheCheckins() {
        auto db = m_databases.openMigrated();
        tend::Repositories repositories(db);
        fillDevice(db);
        const auto before = wholeDatabase(db);
        auto file = theFile();
        file.contents.checkins = false;
        file.checkins.clear();
        try {
            static_cast<void>(tend::applyImport(repositories, file, ImportMode::Replace));
            QFAIL("replaced the plan under the device's ticks");
        } catch (const tend::DataFileError& error) {
            QCOMPARE(QString::fromStdString(error.path()), QStringLiteral("plan"));
        }
        QCOMPARE(wholeDatabase(db), before);
        // Merging it is fine.
        QCOMPARE(tend::applyImport(repositories, file, ImportMode::Merge).plan,
                 (tend::ImportCounts{1, 2, 0}));
    }

    // A failure halfway (here a tick no plan explains, which the parser would have refused) undoes it all,
    // including the plan actions and days written before it.
    void changesNothingWhenAnyPartFails() {
        for (const auto mode : {ImportMode::Merge, ImportMode::Replace}) {
            auto db = Database::open(m_databases.file(mode == ImportMode::Merge ? "merge.db" : "replace.db"),
                                     tend::test::testKey());
            tend::migrate(db);
            fillDevice(db);
            const auto before = wholeDatabase(db);
            auto file = theFile();
            file.checkins.back().selfCareDone = {99};
            tend::Repositories repositories(db);
            QVERIFY_THROWS_EXCEPTION(tend::StorageError, tend::applyImport(repositories, file, mode));
            QCOMPARE(wholeDatabase(db), before);
        }
    }
};

QTEST_GUILESS_MAIN(TestImportPlan)
#include "tst_importplan.moc"
