#pragma once

#include "insights/seriessignals.h"
#include "prompts/prompthistory.h"
#include "prompts/promptrules.h"
#include "prompts/suggestionpicker.h"

#include <boost/date_time/gregorian/gregorian_types.hpp>

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace tend {

// The facts table from the insights module: a fact without enough data behind it is absent.
using PromptFacts = std::map<std::string, double>;
// Display names of subjects, e.g. "on_edge" -> "on edge", "sts_load" -> "secondary traumatic stress".
using SubjectNames = std::map<std::string, std::string>;

// The worker's choices and the content that shape which prompts may appear.
struct PromptOptions {
    // Kinds the worker turned off. Crisis cannot be turned off: it is ignored here.
    std::set<PromptKind> disabledKinds;
    // What a self-care rule with library wording may suggest when nothing in the plan suits its subject,
    // in the order ties are broken.
    std::vector<SuggestableLibraryAction> library;
    // The days the long references read, for "{period.…}" placeholders: from the first to the last
    // check-in within [today-182, today-91]. Without it, that whole window.
    std::optional<DateWindow> longReferencePeriod;
};

struct Prompt {
    std::string ruleId;
    std::string subject;
    PromptKind kind = PromptKind::SelfCare;
    PromptAction action = PromptAction::None;
    bool acute = false;
    bool immediate = false;
    // An acute prompt shown earlier today whose rule no longer holds on today's answers: crisis support
    // stays in reach for the rest of the day instead of coming and going with each answer. Its reason is
    // the one shown then. The ui may show it folded.
    bool keptToday = false;
    std::string title;
    std::string body;
    std::string reason; // a finished sentence with the numbers behind the prompt
    // Self-care prompts only: the plan action they suggest, or the library action when the plan has
    // nothing suitable.
    std::optional<std::int64_t> planActionId;
    std::string planActionTitle;
    std::optional<std::string> libraryActionId;
    std::string libraryActionTitle;
};

// Rate limits (see docs/prompt-rules.md): acute and immediate prompts are exempt from both.
inline constexpr int maxActivePrompts = 3;
inline constexpr int maxNewPromptsPerDay = 2;
inline constexpr int defaultSnoozeDays = 3;
// Like a rule's quiet_days, at most a year, so the history read for the engine always covers it.
inline constexpr int maxSnoozeDays = 365;

// The prompts to show today: the first acute one (in rule-file order; they all offer the same crisis
// resources), then immediate ones, then the rest in rule-file order.
// Pure: everything it reads is passed in, so the same inputs always give the same prompts.
[[nodiscard]] std::vector<Prompt> evaluatePrompts(const PromptRules& rules, const PromptFacts& facts,
                                                  const SubjectNames& names,
                                                  const std::vector<SuggestablePlanAction>& plan,
                                                  const PromptHistory& history, boost::gregorian::date today,
                                                  const PromptOptions& options = {});

// Whether any acute rule holds for some subject on `dayFacts`, a day's own facts (see dayReadingFacts):
// the test of an acute day, for counting them over past days.
[[nodiscard]] bool anyAcuteRuleHolds(const PromptRules& rules, const PromptFacts& dayFacts);

// The quietUntil to record when the worker dismisses or snoozes a prompt today; a snooze lasts 1 to
// maxSnoozeDays days.
[[nodiscard]] boost::gregorian::date quietUntilAfterDismissal(const PromptRule& rule,
                                                              boost::gregorian::date today);
[[nodiscard]] boost::gregorian::date quietUntilAfterSnooze(boost::gregorian::date today,
                                                           int days = defaultSnoozeDays);

// "Not for me": for the rule's own quiet_days, for a number of days the worker picks (1 to maxSnoozeDays),
// or never again (neverAgain()). An acute prompt is only ever set aside for the rest of the day, since crisis
// resources must come back when a later check-in needs them.
enum class NotForMe { RuleDefault, ForDays, Never };
[[nodiscard]] boost::gregorian::date
quietUntilAfterNotForMe(const PromptRule& rule, boost::gregorian::date today, NotForMe choice, int days = 0);

} // namespace tend
