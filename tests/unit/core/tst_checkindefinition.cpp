#include "domain/checkindefinition.h"

#include "datafiletesting.h"

#include <QTest>

#include <nlohmann/json.hpp>

#include <functional>
#include <set>

using nlohmann::json;
using tend::test::addBadFileColumns;
using tend::test::badFile;
using tend::test::readAsset;

namespace {

// A small valid definition: two wellbeing ratings and one exposure count.
json validDefinition() {
    return json::parse(R"({
        "format": "tend.checkin-definition",
        "version": 3,
        "about": "Test questions.",
        "items": [
            {"id": "mood", "name": "mood", "text": "How are you?", "help": "Just today.", "group": "wellbeing", "kind": "rating",
             "scale": {"min": 0, "max": 4, "labels": ["a", "b", "c", "d", "e"]}, "polarity": "higher_is_better"},
            {"id": "hard_cases", "name": "hard_cases", "text": "How many?", "group": "exposure", "kind": "count",
             "scale": {"min": 0, "max": 30}, "polarity": "higher_is_worse", "default": false, "work": true},
            {"id": "energy", "name": "energy", "text": "Energy?", "group": "wellbeing", "kind": "rating",
             "scale": {"min": 1, "max": 3, "labels": ["low", "some", "high"]}, "polarity": "higher_is_better"}
        ]
    })");
}

QByteArray variant(const std::function<void(json&)>& change) {
    return tend::test::changed(validDefinition(), change);
}

} // namespace

class TestCheckinDefinition final : public QObject {
    Q_OBJECT

private slots:
    void parsesTheShippedDefinition() {
        const auto definition =
            tend::parseCheckinDefinition(readAsset(QStringLiteral("checkin/daily.json")).toStdString());
        QCOMPARE(definition.version, 1);
        QVERIFY(definition.about.starts_with("Tend's own daily questions."));
        QCOMPARE(definition.items.size(), std::size_t(13));

        std::set<tend::ItemGroup> groups;
        for (const auto& item : definition.items) {
            groups.insert(item.group);
            if (item.kind == tend::ItemKind::Rating)
                QCOMPARE(item.scale.labels.size(), std::size_t(item.scale.max - item.scale.min + 1));
            else
                QVERIFY(item.scale.labels.empty());
        }
        for (const auto group : tend::allItemGroups)
            QVERIFY2(groups.contains(group), tend::itemGroupKey(group).data());

        const auto* mood = definition.find("mood");
        QVERIFY(mood);
        QCOMPARE(mood->group, tend::ItemGroup::Wellbeing);
        QCOMPARE(mood->polarity, tend::Polarity::HigherIsBetter);
        QCOMPARE(mood->scale.labels.front(), std::string("Very low"));
        const auto* hardCases = definition.find("hard_cases");
        QVERIFY(hardCases);
        QCOMPARE(hardCases->kind, tend::ItemKind::Count);
        QVERIFY(!hardCases->enabledByDefault);
        QCOMPARE(definition.find("intrusion")->group, tend::ItemGroup::StsIntrusion);
        QCOMPARE(definition.find("distance")->group, tend::ItemGroup::Burnout);
        QCOMPARE(definition.find("supported")->group, tend::ItemGroup::CompassionSatisfaction);
        QCOMPARE(definition.find("sleep")->help, std::string("Your last main sleep, whenever it was."));
    }

    void readsEveryField() {
        const auto definition = tend::parseCheckinDefinition(validDefinition().dump());
        QCOMPARE(definition.version, 3);
        QCOMPARE(definition.about, std::string("Test questions."));
        const auto& mood = definition.items.at(0);
        QCOMPARE(mood.id, std::string("mood"));
        QCOMPARE(mood.text, std::string("How are you?"));
        QCOMPARE(mood.help, std::string("Just today."));
        QCOMPARE(mood.kind, tend::ItemKind::Rating);
        QVERIFY(mood.enabledByDefault); // "default" omitted
        const auto& energy = definition.items.at(2);
        QCOMPARE(energy.scale.min, 1);
        QCOMPARE(energy.scale.max, 3);
        QCOMPARE(energy.scale.labels, (std::vector<std::string>{"low", "some", "high"}));
        QVERIFY(!definition.items.at(1).enabledByDefault);
        QVERIFY(definition.items.at(1).help.empty());
        QVERIFY(definition.items.at(1).work);
        QVERIFY(!mood.work); // "work" omitted
    }

