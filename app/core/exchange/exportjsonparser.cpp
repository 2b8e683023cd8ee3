#include "exchange/exportjsonparser.h"

#include "domain/checkinvalidation.h"
#include "exchange/exportedsettings.h"
#include "exchange/exportjson.h"
#include "exchange/personalcontactsjson.h"
#include "exchange/strictjson.h"
#include "formats/jsonfields.h"
#include "storage/selfcareplanrepository.h"
#include "time/isodate.h"

#include <algorithm>
#include <array>
#include <functional>
#include <limits>
#include <map>
#include <set>
#include <tuple>

namespace tend {

namespace {

using namespace jsonfields;
using Limits = ExportFileLimits;
using boost::gregorian::date;
using boost::posix_time::ptime;

constexpr std::array topLevelKeys{"format",      "version",       "notes",        "from",
                                  "to",          "checkins",      "hard_moments", "plan",
                                  "assessments", "prompt_events", "settings",     "personal_contacts"};
constexpr std::array checkinKeys{"date",      "answers",    "note",      "rest_day",
                                 "self_care", "created_at", "updated_at"};
constexpr std::array hardMomentKeys{"id", "at", "intensity", "note"};
constexpr std::array planKeysV1{"id", "library_id", "title", "position", "added_on", "archived"};
constexpr std::array planKeys{"id", "library_id", "title", "position", "added_on", "archived", "tags"};
constexpr std::array assessmentKeys{"id",       "pack_id", "pack_version", "taken_on",
                                    "taken_at", "answers", "scores"};
constexpr std::array scoreKeys{"scale", "score", "band"};
constexpr std::array promptEventKeysV1{"rule_id",     "subject", "event",      "at",
                                       "quiet_until", "reason",  "plan_action"};
constexpr std::array promptEventKeys{"rule_id",     "subject", "event",       "at",
                                     "quiet_until", "reason",  "plan_action", "library_action"};

// Unknown keys are named shortened, since a hostile file could make one as long as the file itself.
template <std::size_t N>
void rejectUnknown(const json& object, const std::string& path, const std::array<const char*, N>& allowed) {
    for (const auto& entry : object.items()) {
        if (std::find_if(allowed.begin(), allowed.end(),
                         [&](const char* name) { return entry.key() == name; }) != allowed.end())
            continue;
        std::string list;
        for (const char* name : allowed)
            list += (list.empty() ? "" : ", ") + std::string(name);
        throw DataFileError(member(path, shortened(entry.key())),
                            "unknown key " + inQuotes(shortened(entry.key())) + "; allowed keys are " + list);
    }
}

const json& field(const json& object, std::string_view key, const std::string& path) {
    return require(object, key, path);
}

date readDate(const json& value, const std::string& path) {
    const auto text = readString(value, path);
    const auto day = parseIsoDate(text);
    if (!day)
        throw DataFileError(path,
                            "expected a real date written as YYYY-MM-DD, found " + inQuotes(shortened(text)));
    return *day;
}

ptime readTime(const json& value, const std::string& path) {
    const auto text = readString(value, path);
    const auto time = parseIsoDateTime(text);
    if (!time)
        throw DataFileError(path, "expected a real time written as YYYY-MM-DDTHH:MM:SS, found " +
                                      inQuotes(shortened(text)));
    return *time;
}

std::int64_t readId(const json& value, const std::string& path) {
    return readInteger(value, path, 1, Limits::maxId);
}

std::string readKeyId(const std::string& key, const std::string& path) {
    return jsonfields::readId(json(key), path, Limits::maxIdLength);
}

int readValueIn(const json& value, const std::string& path, int min, int max) {
    const auto number = readInteger(value, path, std::numeric_limits<std::int64_t>::min(),
                                    std::numeric_limits<std::int64_t>::max());
    if (number < min || number > max)
        throw DataFileError(path, std::to_string(number) + " is outside " + std::to_string(min) + " to " +
                                      std::to_string(max));
    return static_cast<int>(number);
}

std::string readNote(const json& value, const std::string& path, bool notesIncluded) {
    auto note = readString(value, path);
    if (note.size() > maxNoteLength)
        throw DataFileError(path, "too long (" + std::to_string(note.size()) +
                                      " bytes); a note can hold up to " + std::to_string(maxNoteLength));
    if (!notesIncluded && !note.empty())
        throw DataFileError(path,
                            "the file says notes were left out (\"notes\": false), yet this note has text");
    return note;
}

// Shared state of one file: what the top level declared, and the plan the other sections point into.
struct FileContext {
    int version = exportFormatVersion;
    bool notes = true;
    std::optional<date> from;
    std::optional<date> to;
    bool hasPlan = false;
    std::set<std::int64_t> planIds;

