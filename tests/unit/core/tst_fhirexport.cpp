#include "exchange/fhirexport.h"

#include "datafiletesting.h"

#include <QTest>

#include <nlohmann/json.hpp>

#include <map>
#include <regex>

using namespace boost::gregorian;
using boost::posix_time::ptime;
using boost::posix_time::time_duration;
using nlohmann::json;

namespace {

const tend::CheckinDefinition& definition() {
    static const auto shipped =
        tend::parseCheckinDefinition(tend::test::readAsset("checkin/daily.json").toStdString());
    return shipped;
}

std::set<std::string> defaultItems() {
    std::set<std::string> items;
    for (const auto& item : definition().items)
        if (item.enabledByDefault)
            items.insert(item.id);
    return items;
}

tend::HardMoment momentAt(ptime time, int intensity) {
    tend::HardMoment moment;
    moment.occurredAt = time;
    moment.intensity = intensity;
    return moment;
}

tend::ExportData sampleData() {
    tend::ExportData data;
    tend::Checkin first;
    first.date = date(2026, 3, 1);
    first.answers = {
        {"mood", 3}, {"energy", 2}, {"intrusion", 2}, {"on_edge", 4}, {"distressing_material", 1}};
    first.note = "Long shift, \"hard\" call";
    first.createdAt = ptime(date(2026, 3, 1), time_duration(20, 0, 0));
    first.updatedAt = ptime(date(2026, 3, 2), time_duration(7, 30, 0));
    tend::Checkin second;
    second.date = date(2026, 3, 3);
    second.answers = {{"mood", 1}};
    second.restDay = true;
    second.createdAt = ptime(date(2026, 3, 3), time_duration(21, 0, 0));
    second.updatedAt = second.createdAt;
    data.checkins = {first, second};
    data.hardMoments = {momentAt(ptime(date(2026, 3, 1), time_duration(14, 0, 0)), 3),
                        momentAt(ptime(date(2026, 3, 2), time_duration(9, 0, 0)), 1)};
    return data;
}

json exported(const tend::ExportData& data) {
    return json::parse(tend::exportToFhir(data, definition(), defaultItems()));
}

std::vector<json> resourcesOfType(const json& bundle, const std::string& type) {
    std::vector<json> resources;
    for (const auto& entry : bundle["entry"])
        if (entry["resource"]["resourceType"] == type)
            resources.push_back(entry["resource"]);
    return resources;
}

// Observation values by index key and day.
std::map<std::pair<std::string, std::string>, double> indexValues(const json& bundle) {
    std::map<std::pair<std::string, std::string>, double> values;
    for (const auto& observation : resourcesOfType(bundle, "Observation"))
        values[{observation["code"]["coding"][0]["code"].get<std::string>(),
                observation["effectiveDateTime"].get<std::string>()}] =
            observation["valueQuantity"]["value"].get<double>();
    return values;
}

// QCOMPARE cannot take nlohmann::json (Qt's overloads make its conversions ambiguous).
#define COMPARE_JSON(actual, expected)                                                                       \
    QVERIFY2((actual) == (expected), (json(actual).dump() + " is not " + json(expected).dump()).c_str())

} // namespace

class TestFhirExport final : public QObject {
    Q_OBJECT

private slots:
    void isACanonicalCollectionBundle() {
        const auto text = tend::exportToFhir(sampleData(), definition(), defaultItems());
        const auto bundle = json::parse(text);
        QCOMPARE(text, bundle.dump()); // sorted keys, no spaces
        COMPARE_JSON(bundle["resourceType"], json("Bundle"));
        COMPARE_JSON(bundle["type"], json("collection"));
        QVERIFY(bundle["entry"].is_array());
    }

