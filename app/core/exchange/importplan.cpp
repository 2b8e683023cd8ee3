#include "exchange/importplan.h"

#include "exchange/daymerge.h"
#include "exchange/exportedsettings.h"
#include "exchange/exportjson.h"
#include "exchange/exportlimits.h"
#include "exchange/exportreader.h"
#include "exchange/personalcontactsimport.h"
#include "formats/datafileerror.h"
#include "storage/database.h"
#include "storage/repositories.h"
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
    // Merge only: what to add. Ids and ticks are still the file's; `actionIds` maps them.
    ActionIds actionIds;
    std::vector<PlanAction> newActions;
    std::vector<Checkin> checkinsToSave;
    // Merge only: the device's days with what the file adds (mergeDay). Their ticks are the device's ids,
    // or for an action still to be added the negative of its file id.
    std::vector<Checkin> mergedCheckins;
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
    // The same library action under the same title first, so that a file naming one library action twice
    // (the app never does; another tool might) finds the same two actions each time it is merged.
    if (wanted.libraryId)
        for (const auto& action : local)
            if (action.libraryId == wanted.libraryId && action.title == wanted.title && better(action))
                best = &action;
    // Then the same title, then the same library action: in this order a second merge of the same file
    // finds the very actions the first one matched or added.
    if (!best)
        for (const auto& action : local)
            if (action.title == wanted.title && better(action))
                best = &action;
    if (wanted.libraryId && !best)
        for (const auto& action : local)
            if (action.libraryId == wanted.libraryId && better(action))
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

