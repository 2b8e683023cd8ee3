#include "exchange/exportjson.h"
#include "exchange/exportjsonparser.h"
#include "exchange/importplan.h"
#include "exporttesting.h"
#include "storage/repositories.h"
#include "testdatabases.h"

#include <QTest>

#include <nlohmann/json.hpp>

#include <optional>

using nlohmann::json;
using tend::DataFileError;
using tend::test::addBadFileColumns;
using tend::test::badFile;

// No raw strings holding quotes and "//" here: moc reads those as comments and then finds no class.
namespace {

QByteArray goldenText() {
    return tend::test::readTestData(QStringLiteral("export/small.json"));
}

json golden() {
    return json::parse(goldenText().toStdString());
}

QByteArray variant(const std::function<void(json&)>& change) {
    return tend::test::changed(golden(), change);
}

// The golden text with one piece of it replaced, for what a JSON library would never write.
QByteArray edited(const char* from, const QByteArray& to) {
    auto text = goldenText();
    const auto index = text.indexOf(from);
    if (index < 0)
        qFatal("golden file lacks %s", from);
    return text.replace(index, qsizetype(qstrlen(from)), to);
}

QByteArray versionOneText() {
    return tend::test::readTestData(QStringLiteral("export/small-v1.json"));
}

QByteArray versionTwoText() {
    return tend::test::readTestData(QStringLiteral("export/small-v2.json"));
}

// The version 2 golden file, changed.
QByteArray versionTwo(const std::function<void(json&)>& change) {
    return tend::test::changed(json::parse(versionTwoText().toStdString()), change);
}

// The version 1 golden file, changed.
QByteArray versionOne(const std::function<void(json&)>& change) {
    return tend::test::changed(json::parse(versionOneText().toStdString()), change);
}

tend::ExportData parse(const std::string& text) {
    return tend::parseExportJson(text, tend::test::shippedDefinition());
}

} // namespace

class TestExportJsonParser final : public QObject {
    Q_OBJECT

private:
    tend::test::TestDatabases m_databases;

private slots:
    void initTestCase() { QVERIFY(m_databases.isValid()); }

    void readsBackWhatWasWritten() {
        const auto data = parse(goldenText().toStdString());
        QCOMPARE(tend::exportToJson(data), goldenText().toStdString());
        QVERIFY(data.contents.checkins && data.contents.plan && data.contents.settings);
        QCOMPARE(data.hardMoments.size(), std::size_t(2));
        QVERIFY(!data.assessments[0].scores.scales[1].score);
    }

    void readsAVersionOneFile() {
        // A file written before plan tags and the newer prompt events existed still comes in whole.
        const auto data = parse(versionOneText().toStdString());
        QCOMPARE(data.plan.size(), std::size_t(3));
        for (const auto& action : data.plan)
            QVERIFY(action.tags.empty());
        QCOMPARE(data.promptEvents.size(), std::size_t(2));
        QVERIFY(!data.promptEvents[0].libraryActionId);
        QCOMPARE(data.promptEvents[1].quietUntil, std::optional(tend::test::day("2026-03-08")));
        QCOMPARE(data.settings.size(), std::size_t(2));
        const auto again = json::parse(tend::exportToJson(data));
        QCOMPARE(again["version"].get<int>(), 3);
        QCOMPARE(again["plan"][2]["tags"].dump(), std::string("[]"));
    }

    void readsAVersionTwoFile() {
        // A file from before personal contacts says nothing about them: an import leaves them alone.
        const auto data = parse(versionTwoText().toStdString());
        QVERIFY(!data.contents.personalContacts);
        QVERIFY(data.personalContacts.empty());
        QCOMPARE(data.plan.size(), std::size_t(3));
        QCOMPARE(data.settings.size(), std::size_t(4));
        const auto again = json::parse(tend::exportToJson(data));
        QCOMPARE(again["version"].get<int>(), 3);
        QVERIFY(!again.contains("personal_contacts"));
    }

