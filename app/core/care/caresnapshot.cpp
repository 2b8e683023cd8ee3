#include "care/caresnapshot.h"

#include "care/acutedays.h"
#include "care/profilefacts.h"
#include "insights/bandsnote.h"
#include "insights/insightsfacts.h"
#include "insights/insightsjson.h"
#include "insights/momentdays.h"
#include "settings/daystartsetting.h"
#include "settings/momentrecheck.h"
#include "settings/promptkindssetting.h"
#include "storage/checkinrepository.h"
#include "storage/database.h"
#include "storage/hardmomentrepository.h"
#include "storage/prompteventrepository.h"
#include "storage/selfcareplanrepository.h"
#include "storage/settingsrepository.h"
#include "time/isodate.h"

#include <algorithm>
#include <cmath>

namespace tend {

namespace {

constexpr int smallStepMinutes = 10;

// Plan actions a prompt may suggest: those still in the plan, matched to subjects through the library
// entry they came from and the tags the worker gave them.
std::vector<SuggestablePlanAction> suggestablePlan(const std::vector<PlanAction>& plan,
                                                   const SelfCareLibrary& library) {
    std::vector<SuggestablePlanAction> suggestable;
    for (const auto& action : plan) {
        if (action.archived)
            continue;
        SuggestablePlanAction entry{action.id, action.title, {}};
        if (action.libraryId) {
            if (const auto* source = library.find(*action.libraryId))
                entry.suits = source->suits;
        }
        for (const auto& tag : action.tags)
            if (std::find(entry.suits.begin(), entry.suits.end(), tag) == entry.suits.end())
                entry.suits.push_back(tag);
        suggestable.push_back(std::move(entry));
    }
    return suggestable;
}

// The worker's history and settings, read in one snapshot so that they all describe the same moment.
struct StoredState {
    InsightsInput input;
    std::vector<PlanAction> plan;
    PromptHistory history;
    std::set<PromptKind> disabledKinds;
    std::optional<boost::gregorian::date> recheckOn;
};

StoredState readStoredState(const CareSources& sources, boost::gregorian::date today) {
    StoredState state;
    auto& input = state.input;
    input.definition = sources.definition;
    input.trackedItems = sources.trackedItems;
    input.today = today;
    Transaction snapshot(sources.database);
    SettingsRepository settings(sources.database);
    // A moment belongs to the check-in day the worker was living (a night shift's 02:00 to the evening
    // before, with a later day start).
    const DayStart dayStart = DayStartSetting(settings).load();
    if (const auto earliest = sources.checkins.earliestDate()) {
        const auto from = std::min(*earliest, today);
        input.checkins = sources.checkins.range(from, today);
        input.hardMoments = onCheckinDays(sources.hardMoments.inCheckinDays(from, today, dayStart), dayStart);
    } else {
        // Hard moments may be logged before any check-in.
        input.hardMoments =
            onCheckinDays(sources.hardMoments.inCheckinDays(today, today, dayStart), dayStart);
    }
    state.plan = sources.plan.all();
    state.history = sources.promptEvents.history(today);
    state.disabledKinds = PromptKindsSetting(settings).disabledKinds();
    state.recheckOn = MomentRecheck(settings).dueOn();
    snapshot.commit();

    for (const auto& checkin : input.checkins)
        if (!checkin.selfCareDone.empty())
            input.selfcareTicks.emplace(checkin.date, checkin.selfCareDone);
    for (const auto& action : state.plan)
        input.planActions.push_back({action.id, action.addedOn});
    return state;
}

nlohmann::json contactJson(const MomentFollowUp& followUp) {
    nlohmann::json contacts = nlohmann::json::object();
    auto peers = nlohmann::json::array();
    for (const auto& peer : followUp.peerSupport)
        peers.push_back(peer.name);
    contacts["peer_support"] = std::move(peers);
    contacts["supervisor"] =
        followUp.debriefContact ? nlohmann::json(followUp.debriefContact->name) : nullptr;
    contacts["assistance"] = followUp.assistance ? nlohmann::json(followUp.assistance->name) : nullptr;
    return contacts;
}

nlohmann::json followUpJson(const MomentFollowUp& followUp) {
    const auto optionalText = [](const std::optional<std::string>& text) {
        return text ? nlohmann::json(*text) : nlohmann::json(nullptr);
    };
    return {{"intense_moments_today", followUp.intenseMomentsToday},
            {"grounding_action", optionalText(followUp.groundingActionId)},
            {"learning_card", optionalText(followUp.learningCardId)},
            {"grounding_card", optionalText(followUp.groundingCardId)},
            {"talk_it_through", contactJson(followUp)},
            {"recheck_on", followUp.recheckOn ? nlohmann::json(toIsoDate(*followUp.recheckOn)) : nullptr},
            {"recheck_due", followUp.recheckDue}};
}

} // namespace

SubjectNames subjectNames(const CheckinDefinition& definition) {
    SubjectNames names;
    for (const auto id : allIndices)
        names.emplace(std::string(indexDefinition(id).key), std::string(indexDefinition(id).displayName));
    for (const auto& item : definition.items)
        names.emplace(item.id, item.name);
    return names;
}

std::vector<SuggestableLibraryAction> smallLibrarySteps(const SelfCareLibrary& library,
                                                        const std::vector<PlanAction>& plan) {
    std::vector<SuggestableLibraryAction> steps;
    for (const auto& action : library.actions) {
        const bool inPlan = std::any_of(plan.begin(), plan.end(), [&](const PlanAction& planned) {
            return !planned.archived && planned.libraryId == action.id;
        });
        if (!inPlan && action.minutes <= smallStepMinutes)
            steps.push_back({action.id, action.title, action.suits});
    }
    return steps;
}

CareSnapshot buildCareSnapshot(const CareSources& sources, boost::gregorian::date today) {
    const auto stored = readStoredState(sources, today);
    const OrgProfile noOrganisation;
    const auto& profile = sources.profile ? *sources.profile : noOrganisation;
    const auto fromProfile = profileFacts(profile);

    CareSnapshot snapshot;
    snapshot.insights = computeInsights(stored.input);
    snapshot.facts = insightsFacts(snapshot.insights);
    snapshot.facts.insert(fromProfile.begin(), fromProfile.end());
    snapshot.facts["acute.days14"] = acuteDays(sources.rules, stored.input, fromProfile);
    const bool due = recheckDue(stored.recheckOn, today, sources.rules, stored.history);
    snapshot.facts["hard_moments.recheck_due"] = due ? 1.0 : 0.0;

    PromptOptions options;
    options.disabledKinds = stored.disabledKinds;
    options.library = smallLibrarySteps(sources.library, stored.plan);
    options.longReferencePeriod = snapshot.insights.longReferencePeriod;
    snapshot.prompts =
        evaluatePrompts(sources.rules, snapshot.facts, subjectNames(sources.definition),
                        suggestablePlan(stored.plan, sources.library), stored.history, today, options);
    snapshot.momentFollowUp = momentFollowUp(snapshot.insights.todayReading, sources.library, sources.cards,
                                             profile, stored.recheckOn, due);
    snapshot.bandsNote = bandsNote();
    return snapshot;
}

nlohmann::json careSnapshotToJson(const CareSnapshot& snapshot) {
    auto json = insightsToJson(snapshot.insights);
    auto prompts = nlohmann::json::array();
    for (const auto& prompt : snapshot.prompts) {
        nlohmann::json entry = {
            {"rule", prompt.ruleId},
            {"kind", std::string(promptKindKey(prompt.kind))},
            {"subject", prompt.subject},
            {"acute", prompt.acute},
            {"immediate", prompt.immediate},
            {"kept_today", prompt.keptToday},
            {"title", prompt.title},
            {"body", prompt.body},
            {"reason", prompt.reason},
            {"bands_note", snapshot.bandsNote},
            {"action", std::string(promptActionKey(prompt.action))},
            {"plan_action", nullptr},
            {"library_action", nullptr},
        };
        if (prompt.planActionId)
            entry["plan_action"] = {{"id", *prompt.planActionId}, {"title", prompt.planActionTitle}};
        if (prompt.libraryActionId)
            entry["library_action"] = {{"id", *prompt.libraryActionId}, {"title", prompt.libraryActionTitle}};
        prompts.push_back(std::move(entry));
    }
    json["prompts"] = std::move(prompts);
    json["acute_days14"] = static_cast<int>(std::lround(snapshot.facts.at("acute.days14"))); // a count
    json["moment_follow_up"] = followUpJson(snapshot.momentFollowUp);
    return json;
}

} // namespace tend
