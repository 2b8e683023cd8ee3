#include "exchange/fhirexport.h"

#include "insights/indexdefinition.h"
#include "insights/indexseries.h"
#include "time/isodate.h"

#include <nlohmann/json.hpp>
#include <sodium.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <map>
#include <stdexcept>

namespace tend {

namespace {

using boost::gregorian::date;
using nlohmann::json;

constexpr std::string_view restDayLinkId = "rest-day"; // a hyphen, so no check-in item id can clash
constexpr std::string_view noteLinkId = "day-note";
constexpr std::string_view minValueUrl = "http://hl7.org/fhir/StructureDefinition/minValue";
constexpr std::string_view maxValueUrl = "http://hl7.org/fhir/StructureDefinition/maxValue";
constexpr std::string_view categorySystem = "http://terminology.hl7.org/CodeSystem/observation-category";

// A name-based UUID (RFC 9562 version 8, SHA-256 as in its appendix B.2) of the resource's canonical
// JSON: equal content, equal id; different content, different id.
std::string contentUuid(const json& resource) {
    if (sodium_init() < 0)
        throw std::runtime_error("libsodium could not be initialised");
    const auto text = "tend-fhir-resource:" + resource.dump(-1, ' ', false, json::error_handler_t::replace);
    std::array<unsigned char, crypto_hash_sha256_BYTES> hash{};
    crypto_hash_sha256(hash.data(), reinterpret_cast<const unsigned char*>(text.data()), text.size());
    hash[6] = static_cast<unsigned char>((hash[6] & 0x0F) | 0x80);
    hash[8] = static_cast<unsigned char>((hash[8] & 0x3F) | 0x80);
    std::string uuid;
    for (std::size_t i = 0; i < 16; ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10)
            uuid += '-';
        char digits[3];
        std::snprintf(digits, sizeof digits, "%02x", static_cast<unsigned>(hash[i]));
        uuid += digits;
    }
    return uuid;
}

// Gives the resource its id and returns its entry's fullUrl.
std::string addEntry(json& entries, json resource) {
    const auto uuid = contentUuid(resource);
    resource["id"] = uuid;
    const auto fullUrl = "urn:uuid:" + uuid;
    entries.push_back({{"fullUrl", fullUrl}, {"resource", std::move(resource)}});
    return fullUrl;
}

json questionnaireItem(const CheckinItem& item) {
    return {{"linkId", item.id},
            {"text", item.text},
            {"type", "integer"},
            {"extension", json::array({{{"url", minValueUrl}, {"valueInteger", item.scale.min}},
                                       {{"url", maxValueUrl}, {"valueInteger", item.scale.max}}})}};
}

std::string canonical(const CheckinDefinition& definition) {
    return std::string(fhirQuestionnaireUrl) + "|" + std::to_string(definition.version);
}

json questionnaire(const CheckinDefinition& definition) {
    // Retired questions stay in the questionnaire, so every stored answer has an item to refer to.
    auto items = json::array();
    for (const auto* item : definition.allItems())
        items.push_back(questionnaireItem(*item));
    items.push_back({{"linkId", restDayLinkId},
                     {"text", "Was this a rest day (a day off or leave)?"},
                     {"type", "boolean"}});
    items.push_back({{"linkId", noteLinkId}, {"text", "Note"}, {"type", "string"}});
    json resource{{"resourceType", "Questionnaire"},
                  {"url", fhirQuestionnaireUrl},
                  {"version", std::to_string(definition.version)},
                  {"name", "TendDailyCheckin"},
                  {"title", "Tend daily check-in"},
                  {"status", "active"},
                  {"item", std::move(items)}};
    if (!definition.about.empty())
        resource["description"] = definition.about;
    return resource;
}

json answerItem(std::string_view linkId, const std::string& text, json answer) {
    return {{"linkId", linkId}, {"text", text}, {"answer", json::array({std::move(answer)})}};
}

// Tend keeps local times without a zone, and FHIR requires a zone on any dateTime with a time, so
// `authored` says the day of the last save, which is as exact as can be stated honestly.
std::string authoredDay(const Checkin& checkin) {
    return toIsoDate(checkin.updatedAt.is_special() ? checkin.date : checkin.updatedAt.date());
}

json questionnaireResponse(const Checkin& checkin, const CheckinDefinition& definition) {
    auto items = json::array();
    for (const auto* item : definition.allItems())
        if (const auto answer = checkin.answer(item->id))
            items.push_back(answerItem(item->id, item->text, {{"valueInteger", *answer}}));
    items.push_back(answerItem(restDayLinkId, "Was this a rest day (a day off or leave)?",
                               {{"valueBoolean", checkin.restDay}}));
    if (!checkin.note.empty())
        items.push_back(answerItem(noteLinkId, "Note", {{"valueString", checkin.note}}));
    return {{"resourceType", "QuestionnaireResponse"},
            {"identifier", {{"system", "urn:tend:checkin-day"}, {"value", toIsoDate(checkin.date)}}},
            {"questionnaire", canonical(definition)},
            {"status", "completed"},
            {"authored", authoredDay(checkin)},
            {"item", std::move(items)}};
}

json observation(IndexId id, date day, double value, const std::string* responseUrl) {
    const auto& index = indexDefinition(id);
    json resource{
        {"resourceType", "Observation"},
        {"status", "final"},
        {"category",
         json::array(
             {{{"coding",
                json::array({{{"system", categorySystem}, {"code", "survey"}, {"display", "Survey"}}})}}})},
        {"code",
         {{"coding",
           json::array({{{"system", fhirIndexSystem}, {"code", index.key}, {"display", index.displayName}}})},
          {"text", "Tend " + std::string(index.displayName) + " index (0-100)"}}},
        {"effectiveDateTime", toIsoDate(day)},
        // One decimal is all the precision a 0-100 index of a few answers carries.
        {"valueQuantity",
         {{"value", std::round(value * 10.0) / 10.0},
          {"unit", "score"},
          {"system", "http://unitsofmeasure.org"},
          {"code", "{score}"}}}};
    if (responseUrl)
        resource["derivedFrom"] = json::array({{{"reference", *responseUrl}}});
    return resource;
}

std::pair<date, date> span(const ExportData& data) {
    std::vector<date> days;
    for (const auto& checkin : data.checkins)
        days.push_back(checkin.date);
    for (const auto& moment : data.hardMoments)
        days.push_back(moment.occurredAt.date());
    const auto [first, last] = std::minmax_element(days.begin(), days.end());
    return {*first, *last};
}

} // namespace