    void readsThePersonalContactsInTheirOrder() {
        const auto data = parse(goldenText().toStdString());
        QVERIFY(data.contents.personalContacts);
        QCOMPARE(data.personalContacts.size(), std::size_t(3));
        QCOMPARE(data.personalContacts[0].id, std::int64_t(3));
        QCOMPARE(data.personalContacts[0].kind, tend::PersonalContactKind::Gp);
        QCOMPARE(data.personalContacts[0].note, std::string("Surgery, weekdays"));
        QCOMPARE(data.personalContacts[2].url, std::string("https://giveusashout.org"));
        for (std::size_t i = 0; i < data.personalContacts.size(); ++i)
            QCOMPARE(data.personalContacts[i].position, int(i));
        QCOMPARE(data.settings.at("emergency_country"), std::string("GB"));
        // The file's order is the worker's order, so it is kept as it is.
        const auto swapped = parse(variant([](json& d) {
                                       std::swap(d["personal_contacts"][0], d["personal_contacts"][2]);
                                   }).toStdString());
        QCOMPARE(swapped.personalContacts[0].id, std::int64_t(2));
        QCOMPARE(swapped.personalContacts[0].position, 0);
    }

    void readsTheNewerPromptEvents() {
        const auto data = parse(goldenText().toStdString());
        QCOMPARE(data.plan[2].tags, (std::vector<std::string>{"on_edge", "sleep"}));
        QCOMPARE(data.promptEvents.size(), std::size_t(5));
        QCOMPARE(data.promptEvents[2].libraryActionId, std::optional<std::string>("wind_down_routine"));
        QVERIFY(tend::isNeverAgain(*data.promptEvents[3].quietUntil));
        QCOMPARE(data.promptEvents[4].kind, tend::PromptEventKind::Allowed);
        // Tags in any order come out sorted.
        const auto reordered = parse(variant([](json& d) {
                                         d["plan"][2]["tags"] = json::array({"sleep", "on_edge"});
                                     }).toStdString());
        QCOMPARE(tend::exportToJson(reordered), goldenText().toStdString());
    }

    void putsListsInCanonicalOrderWhateverTheFileSays() {
        const auto shuffled = variant([](json& d) {
            std::swap(d["checkins"][0], d["checkins"][1]);
            std::swap(d["plan"][0], d["plan"][2]);
            std::swap(d["hard_moments"][0], d["hard_moments"][1]);
        });
        QCOMPARE(tend::exportToJson(parse(shuffled.toStdString())), goldenText().toStdString());
    }

    void tellsWhichSectionsTheFileHolds() {
        const auto data = parse(variant([](json& d) {
                                    d.erase("plan");
                                    d.erase("checkins");
                                    d["prompt_events"][0]["plan_action"] = nullptr;
                                    d.erase("settings");
                                    d["notes"] = false;
                                    d["hard_moments"][0]["note"] = "";
                                }).toStdString());
        QVERIFY(!data.contents.plan);
        QVERIFY(!data.contents.checkins);
        QVERIFY(!data.contents.settings);
        QVERIFY(!data.contents.notes);
        QVERIFY(data.contents.hardMoments && data.contents.assessments && data.contents.promptHistory);
    }

    void acceptsNumbersWrittenDifferently() {
        // 12 and 12.50 are the same score as 12.0 and 12.5; the canonical text comes out the same.
        const auto data =
            parse(variant([](json& d) { d["assessments"][0]["scores"][0]["score"] = 12; }).toStdString());
        QCOMPARE(*data.assessments[0].scores.scales[0].score, 12.0);
    }