void planMergedCheckins(const ExportData& local, const ExportData& file, const MergeChoices& choices,
                        ImportWork& work) {
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
        // Which copy was saved later decides nothing: the device's day keeps all it holds and gains what it
        // lacks; only the answers the worker chose to take from the file change.
        auto theirs = checkin;
        theirs.selfCareDone = mappedTicks(work.actionIds, checkin.selfCareDone);
        auto merged = mergeDay(*it->second, theirs, fileHasNotes, choices);
        work.preview.conflicts.insert(work.preview.conflicts.end(), merged.conflicts.begin(),
                                      merged.conflicts.end());
        if (merged.changed) {
            ++counts.changed;
            work.mergedCheckins.push_back(std::move(merged.day));
        } else {
            ++counts.unchanged;
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

ImportWork planMerge(const ExportData& local, const ExportData& file, const MergeChoices& choices) {
    ImportWork work;
    const auto& contents = file.contents;
    if (contents.plan)
        planMergedActions(local, file, work);
    if (contents.checkins)
        planMergedCheckins(local, file, choices, work);
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

ImportWork planImport(Repositories& repositories, const ExportData& file, ImportMode mode,
                      const MergeChoices& choices) {
    requireImportable(file, mode);
    const auto local = readExportData(repositories, ExportSelection{});
    // Merging into a device with no data of any kind has one right answer: exactly the file, with its ids
    // and plan positions (a merge would renumber them). So `tend import FILE` into an empty folder and a
    // later export give back the same bytes. Nothing on the device can be lost, and the counts are the same.
    const bool deviceHoldsNothing = local.checkins.empty() && local.hardMoments.empty() &&
                                    local.plan.empty() && local.assessments.empty() &&
                                    local.promptEvents.empty() && local.settings.empty() &&
                                    local.personalContacts.empty();
    const bool replace = mode == ImportMode::Replace || deviceHoldsNothing;
    auto work = replace ? planReplace(local, file) : planMerge(local, file, choices);
    work.replaceInstead = mode == ImportMode::Merge && replace;
    // The worker's own contacts: a step of their own (personalcontactsimport.h).
    if (file.contents.personalContacts)
        work.preview.personalContacts = planPersonalContactsImport(
            local.personalContacts, file.personalContacts, replace ? ImportMode::Replace : ImportMode::Merge);
    work.preview.mode = mode;
    work.preview.contents = file.contents;
    return work;
}

void saveCheckins(CheckinRepository& checkins, const std::vector<Checkin>& days, const ActionIds& ids) {
    for (auto checkin : days) {
        checkin.selfCareDone = mappedTicks(ids, checkin.selfCareDone);
        // A day taken from the file replaces the device's copy entirely.
        checkins.remove(checkin.date);
        checkins.save(checkin);
    }
}

void recordPromptEvents(PromptEventRepository& repository, const std::vector<const PromptEvent*>& events,
                        const ActionIds& ids) {
    for (const auto* event : events) {
        auto copy = *event;
        if (copy.planActionId)
            copy.planActionId = mapped(ids, *copy.planActionId);
        static_cast<void>(repository.record(copy));
    }
}

void applyMerge(Repositories& repositories, ImportWork& work) {
    ActionIds placeholders; // -file id -> the new action's id
    for (const auto& action : work.newActions) {
        const auto id = repositories.plan().addImported(action);
        work.actionIds[action.id] = id;
        placeholders[-action.id] = id;
    }
    saveCheckins(repositories.checkins(), work.checkinsToSave, work.actionIds);
    for (auto day : work.mergedCheckins) {
        day.selfCareDone = mappedTicks(placeholders, day.selfCareDone);
        // An update in place: the device's first save and everything else it held stay.
        repositories.checkins().save(day);
    }
    for (const auto* moment : work.newHardMoments)
        static_cast<void>(repositories.hardMoments().add(*moment));
    for (const auto* result : work.newAssessments)
        static_cast<void>(repositories.assessments().add(*result));
    recordPromptEvents(repositories.promptEvents(), work.newPromptEvents, work.actionIds);
    repositories.settings().setValues(work.newSettings);
}

void clearReplacedSections(Repositories& repositories, const ExportSelection& contents) {
    // Children before parents: the ticks go with their check-ins, and check-ins are always replaced with
    // the plan (requireImportable).
    if (contents.checkins)
        repositories.checkins().removeAll();
    if (contents.promptHistory)
        repositories.promptEvents().removeAll();
    if (contents.plan) {
        // Kept events would otherwise name actions by ids that now mean others; the suggestion rotation
        // merely starts afresh.
        repositories.promptEvents().forgetSuggestedPlanActions();
        repositories.plan().removeAll();
    }
    if (contents.hardMoments)
        repositories.hardMoments().removeAll();
    if (contents.assessments)
        repositories.assessments().removeAll();
    if (contents.settings)
        repositories.settings().remove(exportedSettingKeys);
}

void applyReplace(Repositories& repositories, const ExportData& file) {
    const auto& contents = file.contents;
    clearReplacedSections(repositories, contents);
    const ActionIds same;
    if (contents.plan)
        for (const auto& action : file.plan)
            repositories.plan().addWithId(action);
    if (contents.checkins)
        saveCheckins(repositories.checkins(), file.checkins, same);
    if (contents.promptHistory) {
        std::vector<const PromptEvent*> events;
        for (const auto& event : file.promptEvents)
            events.push_back(&event);
        recordPromptEvents(repositories.promptEvents(), events, same);
    }
    if (contents.hardMoments)
        for (const auto& moment : file.hardMoments)
            repositories.hardMoments().addWithId(moment);
    if (contents.assessments)
        for (const auto& result : file.assessments)
            repositories.assessments().addWithId(result);
    if (contents.settings)
        repositories.settings().setValues(file.settings);
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

ImportPreview previewImport(Repositories& repositories, const ExportData& data, ImportMode mode,
                            const MergeChoices& choices) {
    Transaction snapshot(repositories.database());
    auto work = planImport(repositories, data, mode, choices);
    snapshot.commit();
    return work.preview;
}

ImportPreview applyImport(Repositories& repositories, const ExportData& data, ImportMode mode,
                          const MergeChoices& choices) {
    auto news = repositories.holdNotifications();
    Transaction transaction(repositories.database());
    auto work = planImport(repositories, data, mode, choices);
    const bool merge = mode == ImportMode::Merge && !work.replaceInstead;
    if (merge)
        applyMerge(repositories, work);
    else
        applyReplace(repositories, data);
    if (data.contents.personalContacts)
        applyPersonalContactsImport(repositories.personalContacts(), data.personalContacts,
                                    merge ? ImportMode::Merge : ImportMode::Replace);
    // Two imports that each fit must not add up to data that no export or backup could carry.
    const auto all = readExportData(repositories, ExportSelection{});
    requireWithinExportLimits(all, exportToJson(all).size());
    transaction.commit();
    news.release();
    return work.preview;
}

} // namespace tend