    void describesTheCheckinAsAQuestionnaire() {
        const auto bundle = exported({});
        QCOMPARE(bundle["entry"].size(), std::size_t(1));
        const auto& questionnaire = bundle["entry"][0]["resource"];
        COMPARE_JSON(questionnaire["resourceType"], json("Questionnaire"));
        COMPARE_JSON(questionnaire["url"], json("urn:tend:questionnaire:daily-checkin"));
        COMPARE_JSON(questionnaire["version"], json("2"));
        COMPARE_JSON(questionnaire["status"], json("active"));
        const auto& items = questionnaire["item"];
        // Asked and retired questions, then the rest day and the note.
        QCOMPARE(items.size(), definition().items.size() + definition().retiredItems.size() + 2);
        const json minValue{{"url", "http://hl7.org/fhir/StructureDefinition/minValue"}, {"valueInteger", 0}};
        const json maxValue{{"url", "http://hl7.org/fhir/StructureDefinition/maxValue"}, {"valueInteger", 4}};
        COMPARE_JSON(items[0], (json{{"linkId", "mood"},
                                     {"text", "How are you feeling overall today?"},
                                     {"type", "integer"},
                                     {"extension", json::array({minValue, maxValue})}}));
        COMPARE_JSON(items[4]["linkId"], json("hard_cases"));
        COMPARE_JSON(items[4]["extension"][1]["valueInteger"], json(30));
        COMPARE_JSON(items[items.size() - 3]["linkId"], json("avoidance"));
        COMPARE_JSON(items[items.size() - 2]["linkId"], json("rest-day"));
        COMPARE_JSON(items[items.size() - 2]["type"], json("boolean"));
        COMPARE_JSON(items[items.size() - 1]["linkId"], json("day-note"));
        COMPARE_JSON(items[items.size() - 1]["type"], json("string"));
    }

    void writesOneResponsePerCheckin() {
        const auto responses = resourcesOfType(exported(sampleData()), "QuestionnaireResponse");
        QCOMPARE(responses.size(), std::size_t(2));
        const auto& first = responses[0];
        COMPARE_JSON(first["status"], json("completed"));
        COMPARE_JSON(first["questionnaire"], json("urn:tend:questionnaire:daily-checkin|2"));
        COMPARE_JSON(first["identifier"],
                     json::parse(R"({"system": "urn:tend:checkin-day", "value": "2026-03-01"})"));
        COMPARE_JSON(first["authored"], json("2026-03-02")); // the day of the last save
        std::map<std::string, json> answers;
        for (const auto& item : first["item"])
            answers[item["linkId"].get<std::string>()] = item["answer"][0];
        // Skipped items are left out; the note and the rest day come as their own items.
        QCOMPARE(answers.size(), std::size_t(7));
        COMPARE_JSON(answers["mood"], json::parse(R"({"valueInteger": 3})"));
        COMPARE_JSON(answers["on_edge"], json::parse(R"({"valueInteger": 4})"));
        QVERIFY(!answers.contains("sleep"));
        COMPARE_JSON(answers["rest-day"], json::parse(R"({"valueBoolean": false})"));
        COMPARE_JSON(answers["day-note"], (json{{"valueString", "Long shift, \"hard\" call"}}));

        const auto& second = responses[1];
        COMPARE_JSON(second["authored"], json("2026-03-03"));
        QCOMPARE(second["item"].size(), std::size_t(2)); // mood and rest day; no note
        COMPARE_JSON(second["item"][1]["answer"][0], json::parse(R"({"valueBoolean": true})"));
    }

    // An answer to a question that is no longer asked is history, and an export carries all of it.
    void keepsAnswersToRetiredQuestions() {
        auto data = sampleData();
        data.checkins[1].answers["avoidance"] = 2;
        const auto responses = resourcesOfType(exported(data), "QuestionnaireResponse");
        QCOMPARE(responses.size(), std::size_t(2));
        const auto& items = responses[1]["item"];
        QCOMPARE(items.size(), std::size_t(3)); // mood, avoidance, rest day
        COMPARE_JSON(items[1]["linkId"], json("avoidance"));
        COMPARE_JSON(items[1]["answer"][0], json::parse(R"({"valueInteger": 2})"));
        COMPARE_JSON(items[1]["text"], json(definition().find("avoidance")->text));
    }