    void rejectsBadFiles_data() {
        addBadFileColumns();
        // Broken JSON: where, by line, column and byte.
        badFile("empty", "", "", "the file is empty");
        badFile("cut short", goldenText().left(700), "",
                "the file ends in the middle of the data (at line 36); it may have been cut short");
        badFile("syntax error", "{\n  \"format\": \"tend.export\",\n  \"version\": 1 x\n}", "",
                "not valid JSON at line 3, column 16 (byte offset 44)");
        badFile("trailing text", goldenText() + "x", "",
                "not valid JSON at line 192, column 1 (byte offset 4180): syntax error while parsing value - "
                "invalid literal");
        badFile("invalid UTF-8", edited("Long shift.", "Long \xff shift."), "", "ill-formed UTF-8 byte");
        badFile("lone surrogate", edited("Long shift.", "Long \\ud800 shift."), "", "surrogate");
        badFile("NUL character", edited("Long shift.", "Long \\u0000 shift."), "checkins[0].note",
                "contains a NUL character");
        badFile("duplicate key", edited("\"notes\": true,", "\"notes\": true,\n  \"notes\": false,"), "notes",
                "the key \"notes\" appears twice in one object");
        badFile("nested too deeply",
                variant([](json& d) { d["checkins"][0]["answers"]["mood"] = json::parse("[[[[[1]]]]]"); }),
                "checkins[0].answers.mood[0][0][0][0]", "nested too deeply; an export has at most 8 levels");
        badFile("not an object", "[]", "", "expected a JSON object at the top level, found an array");
        // The kind of file and its version come first.
        badFile("other format", variant([](json& d) { d["format"] = "tend.org-profile"; }), "format",
                "expected \"tend.export\", found \"tend.org-profile\"");
        badFile("no format", variant([](json& d) { d.erase("format"); }), "format", "required but missing");
        badFile(
            "newer version", variant([](json& d) {
                d["version"] = 4;
                d["future"] = true;
            }),
            "version",
            "this file was made by a newer version of Tend (export version 4); this version reads version 3");
        badFile("version as text", variant([](json& d) { d["version"] = "1"; }), "version",
                "expected the integer 3, found a string");
        badFile("version zero", variant([](json& d) { d["version"] = 0; }), "version",
                "expected 1 to 3, found 0");
        // What version 3 added is refused in a file that says it is version 2.
        badFile("contacts in version 2", variant([](json& d) {
                    d["version"] = 2;
                    d["settings"].erase("emergency_country");
                }),
                "personal_contacts", "not a section that a file of version 2 can hold");
        badFile("emergency country in version 2",
                versionTwo([](json& d) { d["settings"]["emergency_country"] = "GB"; }),
                "settings.emergency_country", "not a setting that a file of version 2 can hold");
        // What version 2 added is refused in a file that says it is version 1.
        badFile("tags in version 1", variant([](json& d) { d["version"] = 1; }), "plan[0].tags",
                "unknown key \"tags\"");
        badFile("allowed in version 1", versionOne([](json& d) {
                    d["prompt_events"][1]["event"] = "allowed";
                    d["prompt_events"][1]["quiet_until"] = nullptr;
                }),
                "prompt_events[1].event",
                "unknown event \"allowed\"; expected \"shown\", \"opened\", \"dismissed\" or \"snoozed\"");
        badFile("day start in version 1", versionOne([](json& d) { d["settings"]["day_start"] = "06:00"; }),
                "settings.day_start", "not a setting that a file of version 1 can hold");
        badFile("never in version 1",
                versionOne([](json& d) { d["prompt_events"][1]["quiet_until"] = "never"; }),
                "prompt_events[1].quiet_until", "only a dismissed prompt can stay quiet for good");
        badFile("unknown top-level key", variant([](json& d) { d["extra"] = 1; }), "extra",
                "unknown key \"extra\"");
        badFile("notes missing", variant([](json& d) { d.erase("notes"); }), "notes", "required but missing");
        badFile("range backwards", variant([](json& d) {
                    d["from"] = "2026-03-05";
                    d["to"] = "2026-03-01";
                }),
                "to", "the range ends on 2026-03-01, before it starts on 2026-03-05");
        // Check-ins.
        badFile("answer off its scale", variant([](json& d) { d["checkins"][0]["answers"]["mood"] = 7; }),
                "checkins[0].answers.mood", "7 is outside 0 to 4");
        badFile("negative count", variant([](json& d) { d["checkins"][0]["answers"]["hard_cases"] = -1; }),
                "checkins[0].answers.hard_cases", "-1 is outside 0 to 30");
        badFile("unknown item", variant([](json& d) { d["checkins"][1]["answers"]["happiness"] = 1; }),
                "checkins[1].answers.happiness", "there is no question \"happiness\" in the check-in");
        badFile("fractional answer", variant([](json& d) { d["checkins"][0]["answers"]["mood"] = 2.5; }),
                "checkins[0].answers.mood", "expected an integer, found 2.5");
        badFile("answers as a list", variant([](json& d) { d["checkins"][0]["answers"] = json::array(); }),
                "checkins[0].answers", "expected an object, found an array");
        badFile("impossible date", variant([](json& d) { d["checkins"][1]["date"] = "2026-02-30"; }),
                "checkins[1].date", "expected a real date written as YYYY-MM-DD, found \"2026-02-30\"");
        badFile("impossible time",
                variant([](json& d) { d["checkins"][0]["created_at"] = "2026-03-01T24:00:00"; }),
                "checkins[0].created_at", "expected a real time written as YYYY-MM-DDTHH:MM:SS");
        badFile("time with a zone",
                variant([](json& d) { d["checkins"][0]["updated_at"] = "2026-03-01T21:10:00Z"; }),
                "checkins[0].updated_at", "found \"2026-03-01T21:10:00Z\"");
        badFile("duplicate day", variant([](json& d) { d["checkins"][1]["date"] = "2026-03-01"; }),
                "checkins[1].date", "the day 2026-03-01 appears twice (also at checkins[0])");
        badFile("tick of an action not in the plan", variant([](json& d) {
                    d["checkins"][0]["self_care"] = {1, 9};
                }),
                "checkins[0].self_care[1]", "self-care action 9 is not in the file's plan");
        badFile("tick twice", variant([](json& d) {
                    d["checkins"][0]["self_care"] = {1, 1};
                }),
                "checkins[0].self_care[1]", "self-care action 1 is listed twice");
        badFile("tick without a plan", variant([](json& d) { d.erase("plan"); }), "checkins[0].self_care[0]",
                "names self-care action 1, but the file has no plan to find it in");
        badFile("note too long", variant([](json& d) { d["checkins"][0]["note"] = std::string(10001, 'x'); }),
                "checkins[0].note", "too long (10001 bytes); a note can hold up to 10000");
        badFile("note left out but present", variant([](json& d) { d["notes"] = false; }), "checkins[0].note",
                "the file says notes were left out");
        badFile("outside the declared range", variant([](json& d) { d["from"] = "2026-03-02"; }),
                "checkins[0].date",
                "2026-03-01 lies outside the range this file was exported for (2026-03-02 to the end)");
        badFile("note missing", variant([](json& d) { d["checkins"][0].erase("note"); }), "checkins[0].note",
                "required but missing");
        badFile("unknown check-in key", variant([](json& d) { d["checkins"][0]["mood"] = 3; }),
                "checkins[0].mood", "unknown key \"mood\"");
        badFile("rest day as a number", variant([](json& d) { d["checkins"][1]["rest_day"] = 1; }),
                "checkins[1].rest_day", "expected a boolean, found a number");
        badFile("too many check-ins",
                variant([](json& d) { d["checkins"] = json(std::vector<int>(20001, 0)); }), "checkins",
                "too many entries (20001); at most 20000 are allowed");
        // Hard moments.
        badFile("intensity too high", variant([](json& d) { d["hard_moments"][0]["intensity"] = 4; }),
                "hard_moments[0].intensity", "4 is outside 1 to 3");
        badFile("id zero", variant([](json& d) { d["hard_moments"][1]["id"] = 0; }), "hard_moments[1].id",
                "expected an integer from 1 to 9007199254740991, found 0");
        badFile("duplicate hard moment id", variant([](json& d) { d["hard_moments"][1]["id"] = 4; }),
                "hard_moments[1].id", "id 4 appears twice (also at hard_moments[0])");
        // Plan.
        badFile("title too long", variant([](json& d) { d["plan"][0]["title"] = std::string(121, 'a'); }),
                "plan[0].title", "too long (121 characters); at most 120 are allowed");
        badFile("title on two lines", variant([](json& d) { d["plan"][1]["title"] = "Call\nmy sister"; }),
                "plan[1].title", "a title is one line of text");
        badFile("duplicate plan id", variant([](json& d) { d["plan"][1]["id"] = 1; }), "plan[1].id",
                "id 1 appears twice (also at plan[0])");
        badFile("tag twice", variant([](json& d) {
                    d["plan"][2]["tags"] = json::array({"sleep", "sleep"});
                }),
                "plan[2].tags[1]", "tag \"sleep\" is listed twice");
        badFile("tag with a space", variant([](json& d) { d["plan"][2]["tags"] = json::array({"on edge"}); }),
                "plan[2].tags[0]", "invalid id \"on edge\"");
        badFile("tags missing", variant([](json& d) { d["plan"][0].erase("tags"); }), "plan[0].tags",
                "required but missing");
        badFile("library id with capitals", variant([](json& d) { d["plan"][0]["library_id"] = "Walk"; }),
                "plan[0].library_id", "invalid id \"Walk\"");
        // Assessments.
        badFile("score as text", variant([](json& d) { d["assessments"][0]["scores"][0]["score"] = "12"; }),
                "assessments[0].scores[0].score", "expected a number, found a string");
        badFile("scale twice",
                variant([](json& d) { d["assessments"][0]["scores"][1]["scale"] = "carrying"; }),
                "assessments[0].scores[1].scale", "scale \"carrying\" is listed twice");
        // Prompt events.
        badFile("unknown event", variant([](json& d) { d["prompt_events"][0]["event"] = "clicked"; }),
                "prompt_events[0].event", "unknown event \"clicked\"");
        badFile("dismissed without a quiet day",
                variant([](json& d) { d["prompt_events"][1]["quiet_until"] = nullptr; }),
                "prompt_events[1].quiet_until", "a dismissed prompt needs the day it stays quiet until");
        badFile(
            "suggestion on a dismissal", variant([](json& d) { d["prompt_events"][1]["plan_action"] = 1; }),
            "prompt_events[1].plan_action", "only a shown prompt names the self-care action it suggested");
        badFile("suggestion not in the plan",
                variant([](json& d) { d["prompt_events"][0]["plan_action"] = 3; }),
                "prompt_events[0].plan_action", "self-care action 3 is not in the file's plan");
        badFile("never on a snooze", variant([](json& d) {
                    d["prompt_events"][1]["event"] = "snoozed";
                    d["prompt_events"][1]["quiet_until"] = "never";
                }),
                "prompt_events[1].quiet_until", "only a dismissed prompt can stay quiet for good");
        badFile("library suggestion on a dismissal",
                variant([](json& d) { d["prompt_events"][1]["library_action"] = "slow_breaths"; }),
                "prompt_events[1].library_action",
                "only a shown prompt names the self-care action it suggested");
        badFile("plan and library suggestion",
                variant([](json& d) { d["prompt_events"][0]["library_action"] = "slow_breaths"; }),
                "prompt_events[0].library_action", "a plan action or a library action, not both");
        badFile("allowed with a quiet day",
                variant([](json& d) { d["prompt_events"][4]["quiet_until"] = "2026-04-01"; }),
                "prompt_events[4].quiet_until",
                "only a dismissed or snoozed prompt has a day it stays quiet until");
        badFile("shown twice a day", variant([](json& d) {
                    d["prompt_events"][1]["event"] = "shown";
                    d["prompt_events"][1]["quiet_until"] = nullptr;
                }),
                "prompt_events[1].at",
                "is shown at most once a day, and prompt_events[0] already shows it on 2026-03-01");
        // Settings.
        badFile("lock setting", variant([](json& d) { d["settings"]["lock.pin_hash"] = "x"; }),
                "settings.lock.pin_hash", "not a setting that Tend takes from a file");
        badFile("unknown theme", variant([](json& d) { d["settings"]["theme"] = "purple"; }),
                "settings.theme", "expected \"system\", \"light\" or \"dark\"");
        badFile("day start in the afternoon", variant([](json& d) { d["settings"]["day_start"] = "15:00"; }),
                "settings.day_start", "expected a time from 00:00 to 12:00 written as HH:MM");
        badFile("crisis turned off", variant([](json& d) { d["settings"]["prompt_kinds_off"] = "crisis"; }),
                "settings.prompt_kinds_off", "expected kinds of prompt other than crisis");
        badFile("setting as a number", variant([](json& d) { d["settings"]["onboarding_done"] = 1; }),
                "settings.onboarding_done", "expected a string, found a number");
        badFile("broken organisation profile", variant([](json& d) { d["settings"]["org_profile"] = "{}"; }),
                "settings.org_profile", "not a usable organisation profile");
        badFile("emergency country in small letters",
                variant([](json& d) { d["settings"]["emergency_country"] = "gb"; }),
                "settings.emergency_country", "expected a two-letter country code in capitals");
        // The worker's own contacts: as the app's editor would let them be saved.
        badFile("contact without a name", variant([](json& d) { d["personal_contacts"][0]["name"] = ""; }),
                "personal_contacts[0].name", "a contact needs a name");
        badFile("contact name on two lines",
                variant([](json& d) { d["personal_contacts"][0]["name"] = "Dr\nOkafor"; }),
                "personal_contacts[0].name", "one line of text");
        badFile("contact with no way to reach it", variant([](json& d) {
                    d["personal_contacts"][2]["sms"] = "";
                    d["personal_contacts"][2]["url"] = "";
                }),
                "personal_contacts[2]", "a contact needs at least one way to reach it");
        badFile(
            "phone with letters", variant([](json& d) { d["personal_contacts"][0]["phone"] = "0800-HELP"; }),
            "personal_contacts[0].phone", "a phone number holds only digits, spaces, +, - and parentheses");
        badFile("plus in the middle",
                variant([](json& d) { d["personal_contacts"][1]["sms"] = "07700+900"; }),
                "personal_contacts[1].sms", "in a phone number, + may only come first");
        badFile("plain http link",
                variant([](json& d) { d["personal_contacts"][2]["url"] = "http://giveusashout.org"; }),
                "personal_contacts[2].url", "a web link starts with https://");
        badFile("link disguised with user info",
                variant([](json& d) { d["personal_contacts"][2]["url"] = "https://help@elsewhere.example"; }),
                "personal_contacts[2].url", "not a web address Tend can open");
        badFile("space at the end of a name",
                variant([](json& d) { d["personal_contacts"][0]["name"] = "Dr Okafor "; }),
                "personal_contacts[0].name", "a text without spaces at either end is expected");
        badFile("contact note too long",
                variant([](json& d) { d["personal_contacts"][0]["note"] = std::string(201, 'n'); }),
                "personal_contacts[0].note", "too long; at most 200 characters");
        badFile("unknown kind", variant([](json& d) { d["personal_contacts"][0]["kind"] = "doctor"; }),
                "personal_contacts[0].kind", "unknown kind \"doctor\"; expected \"gp\", \"therapist\"");
        badFile("contact id twice", variant([](json& d) { d["personal_contacts"][2]["id"] = 3; }),
                "personal_contacts[2].id", "id 3 appears twice (also at personal_contacts[0])");
        badFile("contact missing its note", variant([](json& d) { d["personal_contacts"][1].erase("note"); }),
                "personal_contacts[1].note", "required but missing");
        badFile("unknown contact key", variant([](json& d) { d["personal_contacts"][1]["email"] = "a@b.c"; }),
                "personal_contacts[1].email", "unknown key \"email\"");
        badFile("contacts as an object", variant([](json& d) { d["personal_contacts"] = json::object(); }),
                "personal_contacts", "expected an array");
        badFile("too many contacts",
                variant([](json& d) { d["personal_contacts"] = json(std::vector<int>(101, 0)); }),
                "personal_contacts", "too many entries (101); at most 100 are allowed");
    }

