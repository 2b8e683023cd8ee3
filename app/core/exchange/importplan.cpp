#include "exchange/importplan.h"

#include "exchange/exportedsettings.h"
#include "exchange/exportreader.h"
#include "exchange/personalcontactsimport.h"
#include "formats/datafileerror.h"
#include "storage/assessmentrepository.h"
#include "storage/checkinrepository.h"
#include "storage/database.h"
#include "storage/hardmomentrepository.h"
#include "storage/prompteventrepository.h"
#include "time/isodate.h"

#include <algorithm>
#include <map>
#include <optional>
#include <string>
#include <tuple>

namespace tend {

namespace {

// Plan action ids of the file mapped to the device's. An action the merge is still to add has no id on the
// device yet; it stands in as the negative of its file id, which no stored action has.
using ActionIds = std::map<std::int64_t, std::int64_t>;

std::int64_t mapped(const ActionIds& ids, std::int64_t fileId) {
    const auto it = ids.find(fileId);
    return it == ids.end() ? fileId : it->second;
}

std::set<std::int64_t> mappedTicks(const ActionIds& ids, const std::set<std::int64_t>& ticks) {
    std::set<std::int64_t> result;
    for (const auto id : ticks)
        result.insert(mapped(ids, id));
    return result;
}

// An exact identity for comparing entries: each part with its length, so no two different entries meet.
class Identity final {
public:
    Identity& add(std::string_view part) {
        m_text += std::to_string(part.size());
        m_text += ':';
        m_text += part;
        return *this;
    }
    Identity& add(std::int64_t number) { return add(std::string_view(std::to_string(number))); }
    Identity& addOptional(const std::optional<std::string>& part) {
        return part ? add("s").add(*part) : add("-");
    }
    [[nodiscard]] std::string text() const { return m_text; }

private:
    std::string m_text;
};

std::string hardMomentIdentity(const HardMoment& moment, bool withNote) {
    Identity identity;
    identity.add(toIsoDateTime(moment.occurredAt)).add(moment.intensity);
    if (withNote)
        identity.add(moment.note);
    return identity.text();
}

std::string assessmentIdentity(const AssessmentResult& result) {
    Identity identity;
    identity.add(result.packId)
        .add(result.packVersion)
        .add(toIsoDate(result.takenOn))
        .add(toIsoDateTime(result.takenAt));
    for (const auto& [itemId, value] : result.answers)
        identity.add(itemId).add(value);
    identity.add("scores");
    for (const auto& scale : result.scores.scales) {
        // The exact bits of the score: a merge must not take 0.1 + 0.2 for 0.3, nor the reverse.
        std::optional<std::string> score;
        if (scale.score) {
            const double value = *scale.score;
            score = std::string(reinterpret_cast<const char*>(&value), sizeof value);
        }
        identity.add(scale.scaleId).addOptional(score).addOptional(scale.bandId);
    }
    return identity.text();
}

std::string promptEventIdentity(const PromptEvent& event, const ActionIds& ids) {
    Identity identity;
    identity.add(event.ruleId)
        .add(event.subject)
        .add(promptEventKey(event.kind))
        .add(toIsoDateTime(event.at));
    identity.addOptional(event.quietUntil ? std::optional(quietUntilText(*event.quietUntil)) : std::nullopt)
        .add(event.reason);
    identity.addOptional(event.planActionId ? std::optional(std::to_string(mapped(ids, *event.planActionId)))
                                            : std::nullopt);
    identity.addOptional(event.libraryActionId);
    return identity.text();
}

std::string planActionIdentity(const PlanAction& action) {
    Identity identity;
    identity.add(action.id)
        .addOptional(action.libraryId)
        .add(action.title)
        .add(action.position)
        .add(toIsoDate(action.addedOn))
        .add(action.archived ? 1 : 0)
        .add(static_cast<std::int64_t>(action.tags.size()));
    for (const auto& tag : action.tags)
        identity.add(tag);
    return identity.text();
}

// Counts which of the file's entries have an identical one on the device (each device entry answering for
// one file entry only), and which are left on either side.
template <typename Item, typename Key>
ImportCounts matchEntries(const std::vector<Item>& local, const std::vector<Item>& file, Key key,
                          std::vector<const Item*>* unmatchedFile = nullptr) {
    std::map<std::string, int> available;
    for (const auto& item : local)
        ++available[key(item)];
    ImportCounts counts;
    for (const auto& item : file) {
        auto it = available.find(key(item));
        if (it != available.end() && it->second > 0) {
            --it->second;
            ++counts.unchanged;
        } else {
            ++counts.added;
            if (unmatchedFile)
                unmatchedFile->push_back(&item);
        }
    }
    counts.removed = static_cast<int>(local.size()) - counts.unchanged;
    return counts;
}

bool sameContent(const Checkin& local, const Checkin& file, const ActionIds& ids, bool compareNotes) {
    return local.answers == file.answers && local.restDay == file.restDay &&
           (!compareNotes || local.note == file.note) &&
           local.selfCareDone == mappedTicks(ids, file.selfCareDone);
}

// Everything one import does, worked out before any write.
struct ImportWork {
    ImportPreview preview;
    // Merge only: what to add or overwrite. Ids and ticks are still the file's; `actionIds` maps them.
    ActionIds actionIds;
    std::vector<PlanAction> newActions;
    std::vector<Checkin> checkinsToSave;
    std::vector<const HardMoment*> newHardMoments;
    std::vector<const AssessmentResult*> newAssessments;
    std::vector<const PromptEvent*> newPromptEvents;
    std::map<std::string, std::string> newSettings;
    // A merge into a device that holds nothing yet is carried out as a replace (see planImport).
    bool replaceInstead = false;
};

const PlanAction* findMatch(const std::vector<PlanAction>& local, const PlanAction& wanted) {
    // A file from this very device names its actions by their own ids.
    for (const auto& action : local)
        if (action.id == wanted.id && action.libraryId == wanted.libraryId && action.title == wanted.title)
            return &action;
    // Otherwise active before archived, then the oldest: the action a worker would call "the same one".
    const PlanAction* best = nullptr;
    const auto better = [&](const PlanAction& candidate) {
        return !best || std::tie(candidate.archived, candidate.id) < std::tie(best->archived, best->id);
    };
    if (wanted.libraryId)
        for (const auto& action : local)
            if (action.libraryId == wanted.libraryId && better(action))
                best = &action;
    if (!best)
        for (const auto& action : local)
            if (action.title == wanted.title && better(action))
                best = &action;
    return best;
}

void planMergedActions(const ExportData& local, const ExportData& file, ImportWork& work) {
    int nextPosition = 0;
    for (const auto& action : local.plan)
        if (!action.archived)
            nextPosition = std::max(nextPosition, action.position + 1);
    std::vector<const PlanAction*> added;
    for (const auto& action : file.plan) {
        if (const auto* match = findMatch(local.plan, action)) {
            work.actionIds[action.id] = match->id;
            ++work.preview.plan.unchanged;
        } else {
            work.actionIds[action.id] = -action.id;
            added.push_back(&action);
            ++work.preview.plan.added;
        }
    }
    // New active actions go after the device's own, in the file's order.
    std::stable_sort(added.begin(), added.end(),
                     [](const PlanAction* a, const PlanAction* b) { return a->position < b->position; });
    for (const auto* action : added) {
        auto copy = *action;
        if (!copy.archived)
            copy.position = nextPosition++;
        work.newActions.push_back(std::move(copy));
    }
}

void planMergedCheckins(const ExportData& local, const ExportData& file, ImportWork& work) {
    std::map<boost::gregorian::date, const Checkin*> localByDate;
    for (const auto& checkin : local.checkins)
        localByDate.emplace(checkin.date, &checkin);
    const bool fileHasNotes = file.contents.notes;
    auto& counts = work.preview.checkins;
    for (const auto& checkin : file.checkins) {
        const auto it = localByDate.find(checkin.date);
        if (it == localByDate.end()) {
            ++counts.added;
            work.checkinsToSave.push_back(checkin);
            continue;
        }
        const Checkin& mine = *it->second;
        if (sameContent(mine, checkin, work.actionIds, fileHasNotes)) {
            ++counts.unchanged;
        } else if (checkin.updatedAt > mine.updatedAt) {
            ++counts.changed;
            auto copy = checkin;
            // A file without notes says nothing about them: the device's note stays.
            if (!fileHasNotes)
                copy.note = mine.note;
            work.checkinsToSave.push_back(std::move(copy));
        } else {
            ++counts.keptNewer;
        }
    }
}

void planMergedPromptEvents(const ExportData& local, const ExportData& file, ImportWork& work) {
    const ActionIds none;
    std::map<std::string, int> available;
    std::set<std::tuple<std::string, std::string, boost::gregorian::date>> shownDays;
    for (const auto& event : local.promptEvents) {
        ++available[promptEventIdentity(event, none)];
        if (event.kind == PromptEventKind::Shown)
            shownDays.emplace(event.ruleId, event.subject, event.at.date());
    }
    auto& counts = work.preview.promptEvents;
    for (const auto& event : file.promptEvents) {
        auto it = available.find(promptEventIdentity(event, work.actionIds));
        if (it != available.end() && it->second > 0) {
            --it->second;
            ++counts.unchanged;
            continue;
        }
        // A prompt is shown at most once a day; a showing the device already has for that day is the same
        // news.
        if (event.kind == PromptEventKind::Shown &&
            !shownDays.emplace(event.ruleId, event.subject, event.at.date()).second) {
            ++counts.unchanged;
            continue;
        }
        ++counts.added;
        work.newPromptEvents.push_back(&event);
    }
}

ImportWork planMerge(const ExportData& local, const ExportData& file) {
    ImportWork work;
    const auto& contents = file.contents;
    if (contents.plan)
        planMergedActions(local, file, work);
    if (contents.checkins)
        planMergedCheckins(local, file, work);
    if (contents.hardMoments) {
        const bool withNotes = contents.notes;
        std::vector<const HardMoment*> added;
        work.preview.hardMoments = matchEntries(
            local.hardMoments, file.hardMoments,
            [withNotes](const HardMoment& moment) { return hardMomentIdentity(moment, withNotes); }, &added);
        work.newHardMoments = std::move(added);
    }
    if (contents.assessments)
        work.preview.assessments =
            matchEntries(local.assessments, file.assessments, assessmentIdentity, &work.newAssessments);
    if (contents.promptHistory)
        planMergedPromptEvents(local, file, work);
    if (contents.settings)
        for (const auto& [key, value] : file.settings)
            if (!local.settings.contains(key))
                work.newSettings.emplace(key, value);
    work.preview.settingsChanged = static_cast<int>(work.newSettings.size());
    // matchEntries counts what a replace would remove; a merge removes nothing.
    for (auto* counts : {&work.preview.hardMoments, &work.preview.plan, &work.preview.assessments,
                         &work.preview.promptEvents})
        counts->removed = 0;
    return work;
}

ImportWork planReplace(const ExportData& local, const ExportData& file) {
    ImportWork work;
    const auto& contents = file.contents;
    if (contents.checkins) {
        auto& counts = work.preview.checkins;
        std::map<boost::gregorian::date, const Checkin*> localByDate;
        for (const auto& checkin : local.checkins)
            localByDate.emplace(checkin.date, &checkin);
        const ActionIds same;
        for (const auto& checkin : file.checkins) {
            const auto it = localByDate.find(checkin.date);
            if (it == localByDate.end()) {
                ++counts.added;
                continue;
            }
            const Checkin& mine = *it->second;
            const bool identical = sameContent(mine, checkin, same, true) &&
                                   mine.createdAt == checkin.createdAt && mine.updatedAt == checkin.updatedAt;
            ++(identical ? counts.unchanged : counts.changed);
            localByDate.erase(it);
        }
        counts.removed = static_cast<int>(localByDate.size());
    }
    if (contents.hardMoments)
        work.preview.hardMoments =
            matchEntries(local.hardMoments, file.hardMoments, [](const HardMoment& moment) {
                return std::to_string(moment.id) + "/" + hardMomentIdentity(moment, true);
            });
    if (contents.plan)
        work.preview.plan = matchEntries(local.plan, file.plan, planActionIdentity);
    if (contents.assessments)
        work.preview.assessments =
            matchEntries(local.assessments, file.assessments, [](const AssessmentResult& result) {
                return std::to_string(result.id) + "/" + assessmentIdentity(result);
            });
    if (contents.promptHistory) {
        const ActionIds same;
        work.preview.promptEvents =
            matchEntries(local.promptEvents, file.promptEvents,
                         [&](const PromptEvent& event) { return promptEventIdentity(event, same); });
    }
    if (contents.settings) {
        for (const auto key : exportedSettingKeys) {
            const auto mine = local.settings.find(std::string(key));
            const auto theirs = file.settings.find(std::string(key));
            const bool bothMissing = mine == local.settings.end() && theirs == file.settings.end();
            const bool same = mine != local.settings.end() && theirs != file.settings.end() &&
                              mine->second == theirs->second;
            if (!bothMissing && !same)
                ++work.preview.settingsChanged;
        }
    }
    return work;
}

void requireImportable(const ExportData& file, ImportMode mode) {
    if (mode == ImportMode::Replace && file.contents.plan && !file.contents.checkins)
        throw DataFileError("plan",
                            "this file holds the self-care plan without the check-ins; replacing the plan "
                            "would undo the self-care ticked on the days kept, so merge this file instead");
}

ImportWork planImport(Database& db, const ExportData& file, ImportMode mode) {
    requireImportable(file, mode);
    const auto local = readExportData(db, ExportSelection{});
    // Merging into a device with no data of any kind has one right answer: exactly the file, with its ids
    // and plan positions (a merge would renumber them). So `tend import FILE` into an empty folder and a
    // later export give back the same bytes. Nothing on the device can be lost, and the counts are the same.
    const bool deviceHoldsNothing = local.checkins.empty() && local.hardMoments.empty() &&
                                    local.plan.empty() && local.assessments.empty() &&
                                    local.promptEvents.empty() && local.settings.empty() &&
                                    local.personalContacts.empty();
    const bool replace = mode == ImportMode::Replace || deviceHoldsNothing;
    auto work = replace ? planReplace(local, file) : planMerge(local, file);
    work.replaceInstead = mode == ImportMode::Merge && replace;
    // The worker's own contacts: a step of their own (personalcontactsimport.h).
    if (file.contents.personalContacts)
        work.preview.personalContacts = planPersonalContactsImport(
            local.personalContacts, file.personalContacts, replace ? ImportMode::Replace : ImportMode::Merge);
    work.preview.mode = mode;
    work.preview.contents = file.contents;
    return work;
}

std::int64_t insertPlanAction(Database& db, const PlanAction& action, bool keepId) {
    Statement insert =
        db.prepare("INSERT INTO selfcare_plan (id, library_id, title, position, added_on, archived, tags) "
                   "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    if (keepId)
        insert.bind(1, action.id);
    else
        insert.bindNull(1);
    if (action.libraryId)
        insert.bind(2, *action.libraryId);
    else
        insert.bindNull(2);
    insert.bind(3, action.title)
        .bind(4, action.position)
        .bind(5, toIsoDate(action.addedOn))
        .bind(6, action.archived ? 1 : 0);
    std::string tags;
    for (const auto& tag : action.tags)
        tags.append(tags.empty() ? "" : " ").append(tag);
    insert.bind(7, tags);
    insert.run();
    return db.lastInsertRowId();
}

// The repositories add rows with new ids; Replace then gives each the id it has in the file. The new id is
// above every id in the table, so the move never meets another row.
void moveId(Database& db, const char* table, std::int64_t from, std::int64_t to) {
    db.prepare(std::string("UPDATE ") + table + " SET id = ?2 WHERE id = ?1").bind(1, from).bind(2, to).run();
}

void saveCheckins(Database& db, const std::vector<Checkin>& checkins, const ActionIds& ids) {
    CheckinRepository repository(db);
    for (auto checkin : checkins) {
        checkin.selfCareDone = mappedTicks(ids, checkin.selfCareDone);
        // A day taken from the file replaces the device's copy entirely.
        repository.remove(checkin.date);
        repository.save(checkin);
    }
}

void recordPromptEvents(Database& db, const std::vector<const PromptEvent*>& events, const ActionIds& ids) {
    PromptEventRepository repository(db);
    for (const auto* event : events) {
        auto copy = *event;
        if (copy.planActionId)
            copy.planActionId = mapped(ids, *copy.planActionId);
        static_cast<void>(repository.record(copy));
    }
}

void writeSettings(Database& db, const std::map<std::string, std::string>& settings) {
    Statement insert = db.prepare("INSERT OR REPLACE INTO settings (key, value) VALUES (?1, ?2)");
    for (const auto& [key, value] : settings)
        insert.bind(1, key).bind(2, value).run();
}

void applyMerge(Database& db, ImportWork& work) {
    for (const auto& action : work.newActions)
        work.actionIds[action.id] = insertPlanAction(db, action, false);
    saveCheckins(db, work.checkinsToSave, work.actionIds);
    HardMomentRepository moments(db);
    for (const auto* moment : work.newHardMoments)
        static_cast<void>(moments.add(*moment));
    AssessmentRepository assessments(db);
    for (const auto* result : work.newAssessments)
        static_cast<void>(assessments.add(*result));
    recordPromptEvents(db, work.newPromptEvents, work.actionIds);
    writeSettings(db, work.newSettings);
}

void clearReplacedSections(Database& db, const ExportSelection& contents) {
    // Children before parents: the ticks go with their check-ins, and check-ins are always replaced with
    // the plan (requireImportable).
    if (contents.checkins)
        db.execute("DELETE FROM checkins");
    if (contents.promptHistory)
        db.execute("DELETE FROM prompt_events");
    if (contents.plan) {
        // Kept events would otherwise name actions by ids that now mean others; the suggestion rotation
        // merely starts afresh.
        db.execute("UPDATE prompt_events SET plan_action_id = NULL");
        db.execute("DELETE FROM selfcare_plan");
    }
    if (contents.hardMoments)
        db.execute("DELETE FROM hard_moments");
    if (contents.assessments)
        db.execute("DELETE FROM assessment_results");
    if (contents.settings) {
        Statement remove = db.prepare("DELETE FROM settings WHERE key = ?1");
        for (const auto key : exportedSettingKeys)
            remove.bind(1, key).run();
    }
}

void applyReplace(Database& db, const ExportData& file) {
    const auto& contents = file.contents;
    clearReplacedSections(db, contents);
    const ActionIds same;
    if (contents.plan)
        for (const auto& action : file.plan)
            static_cast<void>(insertPlanAction(db, action, true));
    if (contents.checkins)
        saveCheckins(db, file.checkins, same);
    if (contents.promptHistory) {
        std::vector<const PromptEvent*> events;
        for (const auto& event : file.promptEvents)
            events.push_back(&event);
        recordPromptEvents(db, events, same);
    }
    if (contents.hardMoments) {
        HardMomentRepository moments(db);
        for (const auto& moment : file.hardMoments)
            moveId(db, "hard_moments", moments.add(moment), moment.id);
    }
    if (contents.assessments) {
        AssessmentRepository assessments(db);
        for (const auto& result : file.assessments)
            moveId(db, "assessment_results", assessments.add(result), result.id);
    }
    if (contents.settings)
        writeSettings(db, file.settings);
}

} // namespace

bool ImportPreview::changesNothing() const {
    const auto quiet = [](const ImportCounts& counts) {
        return counts.added == 0 && counts.removed == 0;
    };
    return checkins.added == 0 && checkins.changed == 0 && checkins.removed == 0 && quiet(hardMoments) &&
           quiet(plan) && quiet(assessments) && quiet(promptEvents) && settingsChanged == 0 &&
           quiet(personalContacts);
}

ImportPreview previewImport(Database& db, const ExportData& data, ImportMode mode) {
    Transaction snapshot(db);
    auto work = planImport(db, data, mode);
    snapshot.commit();
    return work.preview;
}

ImportPreview applyImport(Database& db, const ExportData& data, ImportMode mode) {
    Transaction transaction(db);
    auto work = planImport(db, data, mode);
    const bool merge = mode == ImportMode::Merge && !work.replaceInstead;
    if (merge)
        applyMerge(db, work);
    else
        applyReplace(db, data);
    if (data.contents.personalContacts)
        applyPersonalContactsImport(db, data.personalContacts,
                                    merge ? ImportMode::Merge : ImportMode::Replace);
    transaction.commit();
    return work.preview;
}

} // namespace tend
