#include "content/selfcarelibrary.h"
#include "domain/checkindefinition.h"

#include "datafiletesting.h"

#include <QTest>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <functional>
#include <set>
#include <string>

using nlohmann::json;
using tend::test::addBadFileColumns;
using tend::test::badFile;
using tend::test::readAsset;

namespace {

json validLibrary() {
    return json::parse(R"({
        "format": "tend.selfcare-library",
        "version": 2,
        "actions": [
            {"id": "breathe", "title": "Breathe slowly", "detail": "Out longer than in.", "category": "body",
             "minutes": 2, "suits": ["on_edge", "sts_load"]},
            {"id": "call_a_friend", "title": "Call a friend", "detail": "Someone outside work.",
             "category": "connection", "minutes": 15, "suits": []}
        ]
    })");
}

QByteArray variant(const std::function<void(json&)>& change) {
    return tend::test::changed(validLibrary(), change);
}

} // namespace

class TestSelfCareLibrary final : public QObject {
    Q_OBJECT

private slots:
    void parsesTheShippedLibrary() {
        const auto library =
            tend::parseSelfCareLibrary(readAsset(QStringLiteral("selfcare/library.json")).toStdString());
        QCOMPARE(library.version, 1);
        QVERIFY2(library.actions.size() >= 45 && library.actions.size() <= 60,
                 qPrintable(QString::number(library.actions.size())));

        std::set<tend::SelfCareCategory> categories;
        int microActions = 0;
        for (const auto& action : library.actions) {
            categories.insert(action.category);
            if (action.minutes <= 5)
                ++microActions;
            QVERIFY2(!action.suits.empty(), action.id.c_str());
            // Titles go into the plan, whose limit is 120 characters; keep them far shorter.
            QVERIFY2(action.title.size() <= 60, action.title.c_str());
        }
        for (const auto category : tend::allSelfCareCategories)
            QVERIFY2(categories.contains(category), tend::selfCareCategoryKey(category).data());
        QVERIFY2(microActions >= 8, qPrintable(QString::number(microActions)));

        const auto* ritual = library.find("transition_ritual");
        QVERIFY(ritual);
        QCOMPARE(ritual->category, tend::SelfCareCategory::Boundaries);
        const auto* breaths = library.find("slow_breaths");
        QVERIFY(breaths);
        QCOMPARE(breaths->minutes, 2);
        QCOMPARE(breaths->suits, (std::vector<std::string>{"on_edge", "intrusion", "sts_load"}));
        QVERIFY(library.find("peer_check_in"));
        QVERIFY(library.find("walk_between_visits"));
    }

    // Shift work, asks of the organisation, and community or faith each have their own actions.
    void offersShiftWorkOrganisationalAndCommunityActions() {
        const auto library =
            tend::parseSelfCareLibrary(readAsset(QStringLiteral("selfcare/library.json")).toStdString());
        for (const char* id : {"dark_quiet_day_sleep", "nap_before_night_shift", "regular_sleep_anchor",
                               "caffeine_early", "no_drowsy_driving", "shade_eyes_after_nights"}) {
            const auto* action = library.find(id);
            QVERIFY2(action, id);
            QVERIFY2(std::find(action->suits.begin(), action->suits.end(), "sleep") != action->suits.end(),
                     id);
        }
        for (const char* id : {"ask_caseload_review", "book_leave", "ask_for_debrief", "learn_staff_support",
                               "ask_for_protected_time", "faith_or_spiritual_practice", "community_group",
                               "family_or_cultural_tradition"})
            QVERIFY2(library.find(id), id);
        // A debrief is the worker's to shape: the action says so.
        QVERIFY(library.find("ask_for_debrief")->detail.find("You choose how much you share") !=
                std::string::npos);
        QCOMPARE(library.find("ask_caseload_review")->category, tend::SelfCareCategory::Boundaries);
        QCOMPARE(library.find("faith_or_spiritual_practice")->category, tend::SelfCareCategory::Meaning);
    }

    void everyShippedTagIsAKnownIndicatorOrIndex() {
        const auto library =
            tend::parseSelfCareLibrary(readAsset(QStringLiteral("selfcare/library.json")).toStdString());
        const auto definition =
            tend::parseCheckinDefinition(readAsset(QStringLiteral("checkin/daily.json")).toStdString());
        const auto indexKeys = tend::test::indexKeys();
        std::set<std::string> used;
        for (const auto& action : library.actions) {
            for (const auto& tag : action.suits) {
                used.insert(tag);
                // A retired question is never asked, so a tag naming it would never match anything new.
                const auto* item = definition.find(tag);
                QVERIFY2((item && !item->retired) || indexKeys.contains(tag),
                         qPrintable(QString::fromStdString(action.id + ": " + tag)));
            }
        }
        // Every index can be matched by some action, so a prompt about any of them has something to offer.
        for (const auto& key : indexKeys)
            QVERIFY2(used.contains(key), key.c_str());
    }