    // A bad file is refused with its exact place, and the data on the device is exactly as before.
    void rejectsBadFiles() {
        auto db = m_databases.openMigrated();
        tend::Repositories repositories(db);
        auto mine = tend::test::smallHistory();
        mine.checkins[0].note = "Mine, not the file's.";
        static_cast<void>(tend::applyImport(repositories, mine, tend::ImportMode::Replace));
        const auto before = tend::test::wholeDatabase(db);
        for (const auto mode : {tend::ImportMode::Merge, tend::ImportMode::Replace}) {
            tend::test::verifyBadFileRejected(
                [&](const std::string& text) { return tend::applyImport(repositories, parse(text), mode); });
            QCOMPARE(tend::test::wholeDatabase(db), before);
        }
    }

    void refusesAFileBeyondTheSizeLimit() {
        const std::string text(tend::ExportFileLimits::maxBytes + 1, ' ');
        try {
            static_cast<void>(parse(text));
            QFAIL("accepted an oversized file");
        } catch (const DataFileError& error) {
            QCOMPARE(QString::fromStdString(error.what()),
                     QStringLiteral("the file is 67108865 bytes long; at most 67108864 are allowed"));
        }
    }

    void neverLetsALibraryErrorEscape() {
        // Hostile shapes where each field has the wrong type: every one must come back as a DataFileError.
        const json shapes = json::array({nullptr, true, 1, -1, 1.5, "x", json::array(), json::object()});
        const auto document = golden();
        const auto flat = document.flatten();
        int rejected = 0;
        for (const auto& place : flat.items()) {
            for (const auto& shape : shapes) {
                auto broken = document;
                broken[json::json_pointer(place.key())] = shape;
                const auto text = broken.dump();
                try {
                    static_cast<void>(parse(text));
                } catch (const DataFileError&) {
                    ++rejected;
                }
            }
        }
        // Only a shape equal to the original value, or a free text in place of another, can still pass.
        QVERIFY(rejected > int(flat.size()) * 5);
    }
};

QTEST_GUILESS_MAIN(TestExportJsonParser)
#include "tst_exportjsonparser.moc"
