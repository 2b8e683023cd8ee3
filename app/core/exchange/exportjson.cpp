#include "exchange/exportjson.h"

#include "exchange/utf8text.h"
#include "formats/datafileerror.h"
#include "formats/jsonfields.h"
#include "time/isodate.h"

#include <nlohmann/json.hpp>

namespace tend {

namespace {

using jsonfields::indexed;
using jsonfields::member;
using nlohmann::json;

const std::string& text(const std::string& value, const std::string& path) {
    if (!isValidUtf8(value))
        throw DataFileError(path, "the stored text is not valid UTF-8, so it cannot be written to a file");
    return value;
}

std::string day(boost::gregorian::date value, const std::string& path) {
    if (value.is_special())
        throw DataFileError(path, "not a real date");
    return toIsoDate(value);
}

std::string quietUntil(boost::gregorian::date value, const std::string& path) {
    return isNeverAgain(value) ? quietUntilText(value) : day(value, path);
}

std::string moment(boost::posix_time::ptime value, const std::string& path) {
    if (value.is_special())
        throw DataFileError(path, "not a real time");
    return toIsoDateTime(value);
}

json answers(const std::map<std::string, int>& values, const std::string& path) {
    json object = json::object();
    for (const auto& [itemId, value] : values)
        object[text(itemId, member(path, itemId))] = value;
    return object;
}

json checkin(const Checkin& checkin, const std::string& path) {
    json ticks = json::array();
    for (const auto id : checkin.selfCareDone)
        ticks.push_back(id);
    return {
        {"date", day(checkin.date, member(path, "date"))},
        {"answers", answers(checkin.answers, member(path, "answers"))},
        {"note", text(checkin.note, member(path, "note"))},
        {"rest_day", checkin.restDay},
        {"self_care", std::move(ticks)},
        {"created_at", moment(checkin.createdAt, member(path, "created_at"))},
        {"updated_at", moment(checkin.updatedAt, member(path, "updated_at"))},
    };
}

json hardMoment(const HardMoment& moment_, const std::string& path) {
    return {
        {"id", moment_.id},
        {"at", moment(moment_.occurredAt, member(path, "at"))},
        {"intensity", moment_.intensity},
        {"note", text(moment_.note, member(path, "note"))},
    };
}

json planAction(const PlanAction& action, const std::string& path) {
    json tags = json::array();
    for (std::size_t i = 0; i < action.tags.size(); ++i)
        tags.push_back(text(action.tags[i], indexed(member(path, "tags"), i)));
    return {
        {"tags", std::move(tags)},
        {"id", action.id},
        {"library_id", action.libraryId ? json(text(*action.libraryId, member(path, "library_id"))) : json()},
        {"title", text(action.title, member(path, "title"))},
        {"position", action.position},
        {"added_on", day(action.addedOn, member(path, "added_on"))},
        {"archived", action.archived},
    };
}

json assessment(const AssessmentResult& result, const std::string& path) {
    // An array, not an object: the scales keep the order of their pack.
    json scores = json::array();
    const auto scoresPath = member(path, "scores");
    for (std::size_t i = 0; i < result.scores.scales.size(); ++i) {
        const auto& scale = result.scores.scales[i];
        const auto scalePath = indexed(scoresPath, i);
        scores.push_back({
            {"scale", text(scale.scaleId, member(scalePath, "scale"))},
            {"score", scale.score ? json(*scale.score) : json()},
            {"band", scale.bandId ? json(text(*scale.bandId, member(scalePath, "band"))) : json()},
        });
    }
    return {
        {"id", result.id},
        {"pack_id", text(result.packId, member(path, "pack_id"))},
        {"pack_version", result.packVersion},
        {"taken_on", day(result.takenOn, member(path, "taken_on"))},
        {"taken_at", moment(result.takenAt, member(path, "taken_at"))},
        {"answers", answers(result.answers, member(path, "answers"))},
        {"scores", std::move(scores)},
    };
}

json promptEvent(const PromptEvent& event, const std::string& path) {
    return {
        {"rule_id", text(event.ruleId, member(path, "rule_id"))},
        {"subject", text(event.subject, member(path, "subject"))},
        {"event", std::string(promptEventKey(event.kind))},
        {"at", moment(event.at, member(path, "at"))},
        {"quiet_until",
         event.quietUntil ? json(quietUntil(*event.quietUntil, member(path, "quiet_until"))) : json()},
        {"reason", text(event.reason, member(path, "reason"))},
        {"plan_action", event.planActionId ? json(*event.planActionId) : json()},
        {"library_action",
         event.libraryActionId ? json(text(*event.libraryActionId, member(path, "library_action"))) : json()},
    };
}

json personalContact(const PersonalContact& contact, const std::string& path) {
    return {
        {"id", contact.id},
        {"kind", std::string(personalContactKindKey(contact.kind))},
        {"name", text(contact.name, member(path, "name"))},
        {"phone", text(contact.phone, member(path, "phone"))},
        {"sms", text(contact.sms, member(path, "sms"))},
        {"url", text(contact.url, member(path, "url"))},
        {"note", text(contact.note, member(path, "note"))},
    };
}

template <typename Item, typename Write>
json list(const std::vector<Item>& items, const std::string& path, Write write) {
    json array = json::array();
    for (std::size_t i = 0; i < items.size(); ++i)
        array.push_back(write(items[i], indexed(path, i)));
    return array;
}

} // namespace

std::string exportToJson(const ExportData& data) {
    const auto& contents = data.contents;
    json root = {
        {"format", std::string(exportFormatName)},
        {"version", exportFormatVersion},
        {"notes", contents.notes},
    };
    if (contents.from)
        root["from"] = day(*contents.from, "from");
    if (contents.to)
        root["to"] = day(*contents.to, "to");
    if (contents.checkins)
        root["checkins"] = list(data.checkins, "checkins", checkin);
    if (contents.hardMoments)
        root["hard_moments"] = list(data.hardMoments, "hard_moments", hardMoment);
    if (contents.plan)
        root["plan"] = list(data.plan, "plan", planAction);
    if (contents.assessments)
        root["assessments"] = list(data.assessments, "assessments", assessment);
    if (contents.promptHistory)
        root["prompt_events"] = list(data.promptEvents, "prompt_events", promptEvent);
    if (contents.personalContacts)
        root["personal_contacts"] = list(data.personalContacts, "personal_contacts", personalContact);
    if (contents.settings) {
        json settings = json::object();
        for (const auto& [key, value] : data.settings)
            settings[text(key, member("settings", key))] = text(value, member("settings", key));
        root["settings"] = std::move(settings);
    }
    // Every text was checked above, so the strict handler cannot throw; UTF-8 stays as it is (no \u escapes).
    return root.dump(2) + "\n";
}

} // namespace tend