    void readsEveryField() {
        const auto library = tend::parseSelfCareLibrary(validLibrary().dump());
        QCOMPARE(library.version, 2);
        QCOMPARE(library.actions.size(), std::size_t(2));
        const auto& breathe = library.actions[0];
        QCOMPARE(breathe.id, std::string("breathe"));
        QCOMPARE(breathe.title, std::string("Breathe slowly"));
        QCOMPARE(breathe.detail, std::string("Out longer than in."));
        QCOMPARE(breathe.category, tend::SelfCareCategory::Body);
        QCOMPARE(breathe.minutes, 2);
        QCOMPARE(breathe.suits, (std::vector<std::string>{"on_edge", "sts_load"}));
        QCOMPARE(library.actions[1].category, tend::SelfCareCategory::Connection);
        QVERIFY(library.actions[1].suits.empty());
        QCOMPARE(library.find("call_a_friend"), &library.actions[1]);
        QCOMPARE(library.find("nope"), nullptr);
    }

    void categoryKeysRoundTrip() {
        for (const auto category : tend::allSelfCareCategories)
            QCOMPARE(tend::selfCareCategoryFromKey(tend::selfCareCategoryKey(category)), category);
        QCOMPARE(tend::selfCareCategoryFromKey("Body"), std::nullopt);
    }

    void rejectsBadLibraries_data() {
        addBadFileColumns();
        badFile("not JSON", "{", "", "not valid JSON");
        badFile("top level array", "[]", "", "expected a JSON object at the top level, found an array");
        badFile("wrong format", variant([](json& d) { d["format"] = "tend.learning-cards"; }), "format",
                R"(expected "tend.selfcare-library", found "tend.learning-cards")");
        badFile("missing version", variant([](json& d) { d.erase("version"); }), "version",
                "required but missing");
        badFile("unknown top-level key", variant([](json& d) { d["extra"] = 1; }), "extra",
                R"(unknown key "extra"; allowed keys are format, version, actions)");
        badFile("no actions", variant([](json& d) { d["actions"] = json::array(); }), "actions",
                "must list at least one entry");
        badFile("action not an object", variant([](json& d) { d["actions"][1] = "walk"; }), "actions[1]",
                "expected an object, found a string");
        badFile("unknown action key", variant([](json& d) { d["actions"][0]["minuts"] = 2; }),
                "actions[0].minuts",
                R"(unknown key "minuts"; allowed keys are id, title, detail, category, minutes, suits)");
        badFile("duplicate id", variant([](json& d) { d["actions"][1]["id"] = "breathe"; }), "actions[1].id",
                R"(duplicate id "breathe", already used by actions[0])");
        badFile("bad id", variant([](json& d) { d["actions"][0]["id"] = "Breathe"; }), "actions[0].id",
                R"(invalid id "Breathe")");
        badFile("missing title", variant([](json& d) { d["actions"][1].erase("title"); }), "actions[1].title",
                "required but missing");
        badFile("title too long", variant([](json& d) { d["actions"][0]["title"] = std::string(81, 't'); }),
                "actions[0].title", "too long (81 characters); at most 80");
        badFile("empty detail", variant([](json& d) { d["actions"][0]["detail"] = ""; }), "actions[0].detail",
                "must not be empty");
        badFile(
            "unknown category", variant([](json& d) { d["actions"][1]["category"] = "social"; }),
            "actions[1].category",
            R"(unknown category "social"; expected one of body, mind, connection, boundaries, rest, meaning)");
        badFile("zero minutes", variant([](json& d) { d["actions"][0]["minutes"] = 0; }),
                "actions[0].minutes", "expected an integer from 1 to 1440, found 0");
        badFile("fractional minutes", variant([](json& d) { d["actions"][0]["minutes"] = 2.5; }),
                "actions[0].minutes", "expected an integer, found 2.5");
        badFile("missing suits", variant([](json& d) { d["actions"][0].erase("suits"); }), "actions[0].suits",
                "required but missing");
        badFile("suits a string", variant([](json& d) { d["actions"][0]["suits"] = "sleep"; }),
                "actions[0].suits", "expected an array, found a string");
        badFile("bad tag", variant([](json& d) { d["actions"][0]["suits"][1] = "STS load"; }),
                "actions[0].suits[1]", R"(invalid id "STS load")");
        badFile("duplicate tag", variant([](json& d) { d["actions"][0]["suits"].push_back("on_edge"); }),
                "actions[0].suits[2]", R"(duplicate tag "on_edge", already listed at actions[0].suits[0])");
    }
    void rejectsBadLibraries() { tend::test::verifyBadFileRejected(tend::parseSelfCareLibrary); }

    void everyValueReplacedByOtherTypesFailsCleanly() {
        // unflatten() accepts only primitive values.
        const json replacements[] = {nullptr, true, -1, 0.5, 1e300, "x", ""};
        const auto flat = validLibrary().flatten();
        for (const auto& [pointer, value] : flat.items()) {
            for (const auto& replacement : replacements) {
                auto document = flat;
                document[pointer] = replacement;
                try {
                    static_cast<void>(tend::parseSelfCareLibrary(document.unflatten().dump()));
                } catch (const tend::DataFileError&) {
                }
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestSelfCareLibrary)
#include "tst_selfcarelibrary.moc"