    void writesIndexValuesAsObservations() {
        const auto bundle = exported(sampleData());
        // 2026-03-01: wellbeing (75 + 50) / 2; STS the mean of intrusion 50 and arousal 100; exposure the
        // larger of distressing material (1 of 0-2 = 50) and one very hard moment (75).
        // 2026-03-02: one "a bit hard" moment (25) and no check-in. 2026-03-03: mood 1 of 0-4.
        const std::map<std::pair<std::string, std::string>, double> expected{
            {{"wellbeing", "2026-03-01"}, 62.5},
            {{"sts_load", "2026-03-01"}, 75.0},
            {{"exposure_load", "2026-03-01"}, 75.0},
            {{"exposure_load", "2026-03-02"}, 25.0},
            {{"wellbeing", "2026-03-03"}, 25.0}};
        QCOMPARE(indexValues(bundle), expected);
        for (const auto& observation : resourcesOfType(bundle, "Observation")) {
            COMPARE_JSON(observation["status"], json("final"));
            COMPARE_JSON(observation["code"]["coding"][0]["system"], json("urn:tend:index"));
            COMPARE_JSON(observation["category"][0]["coding"][0]["code"], json("survey"));
            COMPARE_JSON(observation["category"][0]["coding"][0]["system"],
                         json("http://terminology.hl7.org/CodeSystem/observation-category"));
            COMPARE_JSON(observation["valueQuantity"]["system"], json("http://unitsofmeasure.org"));
        }
    }

    void countsOnlyTrackedItems() {
        const auto bundle = json::parse(tend::exportToFhir(sampleData(), definition(), {"energy"}));
        const std::map<std::pair<std::string, std::string>, double> expected{
            {{"wellbeing", "2026-03-01"}, 50.0},
            {{"exposure_load", "2026-03-01"}, 75.0},
            {{"exposure_load", "2026-03-02"}, 25.0}};
        QCOMPARE(indexValues(bundle), expected);
    }

    void referencesResolveWithinTheBundle() {
        const auto bundle = exported(sampleData());
        std::map<std::string, std::string> typeOfUrl;
        std::set<std::string> ids;
        const std::regex uuid("[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
        for (const auto& entry : bundle["entry"]) {
            const auto id = entry["resource"]["id"].get<std::string>();
            QVERIFY2(std::regex_match(id, uuid), id.c_str());
            QCOMPARE(entry["fullUrl"].get<std::string>(), "urn:uuid:" + id);
            QVERIFY2(ids.insert(id).second, "duplicate id");
            typeOfUrl[entry["fullUrl"].get<std::string>()] =
                entry["resource"]["resourceType"].get<std::string>();
        }
        const auto questionnaire = resourcesOfType(bundle, "Questionnaire").at(0);
        const auto canonical =
            questionnaire["url"].get<std::string>() + "|" + questionnaire["version"].get<std::string>();
        for (const auto& response : resourcesOfType(bundle, "QuestionnaireResponse"))
            QCOMPARE(response["questionnaire"].get<std::string>(), canonical);
        std::size_t derived = 0;
        for (const auto& observation : resourcesOfType(bundle, "Observation")) {
            if (!observation.contains("derivedFrom"))
                continue;
            ++derived;
            const auto reference = observation["derivedFrom"][0]["reference"].get<std::string>();
            QCOMPARE(typeOfUrl[reference], std::string("QuestionnaireResponse"));
        }
        // Every value but the day with only a hard moment comes from that day's check-in.
        QCOMPARE(derived, std::size_t(4));
    }

    void sameDataGivesTheSameBytes() {
        const auto data = sampleData();
        const auto once = tend::exportToFhir(data, definition(), defaultItems());
        QCOMPARE(tend::exportToFhir(data, definition(), defaultItems()), once);

        auto changed = data;
        changed.checkins[1].note = "changed";
        const auto responses = resourcesOfType(json::parse(once), "QuestionnaireResponse");
        const auto changedResponses = resourcesOfType(exported(changed), "QuestionnaireResponse");
        COMPARE_JSON(changedResponses[0]["id"], responses[0]["id"]);
        QVERIFY(changedResponses[1]["id"] != responses[1]["id"]);
    }

    void keepsInvalidTextFromBreakingTheExport() {
        auto data = sampleData();
        data.checkins[0].note = "caf\xE9";
        const auto responses = resourcesOfType(exported(data), "QuestionnaireResponse");
        COMPARE_JSON(responses[0]["item"].back()["answer"][0]["valueString"], json("caf\xEF\xBF\xBD"));
    }
};

QTEST_APPLESS_MAIN(TestFhirExport)
#include "tst_fhirexport.moc"
