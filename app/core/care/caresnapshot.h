#pragma once

#include "care/momentfollowup.h"
#include "content/learningcards.h"
#include "content/orgprofile.h"
#include "content/selfcarelibrary.h"
#include "domain/checkindefinition.h"
#include "domain/planaction.h"
#include "insights/insights.h"
#include "prompts/promptengine.h"
#include "prompts/promptrules.h"

#include <boost/date_time/gregorian/gregorian_types.hpp>
#include <nlohmann/json.hpp>

#include <set>
#include <string>
#include <vector>

namespace tend {

class CheckinRepository;
class Database;
class HardMomentRepository;
class PromptEventRepository;
class SelfCarePlanRepository;

// Where a snapshot's data comes from: the worker's stored history and settings, and the shipped (or
// organisation's) content. Reading only: building a snapshot never writes.
struct CareSources {
    Database& database;
    const CheckinDefinition& definition;
    std::set<std::string> trackedItems;
    CheckinRepository& checkins;
    HardMomentRepository& hardMoments;
    SelfCarePlanRepository& plan;
    PromptEventRepository& promptEvents;
    const SelfCareLibrary& library;
    const PromptRules& rules;
    // The organisation profile in use; none reads as the shipped default, which names no organisation,
    // no support service and no supervisor.
    const OrgProfile* profile = nullptr;
    // For the follow-up after a very hard moment; none: the follow-up names no card.
    const LearningCards* cards = nullptr;
};

// The insights of one day with the prompts they lead to: what the Insights page, Today's calm support
// banner and `tend insights --json` all show, computed once in one place.
struct CareSnapshot {
    Insights insights;
    PromptFacts facts;
    std::vector<Prompt> prompts;
    MomentFollowUp momentFollowUp;
    // Shown with every "why?": the bands' cut-offs, and that they are Tend's own.
    std::string bandsNote;
};

// Reads the worker's settings from the same database: the kinds of prompt turned off (PromptKindsSetting)
// and the re-check after a hard moment (MomentRecheck).
[[nodiscard]] CareSnapshot buildCareSnapshot(const CareSources& sources, boost::gregorian::date today);

// Display names of the subjects prompts can be about: index keys and rating item ids.
[[nodiscard]] SubjectNames subjectNames(const CheckinDefinition& definition);

// The small steps a self-care prompt may take from the library when the plan has nothing suitable: actions of
// at most 10 minutes that are not already in the active plan, in library order.
[[nodiscard]] std::vector<SuggestableLibraryAction> smallLibrarySteps(const SelfCareLibrary& library,
                                                                      const std::vector<PlanAction>& plan);

// The snapshot as printed by `tend insights --json`: the insights (see insightsToJson) plus "prompts",
// each with its reason, "acute_days14" and "moment_follow_up".
[[nodiscard]] nlohmann::json careSnapshotToJson(const CareSnapshot& snapshot);

} // namespace tend
