#pragma once

#include "content/selfcarelibrary.h"
#include "domain/checkindefinition.h"
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

// Where a snapshot's data comes from: the worker's stored history and the shipped (or organisation's)
// content. Reading only: building a snapshot never writes.
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
};

// The insights of one day with the prompts they lead to: what the Insights page, Today's calm support
// banner and `tend insights --json` all show, computed once in one place.
struct CareSnapshot {
    Insights insights;
    PromptFacts facts;
    std::vector<Prompt> prompts;
};

[[nodiscard]] CareSnapshot buildCareSnapshot(const CareSources& sources, boost::gregorian::date today);

// Display names of the subjects prompts can be about: index keys and rating item ids.
[[nodiscard]] SubjectNames subjectNames(const CheckinDefinition& definition);

// The snapshot as printed by `tend insights --json`: the insights (see insightsToJson) plus "prompts",
// each with its reason.
[[nodiscard]] nlohmann::json careSnapshotToJson(const CareSnapshot& snapshot);

} // namespace tend