    void findReturnsNullForUnknownIds() {
        const auto definition = tend::parseCheckinDefinition(validDefinition().dump());
        QCOMPARE(definition.find("energy"), &definition.items.at(2));
        QCOMPARE(definition.find("nope"), nullptr);
        QCOMPARE(definition.find(""), nullptr);
    }

    void acceptsCharacterLimitsInCodePoints() {
        // 300 characters of two bytes each: over 300 bytes, but within the limit.
        QString text;
        text.fill(QChar(0x00E9), 300);
        const auto definition = tend::parseCheckinDefinition(
            variant([&](json& d) { d["items"][0]["text"] = text.toStdString(); }).toStdString());
        QCOMPARE(definition.items.at(0).text.size(), std::size_t(600));
    }

    void rejectsBadDefinitions_data() {
        addBadFileColumns();

        badFile("not JSON", "hello", "", "not valid JSON: parse error at line 1, column 1");
        badFile("missing comma", "{\n  \"format\": \"tend.checkin-definition\"\n  \"version\": 1\n}", "",
                "parse error at line 3, column 11");
        badFile("truncated JSON", R"({"format": "tend.checkin-definition", "items": [)", "",
                "not valid JSON");
        badFile("empty input", "", "", "not valid JSON");
        badFile("invalid UTF-8", "{\"format\": \"\xff\"}", "", "not valid JSON");
        badFile("number beyond range", R"({"format": "tend.checkin-definition", "version": -1e309})", "",
                "not valid JSON: number overflow parsing '-1e309'");
        badFile("top level array", "[]", "", "expected a JSON object at the top level, found an array");
        badFile("wrong format", variant([](json& d) { d["format"] = "tend.instrument-pack"; }), "format",
                R"(expected "tend.checkin-definition", found "tend.instrument-pack")");
        badFile("missing format", variant([](json& d) { d.erase("format"); }), "format",
                "required but missing");
        badFile("version zero", variant([](json& d) { d["version"] = 0; }), "version",
                "from 1 to 2147483647, found 0");
        badFile("version as text", variant([](json& d) { d["version"] = "1"; }), "version",
                "expected an integer, found a string");
        badFile("version fractional", variant([](json& d) { d["version"] = 1.5; }), "version",
                "expected an integer, found 1.5");
        badFile("about not text", variant([](json& d) { d["about"] = 7; }), "about",
                "expected a string, found a number");
        badFile("unknown top-level key", variant([](json& d) { d["itmes"] = json::array(); }), "itmes",
                R"(unknown key "itmes")");
        badFile("missing items", variant([](json& d) { d.erase("items"); }), "items", "required but missing");
        badFile("empty items", variant([](json& d) { d["items"] = json::array(); }), "items",
                "must list at least one entry");
        badFile("items as object", variant([](json& d) { d["items"] = json::object(); }), "items",
                "expected an array, found an object");
        badFile("too many items", variant([](json& d) {
                    auto items = json::array();
                    for (int i = 0; i < 201; ++i) {
                        auto item = d["items"][1];
                        item["id"] = "count_" + std::to_string(i);
                        items.push_back(item);
                    }
                    d["items"] = items;
                }),
                "items", "too many entries (201); at most 200");
        badFile("item not an object", variant([](json& d) { d["items"][1] = 5; }), "items[1]",
                "expected an object, found a number");
        badFile("duplicate id", variant([](json& d) { d["items"][2]["id"] = "mood"; }), "items[2].id",
                R"(duplicate id "mood", already used by items[0])");
        badFile("bad id characters", variant([](json& d) { d["items"][0]["id"] = "Mood-1"; }), "items[0].id",
                R"(invalid id "Mood-1")");
        badFile("empty id", variant([](json& d) { d["items"][0]["id"] = ""; }), "items[0].id",
                "must not be empty");
        badFile("id too long", variant([](json& d) { d["items"][0]["id"] = std::string(65, 'a'); }),
                "items[0].id", "too long (65 characters); at most 64");
        badFile("missing id", variant([](json& d) { d["items"][1].erase("id"); }), "items[1].id",
                "required but missing");
        badFile("empty text", variant([](json& d) { d["items"][0]["text"] = ""; }), "items[0].text",
                "must not be empty");
        badFile("text too long", variant([](json& d) { d["items"][0]["text"] = std::string(301, 'x'); }),
                "items[0].text", "too long (301 characters); at most 300");
        badFile("text a number", variant([](json& d) { d["items"][0]["text"] = 12; }), "items[0].text",
                "expected a string, found a number");
        badFile("text null", variant([](json& d) { d["items"][0]["text"] = nullptr; }), "items[0].text",
                "expected a string, found null");
        badFile("missing name", variant([](json& d) { d["items"][0].erase("name"); }), "items[0].name",
                "required but missing");
        badFile("name too long", variant([](json& d) { d["items"][0]["name"] = std::string(41, 'n'); }),
                "items[0].name", "too long (41 characters); at most 40");
        badFile("help an array", variant([](json& d) { d["items"][0]["help"] = json::array(); }),
                "items[0].help", "expected a string, found an array");
        badFile(
            "unknown group", variant([](json& d) { d["items"][0]["group"] = "welbeing"; }), "items[0].group",
            R"(unknown group "welbeing"; expected one of wellbeing, exposure, sts_intrusion, sts_avoidance, )"
            "sts_arousal, sts_numbing, burnout, compassion_satisfaction");
        badFile("unknown kind", variant([](json& d) { d["items"][0]["kind"] = "slider"; }), "items[0].kind",
                R"(unknown kind "slider"; expected "rating" or "count")");
        badFile("unknown polarity", variant([](json& d) { d["items"][0]["polarity"] = "up"; }),
                "items[0].polarity", R"(unknown polarity "up")");
        badFile("default as text", variant([](json& d) { d["items"][0]["default"] = "yes"; }),
                "items[0].default", "expected a boolean, found a string");
        badFile("work as a number", variant([](json& d) { d["items"][1]["work"] = 1; }), "items[1].work",
                "expected a boolean, found a number");
        badFile(
            "unknown item key", variant([](json& d) { d["items"][0]["grup"] = "wellbeing"; }),
            "items[0].grup",
            R"(unknown key "grup"; allowed keys are id, name, text, help, group, kind, scale, polarity, default, work)");
        badFile("unknown scale key", variant([](json& d) { d["items"][0]["scale"]["step"] = 1; }),
                "items[0].scale.step", R"(unknown key "step")");
        badFile("scale not an object", variant([](json& d) { d["items"][0]["scale"] = "0-4"; }),
                "items[0].scale", "expected an object, found a string");
        badFile("missing max", variant([](json& d) { d["items"][0]["scale"].erase("max"); }),
                "items[0].scale.max", "required but missing");
        badFile("min equals max", variant([](json& d) { d["items"][0]["scale"]["min"] = 4; }),
                "items[0].scale", "min (4) must be less than max (4)");
        badFile("min above max", variant([](json& d) { d["items"][1]["scale"]["min"] = 31; }),
                "items[1].scale", "min (31) must be less than max (30)");
        badFile("rating too wide", variant([](json& d) { d["items"][0]["scale"]["max"] = 20; }),
                "items[0].scale", "a rating scale has at most 11 points; found 0 to 20");
        badFile("too few labels", variant([](json& d) { d["items"][0]["scale"]["labels"].erase(4); }),
                "items[0].scale.labels", "expected 5 labels (one per point from 0 to 4), found 4");
        badFile("too many labels",
                variant([](json& d) { d["items"][2]["scale"]["labels"].push_back("max"); }),
                "items[2].scale.labels", "expected 3 labels (one per point from 1 to 3), found 4");
        badFile("missing labels", variant([](json& d) { d["items"][0]["scale"].erase("labels"); }),
                "items[0].scale.labels", "required for a rating item");
        badFile("labels not an array",
                variant([](json& d) { d["items"][0]["scale"]["labels"] = "a,b,c,d,e"; }),
                "items[0].scale.labels", "expected an array, found a string");
        badFile("empty label", variant([](json& d) { d["items"][0]["scale"]["labels"][2] = ""; }),
                "items[0].scale.labels[2]", "must not be empty");
        badFile("label a number", variant([](json& d) { d["items"][0]["scale"]["labels"][3] = 3; }),
                "items[0].scale.labels[3]", "expected a string, found a number");
        badFile("labels on count", variant([](json& d) { d["items"][1]["scale"]["labels"] = json::array(); }),
                "items[1].scale.labels", "not allowed for a count item");
        badFile("negative count", variant([](json& d) { d["items"][1]["scale"]["min"] = -1; }),
                "items[1].scale.min", "a count cannot be negative, found -1");
        badFile("count too high", variant([](json& d) { d["items"][1]["scale"]["max"] = 5000; }),
                "items[1].scale.max", "a count goes up to at most 1000, found 5000");
        badFile("max 1e30", variant([](json& d) { d["items"][1]["scale"]["max"] = 1e30; }),
                "items[1].scale.max", "expected an integer, found 1e+30");
        badFile("max 9999999999999",
                variant([](json& d) { d["items"][1]["scale"]["max"] = 9999999999999LL; }),
                "items[1].scale.max", "found 9999999999999");
        badFile("max beyond int64",
                R"({"format": "tend.checkin-definition", "version": 1, "items": [{"id": "a",
            "name": "a", "text": "A", "group": "exposure", "kind": "count", "scale": {"min": 0, "max": 18446744073709551615},
            "polarity": "higher_is_worse"}]})",
                "items[0].scale.max", "found 18446744073709551615");
        badFile("min hugely negative",
                variant([](json& d) { d["items"][0]["scale"]["min"] = -9999999999999LL; }),
                "items[0].scale.min", "found -9999999999999");
        badFile("max fractional", variant([](json& d) { d["items"][0]["scale"]["max"] = 4.5; }),
                "items[0].scale.max", "expected an integer, found 4.5");
        badFile(
            "mixed polarity in a group",
            variant([](json& d) { d["items"][2]["polarity"] = "higher_is_worse"; }), "items[2].polarity",
            R"(item "energy" and item "mood" (items[0]) are both in group "wellbeing" but have different polarities)");
    }
    void rejectsBadDefinitions() { tend::test::verifyBadFileRejected(tend::parseCheckinDefinition); }

    // Whatever the bytes, the parser answers with a DefinitionError, never with a crash or another exception.
    void everyTruncationFailsCleanly() {
        const auto full = readAsset(QStringLiteral("checkin/daily.json")).toStdString();
        for (std::size_t length = 0; length + 1 < full.size(); ++length) {
            try {
                static_cast<void>(tend::parseCheckinDefinition(std::string_view(full).substr(0, length)));
                // A prefix may only succeed if nothing but whitespace was cut off.
                QVERIFY(full.find_first_not_of(" \n\r\t", length) == std::string::npos);
            } catch (const tend::DefinitionError&) {
            }
        }
    }

    void everyValueReplacedByOtherTypesFailsCleanly() {
        const json replacements[] = {nullptr, true, -1, 0.5, 1e300, "x", ""};
        const auto original = validDefinition();
        const auto flat = original.flatten();
        for (const auto& [pointer, value] : flat.items()) {
            for (const auto& replacement : replacements) {
                auto document = flat;
                document[pointer] = replacement;
                try {
                    static_cast<void>(tend::parseCheckinDefinition(document.unflatten().dump()));
                } catch (const tend::DefinitionError&) {
                }
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestCheckinDefinition)
#include "tst_checkindefinition.moc"