std::string exportToFhir(const ExportData& data, const CheckinDefinition& definition,
                         const std::set<std::string>& trackedItems) {
    auto entries = json::array();
    addEntry(entries, questionnaire(definition));

    if (!data.checkins.empty() || !data.hardMoments.empty()) {
        const auto [from, to] = span(data);
        std::map<IndexId, DailySeries> series;
        for (const auto id : allIndices)
            series[id] = indexSeries(id, definition, trackedItems, data.checkins, data.hardMoments, from, to);
        std::map<date, const Checkin*> checkins;
        for (const auto& checkin : data.checkins)
            checkins[checkin.date] = &checkin;

        const auto dayCount = static_cast<std::size_t>((to - from).days()) + 1;
        for (std::size_t index = 0; index < dayCount; ++index) {
            const auto day = series[IndexId::Wellbeing].dateAt(index);
            std::string responseUrl;
            if (const auto it = checkins.find(day); it != checkins.end())
                responseUrl = addEntry(entries, questionnaireResponse(*it->second, definition));
            for (const auto id : allIndices)
                if (const auto value = series[id].values[index])
                    addEntry(entries,
                             observation(id, day, *value, responseUrl.empty() ? nullptr : &responseUrl));
        }
    }

    const json bundle{{"resourceType", "Bundle"}, {"type", "collection"}, {"entry", std::move(entries)}};
    return bundle.dump(-1, ' ', false, json::error_handler_t::replace);
}

} // namespace tend