    void checkInRange(date day, const std::string& path) const {
        if ((from && day < *from) || (to && day > *to))
            throw DataFileError(path, toIsoDate(day) +
                                          " lies outside the range this file was exported for (" +
                                          (from ? toIsoDate(*from) : std::string("the beginning")) + " to " +
                                          (to ? toIsoDate(*to) : std::string("the end")) + ")");
    }

    void checkPlanAction(std::int64_t id, const std::string& path) const {
        if (!hasPlan)
            throw DataFileError(path, "names self-care action " + std::to_string(id) +
                                          ", but the file has no plan to find it in");
        if (!planIds.contains(id))
            throw DataFileError(path,
                                "self-care action " + std::to_string(id) + " is not in the file's plan");
    }
};

template <typename Read> auto readList(const json& root, const char* key, std::size_t maxSize, Read read) {
    const auto& value = root[key];
    expectArray(value, key, 0, maxSize);
    std::vector<decltype(read(value[0], std::string()))> items;
    items.reserve(value.size());
    for (std::size_t i = 0; i < value.size(); ++i)
        items.push_back(read(value[i], indexed(key, i)));
    return items;
}

template <typename Item, typename Key>
void requireUnique(const std::vector<Item>& items, const char* list, const char* keyName, Key key,
                   const std::function<std::string(const Item&)>& describe) {
    std::map<decltype(key(items[0])), std::size_t> firstIndex;
    for (std::size_t i = 0; i < items.size(); ++i) {
        const auto [it, inserted] = firstIndex.emplace(key(items[i]), i);
        if (!inserted)
            throw DataFileError(member(indexed(list, i), keyName), describe(items[i]) +
                                                                       " appears twice (also at " +
                                                                       indexed(list, it->second) + ")");
    }
}

std::vector<std::string> readTags(const json& value, const std::string& path) {
    expectArray(value, path, 0, SelfCarePlanRepository::maxTags);
    std::vector<std::string> tags;
    for (std::size_t i = 0; i < value.size(); ++i) {
        const auto tagPath = indexed(path, i);
        auto tag = jsonfields::readId(value[i], tagPath, SelfCarePlanRepository::maxTagLength);
        if (std::find(tags.begin(), tags.end(), tag) != tags.end())
            throw DataFileError(tagPath, "tag " + inQuotes(tag) + " is listed twice");
        tags.push_back(std::move(tag));
    }
    std::sort(tags.begin(), tags.end());
    return tags;
}

PlanAction readPlanAction(const json& value, const std::string& path, const FileContext& context) {
    expectObject(value, path);
    if (context.version == 1)
        rejectUnknown(value, path, planKeysV1);
    else
        rejectUnknown(value, path, planKeys);
    PlanAction action;
    action.id = readId(field(value, "id", path), member(path, "id"));
    const auto& library = field(value, "library_id", path);
    if (!library.is_null())
        action.libraryId = jsonfields::readId(library, member(path, "library_id"), Limits::maxIdLength);
    const auto titlePath = member(path, "title");
    action.title = readString(field(value, "title", path), titlePath);
    if (const auto length = characterCount(action.title); length > SelfCarePlanRepository::maxTitleLength)
        throw DataFileError(titlePath, "too long (" + std::to_string(length) + " characters); at most " +
                                           std::to_string(SelfCarePlanRepository::maxTitleLength) +
                                           " are allowed");
    if (SelfCarePlanRepository::normalisedTitle(action.title) != action.title)
        throw DataFileError(titlePath,
                            "a title is one line of text, not empty, without spaces at either end");
    action.position =
        readValueIn(field(value, "position", path), member(path, "position"), 0, Limits::maxPosition);
    action.addedOn = readDate(field(value, "added_on", path), member(path, "added_on"));
    action.archived = readBool(field(value, "archived", path), member(path, "archived"));
    if (context.version >= 2)
        action.tags = readTags(field(value, "tags", path), member(path, "tags"));
    return action;
}

std::map<std::string, int> readCheckinAnswers(const json& value, const std::string& path,
                                              const CheckinDefinition& definition) {
    expectObject(value, path);
    std::map<std::string, int> answers;
    for (const auto& [itemId, answer] : value.items()) {
        const auto answerPath = member(path, shortened(itemId));
        const auto* item = definition.find(itemId);
        if (!item)
            throw DataFileError(answerPath,
                                "there is no question " + inQuotes(shortened(itemId)) + " in the check-in");
        answers[itemId] = readValueIn(answer, answerPath, item->scale.min, item->scale.max);
    }
    return answers;
}

Checkin readCheckin(const json& value, const std::string& path, const CheckinDefinition& definition,
                    const FileContext& context) {
    expectObject(value, path);
    rejectUnknown(value, path, checkinKeys);
    Checkin checkin;
    checkin.date = readDate(field(value, "date", path), member(path, "date"));
    context.checkInRange(checkin.date, member(path, "date"));
    checkin.answers = readCheckinAnswers(field(value, "answers", path), member(path, "answers"), definition);
    checkin.note = readNote(field(value, "note", path), member(path, "note"), context.notes);
    checkin.restDay = readBool(field(value, "rest_day", path), member(path, "rest_day"));
    const auto ticksPath = member(path, "self_care");
    const auto& ticks = field(value, "self_care", path);
    expectArray(ticks, ticksPath, 0, Limits::maxPlanActions);
    for (std::size_t i = 0; i < ticks.size(); ++i) {
        const auto tickPath = indexed(ticksPath, i);
        const auto id = readId(ticks[i], tickPath);
        context.checkPlanAction(id, tickPath);
        if (!checkin.selfCareDone.insert(id).second)
            throw DataFileError(tickPath, "self-care action " + std::to_string(id) + " is listed twice");
    }
    checkin.createdAt = readTime(field(value, "created_at", path), member(path, "created_at"));
    checkin.updatedAt = readTime(field(value, "updated_at", path), member(path, "updated_at"));
    return checkin;
}

HardMoment readHardMoment(const json& value, const std::string& path, const FileContext& context) {
    expectObject(value, path);
    rejectUnknown(value, path, hardMomentKeys);
    HardMoment moment;
    moment.id = readId(field(value, "id", path), member(path, "id"));
    moment.occurredAt = readTime(field(value, "at", path), member(path, "at"));
    context.checkInRange(moment.occurredAt.date(), member(path, "at"));
    moment.intensity = readValueIn(field(value, "intensity", path), member(path, "intensity"),
                                   HardMoment::minIntensity, HardMoment::maxIntensity);
    moment.note = readNote(field(value, "note", path), member(path, "note"), context.notes);
    return moment;
}

std::map<std::string, int> readAssessmentAnswers(const json& value, const std::string& path) {
    expectObject(value, path);
    if (value.size() > Limits::maxAssessmentAnswers)
        throw DataFileError(path, "too many answers (" + std::to_string(value.size()) + "); at most " +
                                      std::to_string(Limits::maxAssessmentAnswers) + " are allowed");
    std::map<std::string, int> answers;
    for (const auto& [itemId, answer] : value.items()) {
        const auto answerPath = member(path, shortened(itemId));
        answers[readKeyId(itemId, answerPath)] =
            readValueIn(answer, answerPath, -Limits::maxAssessmentValue, Limits::maxAssessmentValue);
    }
    return answers;
}

AssessmentScores readScores(const json& value, const std::string& path) {
    expectArray(value, path, 0, Limits::maxScales);
    AssessmentScores scores;
    std::set<std::string> seen;
    for (std::size_t i = 0; i < value.size(); ++i) {
        const auto scalePath = indexed(path, i);
        const auto& entry = value[i];
        expectObject(entry, scalePath);
        rejectUnknown(entry, scalePath, scoreKeys);
        ScaleScore scale;
        scale.scaleId = jsonfields::readId(field(entry, "scale", scalePath), member(scalePath, "scale"),
                                           Limits::maxIdLength);
        if (!seen.insert(scale.scaleId).second)
            throw DataFileError(member(scalePath, "scale"),
                                "scale " + inQuotes(scale.scaleId) + " is listed twice");
        const auto& score = field(entry, "score", scalePath);
        if (!score.is_null())
            scale.score = readNumber(score, member(scalePath, "score"), -Limits::maxScore, Limits::maxScore);
        const auto& band = field(entry, "band", scalePath);
        if (!band.is_null())
            scale.bandId = jsonfields::readId(band, member(scalePath, "band"), Limits::maxIdLength);
        scores.scales.push_back(std::move(scale));
    }
    return scores;
}

AssessmentResult readAssessment(const json& value, const std::string& path, const FileContext& context) {
    expectObject(value, path);
    rejectUnknown(value, path, assessmentKeys);
    AssessmentResult result;
    result.id = readId(field(value, "id", path), member(path, "id"));
    result.packId =
        jsonfields::readId(field(value, "pack_id", path), member(path, "pack_id"), Limits::maxIdLength);
    result.packVersion =
        static_cast<int>(readInteger(field(value, "pack_version", path), member(path, "pack_version"), 1,
                                     std::numeric_limits<int>::max()));
    result.takenOn = readDate(field(value, "taken_on", path), member(path, "taken_on"));
    context.checkInRange(result.takenOn, member(path, "taken_on"));
    result.takenAt = readTime(field(value, "taken_at", path), member(path, "taken_at"));
    result.answers = readAssessmentAnswers(field(value, "answers", path), member(path, "answers"));
    result.scores = readScores(field(value, "scores", path), member(path, "scores"));
    return result;
}

PromptEvent readPromptEvent(const json& value, const std::string& path, const FileContext& context) {
    expectObject(value, path);
    if (context.version == 1)
        rejectUnknown(value, path, promptEventKeysV1);
    else
        rejectUnknown(value, path, promptEventKeys);
    PromptEvent event;
    event.ruleId =
        jsonfields::readId(field(value, "rule_id", path), member(path, "rule_id"), Limits::maxIdLength);
    const auto subjectPath = member(path, "subject");
    event.subject = readString(field(value, "subject", path), subjectPath);
    if (!event.subject.empty())
        event.subject = readKeyId(event.subject, subjectPath);
    const auto kindPath = member(path, "event");
    const auto kindText = readString(field(value, "event", path), kindPath);
    auto kind = promptEventKindFromKey(kindText);
    if (kind == PromptEventKind::Allowed && context.version == 1)
        kind.reset(); // version 1 knew no such event
    if (!kind)
        throw DataFileError(kindPath, "unknown event " + inQuotes(shortened(kindText)) + "; expected " +
                                          (context.version == 1
                                               ? "\"shown\", \"opened\", \"dismissed\" or \"snoozed\""
                                               : "\"shown\", \"opened\", \"dismissed\", \"snoozed\" or "
                                                 "\"allowed\""));
    event.kind = *kind;
    event.at = readTime(field(value, "at", path), member(path, "at"));
    context.checkInRange(event.at.date(), member(path, "at"));

    const bool decision = event.kind == PromptEventKind::Dismissed || event.kind == PromptEventKind::Snoozed;
    const auto quietPath = member(path, "quiet_until");
    const auto& quiet = field(value, "quiet_until", path);
    if (!quiet.is_null()) {
        const bool never = quiet.is_string() && quiet.get_ref<const std::string&>() == "never";
        if (never && (context.version == 1 || event.kind != PromptEventKind::Dismissed))
            throw DataFileError(quietPath, "only a dismissed prompt can stay quiet for good (\"never\")");
        event.quietUntil = never ? neverAgain() : readDate(quiet, quietPath);
    }
    if (decision && !event.quietUntil)
        throw DataFileError(quietPath, "a " + kindText + " prompt needs the day it stays quiet until");
    if (!decision && event.quietUntil)
        throw DataFileError(quietPath, "only a dismissed or snoozed prompt has a day it stays quiet until");

    const auto reasonPath = member(path, "reason");
    event.reason = readString(field(value, "reason", path), reasonPath);
    if (const auto length = characterCount(event.reason); length > Limits::maxReasonLength)
        throw DataFileError(reasonPath, "too long (" + std::to_string(length) + " characters); at most " +
                                            std::to_string(Limits::maxReasonLength) + " are allowed");

    const auto actionPath = member(path, "plan_action");
    const auto& action = field(value, "plan_action", path);
    if (!action.is_null()) {
        if (event.kind != PromptEventKind::Shown)
            throw DataFileError(actionPath, "only a shown prompt names the self-care action it suggested");
        event.planActionId = readId(action, actionPath);
        context.checkPlanAction(*event.planActionId, actionPath);
    }
    if (context.version >= 2) {
        const auto libraryPath = member(path, "library_action");
        const auto& library = field(value, "library_action", path);
        if (!library.is_null()) {
            if (event.kind != PromptEventKind::Shown)
                throw DataFileError(libraryPath,
                                    "only a shown prompt names the self-care action it suggested");
            if (event.planActionId)
                throw DataFileError(libraryPath,
                                    "a prompt suggests a plan action or a library action, not both");
            event.libraryActionId = jsonfields::readId(library, libraryPath, Limits::maxIdLength);
        }
    }
    return event;
}

void checkShownOncePerDay(const std::vector<PromptEvent>& events) {
    std::map<std::tuple<std::string, std::string, date>, std::size_t> firstIndex;
    for (std::size_t i = 0; i < events.size(); ++i) {
        const auto& event = events[i];
        if (event.kind != PromptEventKind::Shown)
            continue;
        const auto [it, inserted] =
            firstIndex.emplace(std::tuple(event.ruleId, event.subject, event.at.date()), i);
        if (!inserted)
            throw DataFileError(member(indexed("prompt_events", i), "at"),
                                "the prompt " + inQuotes(event.ruleId) +
                                    " is shown at most once a day, and " +
                                    indexed("prompt_events", it->second) + " already shows it on " +
                                    toIsoDate(event.at.date()));
    }
}

// Settings that version 2 added; a file of version 1 cannot hold them.
bool addedInVersion2(std::string_view key) {
    return key == settingskeys::dayStart || key == settingskeys::promptKindsOff;
}

// Settings that version 3 added.
bool addedInVersion3(std::string_view key) {
    return key == settingskeys::emergencyCountry;
}

std::map<std::string, std::string> readSettings(const json& value, int version) {
    expectObject(value, "settings");
    std::map<std::string, std::string> settings;
    for (const auto& [key, setting] : value.items()) {
        const auto path = member("settings", shortened(key));
        if (!isExportedSetting(key))
            throw DataFileError(path, "not a setting that Tend takes from a file");
        if ((version == 1 && addedInVersion2(key)) || (version < 3 && addedInVersion3(key)))
            throw DataFileError(path, "not a setting that a file of version " + std::to_string(version) +
                                          " can hold");
        auto text = readString(setting, path);
        if (const auto problem = exportedSettingProblem(key, text))
            throw DataFileError(path, *problem);
        settings.emplace(key, std::move(text));
    }
    return settings;
}

int checkVersion(const json& root) {
    const auto& value = require(root, "version", "");
    if (!value.is_number_integer())
        throw DataFileError("version", "expected the integer " + std::to_string(exportFormatVersion) +
                                           ", found " +
                                           (value.is_number() ? value.dump() : describeType(value)));
    const bool newer = value.is_number_unsigned() ? value.get<std::uint64_t>() > exportFormatVersion
                                                  : value.get<std::int64_t>() > exportFormatVersion;
    if (newer)
        throw DataFileError("version", "this file was made by a newer version of Tend (export version " +
                                           value.dump() + "); this version reads version " +
                                           std::to_string(exportFormatVersion) +
                                           ", so update Tend to import it");
    const auto version = value.get<std::int64_t>();
    if (version < oldestReadableExportVersion)
        throw DataFileError("version", "expected " + std::to_string(oldestReadableExportVersion) + " to " +
                                           std::to_string(exportFormatVersion) + ", found " + value.dump());
    return static_cast<int>(version);
}

FileContext readContext(const json& root) {
    FileContext context;
    context.notes = readBool(require(root, "notes", ""), "notes");
    if (root.contains("from"))
        context.from = readDate(root["from"], "from");
    if (root.contains("to"))
        context.to = readDate(root["to"], "to");
    if (context.from && context.to && *context.from > *context.to)
        throw DataFileError("to", "the range ends on " + toIsoDate(*context.to) + ", before it starts on " +
                                      toIsoDate(*context.from));
    return context;
}

void sortCanonically(ExportData& data) {
    std::sort(data.checkins.begin(), data.checkins.end(),
              [](const Checkin& a, const Checkin& b) { return a.date < b.date; });
    std::sort(data.hardMoments.begin(), data.hardMoments.end(), [](const HardMoment& a, const HardMoment& b) {
        return std::tie(a.occurredAt, a.id) < std::tie(b.occurredAt, b.id);
    });
    std::sort(data.plan.begin(), data.plan.end(),
              [](const PlanAction& a, const PlanAction& b) { return a.id < b.id; });
    std::sort(data.assessments.begin(), data.assessments.end(),
              [](const AssessmentResult& a, const AssessmentResult& b) {
                  return std::tie(a.takenOn, a.takenAt, a.id) < std::tie(b.takenOn, b.takenAt, b.id);
              });
    // Stable: events at the same second keep the order they happened in, which is their order in the file.
    std::stable_sort(data.promptEvents.begin(), data.promptEvents.end(),
                     [](const PromptEvent& a, const PromptEvent& b) { return a.at < b.at; });
}

ExportData readExport(const json& root, const CheckinDefinition& definition) {
    if (!root.is_object())
        throw DataFileError("", "expected a JSON object at the top level, found " + describeType(root));
    checkFormat(root, exportFormatName);
    const int version = checkVersion(root);
    rejectUnknown(root, "", topLevelKeys);

    FileContext context = readContext(root);
    context.version = version;
    ExportData data;
    auto& contents = data.contents;
    contents.notes = context.notes;
    contents.from = context.from;
    contents.to = context.to;
    contents.checkins = root.contains("checkins");
    contents.hardMoments = root.contains("hard_moments");
    contents.plan = root.contains("plan");
    contents.assessments = root.contains("assessments");
    contents.promptHistory = root.contains("prompt_events");
    contents.settings = root.contains("settings");
    contents.personalContacts = root.contains("personal_contacts");

    // The plan first, whatever its place in the file: ticks and suggestions are checked against it.
    if (contents.plan) {
        data.plan =
            readList(root, "plan", Limits::maxPlanActions, [&](const json& value, const std::string& path) {
                return readPlanAction(value, path, context);
            });
        requireUnique<PlanAction>(
            data.plan, "plan", "id", [](const PlanAction& a) { return a.id; },
            [](const PlanAction& a) { return "id " + std::to_string(a.id); });
        context.hasPlan = true;
        for (const auto& action : data.plan)
            context.planIds.insert(action.id);
    }
    if (contents.checkins) {
        data.checkins =
            readList(root, "checkins", Limits::maxCheckins, [&](const json& value, const std::string& path) {
                return readCheckin(value, path, definition, context);
            });
        requireUnique<Checkin>(
            data.checkins, "checkins", "date", [](const Checkin& c) { return c.date; },
            [](const Checkin& c) { return "the day " + toIsoDate(c.date); });
    }
    if (contents.hardMoments) {
        data.hardMoments = readList(
            root, "hard_moments", Limits::maxHardMoments,
            [&](const json& value, const std::string& path) { return readHardMoment(value, path, context); });
        requireUnique<HardMoment>(
            data.hardMoments, "hard_moments", "id", [](const HardMoment& m) { return m.id; },
            [](const HardMoment& m) { return "id " + std::to_string(m.id); });
    }
    if (contents.assessments) {
        data.assessments = readList(
            root, "assessments", Limits::maxAssessments,
            [&](const json& value, const std::string& path) { return readAssessment(value, path, context); });
        requireUnique<AssessmentResult>(
            data.assessments, "assessments", "id", [](const AssessmentResult& r) { return r.id; },
            [](const AssessmentResult& r) { return "id " + std::to_string(r.id); });
    }
    if (contents.promptHistory) {
        data.promptEvents = readList(root, "prompt_events", Limits::maxPromptEvents,
                                     [&](const json& value, const std::string& path) {
                                         return readPromptEvent(value, path, context);
                                     });
        checkShownOncePerDay(data.promptEvents);
    }
    if (contents.settings)
        data.settings = readSettings(root["settings"], context.version);
    if (contents.personalContacts) {
        if (version < 3)
            throw DataFileError("personal_contacts", "not a section that a file of version " +
                                                         std::to_string(version) + " can hold");
        data.personalContacts = readPersonalContactsSection(root["personal_contacts"]);
    }
    sortCanonically(data);
    return data;
}

} // namespace

ExportData parseExportJson(std::string_view text, const CheckinDefinition& definition) {
    const auto root = parseStrictJson(text, {ExportFileLimits::maxBytes, ExportFileLimits::maxDepth});
    try {
        return readExport(root, definition);
    } catch (const DataFileError&) {
        throw;
    } catch (const json::exception& error) {
        // Every value is type-checked before use; this only keeps a missed check from escaping as a library
        // error.
        throw DataFileError("", "unreadable export: " + std::string(error.what()));
    }
}

} // namespace tend
