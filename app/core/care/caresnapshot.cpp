#include "care/caresnapshot.h"

#include "insights/insightsfacts.h"
#include "insights/insightsjson.h"
#include "storage/checkinrepository.h"
#include "storage/database.h"
#include "storage/hardmomentrepository.h"
#include "storage/prompteventrepository.h"
#include "storage/selfcareplanrepository.h"

namespace tend {

namespace {

// Plan actions a prompt may suggest: those still in the plan, matched to subjects through the library
// entry they came from. The worker's own actions carry no tags, so prompts never guess what they suit.
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
        suggestable.push_back(std::move(entry));
    }
    return suggestable;
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

CareSnapshot buildCareSnapshot(const CareSources& sources, boost::gregorian::date today) {
    InsightsInput input;
    input.definition = sources.definition;
    input.trackedItems = sources.trackedItems;
    input.today = today;
    std::vector<PlanAction> plan;
    PromptHistory history;
    {
        // One read snapshot: check-ins, moments, plan and prompt history all describe the same moment.
        Transaction snapshot(sources.database);
        if (const auto earliest = sources.checkins.earliestDate()) {
            const auto from = std::min(*earliest, today);
            input.checkins = sources.checkins.range(from, today);
            input.hardMoments = sources.hardMoments.inRange(from, today);
        }
        plan = sources.plan.all();
        history = sources.promptEvents.history(today);
        snapshot.commit();
    }
    for (const auto& checkin : input.checkins) {
        if (!checkin.selfCareDone.empty())
            input.selfcareTicks.emplace(checkin.date, checkin.selfCareDone);
    }
    for (const auto& action : plan)
        input.planActions.push_back({action.id, action.addedOn});

    CareSnapshot snapshot;
    snapshot.insights = computeInsights(input);
    snapshot.facts = insightsFacts(snapshot.insights);
    snapshot.prompts = evaluatePrompts(sources.rules, snapshot.facts, subjectNames(sources.definition),
                                       suggestablePlan(plan, sources.library), history, today);
    return snapshot;
}

nlohmann::json careSnapshotToJson(const CareSnapshot& snapshot) {
    auto json = insightsToJson(snapshot.insights);
    auto prompts = nlohmann::json::array();
    for (const auto& prompt : snapshot.prompts) {
        nlohmann::json entry = {
            {"rule", prompt.ruleId},     {"kind", std::string(promptKindKey(prompt.kind))},
            {"subject", prompt.subject}, {"acute", prompt.acute},
            {"title", prompt.title},     {"body", prompt.body},
            {"reason", prompt.reason},   {"action", std::string(promptActionKey(prompt.action))},
            {"plan_action", nullptr},
        };
        if (prompt.planActionId)
            entry["plan_action"] = {{"id", *prompt.planActionId}, {"title", prompt.planActionTitle}};
        prompts.push_back(std::move(entry));
    }
    json["prompts"] = std::move(prompts);
    return json;
}

} // namespace tend
