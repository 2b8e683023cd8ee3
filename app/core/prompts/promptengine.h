#pragma once

#include "prompts/prompthistory.h"
#include "prompts/promptrules.h"

#include <boost/date_time/gregorian/gregorian_types.hpp>

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace tend {

// The facts table from the insights module: a fact without enough data behind it is absent.
using PromptFacts = std::map<std::string, double>;
// Display names of subjects, e.g. "on_edge" -> "on edge", "sts_load" -> "secondary traumatic stress".
using SubjectNames = std::map<std::string, std::string>;

// An action from the worker's own self-care plan, with the indicator ids and index keys it suits.
struct SuggestablePlanAction {
    std::int64_t id = 0;
    std::string title;
    std::vector<std::string> suits;
};

struct Prompt {
    std::string ruleId;
    std::string subject;
    PromptKind kind = PromptKind::SelfCare;
    PromptAction action = PromptAction::None;
    bool acute = false;
    std::string title;
    std::string body;
    std::string reason; // a finished sentence with the numbers behind the prompt
    // Self-care prompts only: the plan action they suggest.
    std::optional<std::int64_t> planActionId;
    std::string planActionTitle;
};

// Rate limits (see docs/prompt-rules.md): acute prompts are exempt from both.
inline constexpr int maxActivePrompts = 3;
inline constexpr int maxNewPromptsPerDay = 2;
inline constexpr int defaultSnoozeDays = 3;
// Like a rule's quiet_days, at most a year, so the history read for the engine always covers it.
inline constexpr int maxSnoozeDays = 365;

// The prompts to show today: acute ones first, then the rest in rule-file order. Pure: everything it reads
// is passed in, so the same inputs always give the same prompts.
[[nodiscard]] std::vector<Prompt> evaluatePrompts(const PromptRules& rules, const PromptFacts& facts,
                                                  const SubjectNames& names,
                                                  const std::vector<SuggestablePlanAction>& plan,
                                                  const PromptHistory& history, boost::gregorian::date today);

// The quietUntil to record when the worker dismisses or snoozes a prompt today; a snooze lasts 1 to
// maxSnoozeDays days.
[[nodiscard]] boost::gregorian::date quietUntilAfterDismissal(const PromptRule& rule,
                                                              boost::gregorian::date today);
[[nodiscard]] boost::gregorian::date quietUntilAfterSnooze(boost::gregorian::date today,
                                                           int days = defaultSnoozeDays);

} // namespace tend
