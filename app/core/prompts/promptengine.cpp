#include "prompts/promptengine.h"

#include "prompts/factname.h"

#include <algorithm>
#include <set>
#include <tuple>

namespace tend {

namespace {

using boost::gregorian::date;

// Where a prompt stands against the daily limit on new prompts.
enum class Freshness { New, NewEarlierToday, Continuing };

struct Candidate {
    Prompt prompt;
    std::size_t ruleIndex = 0;
    std::size_t subjectIndex = 0;
    Freshness freshness = Freshness::New;
};

bool holds(const PromptCondition& condition, const PromptFacts& facts, const std::string& subject) {
    const auto it = facts.find(factname::withSubject(condition.fact, subject));
    if (it == facts.end())
        return false;
    const double value = it->second;
    switch (condition.op) {
    case CompareOp::Greater:
        return value > condition.value;
    case CompareOp::GreaterOrEqual:
        return value >= condition.value;
    case CompareOp::Less:
        return value < condition.value;
    case CompareOp::LessOrEqual:
        return value <= condition.value;
    case CompareOp::Equal:
        return value == condition.value;
    }
    return false;
}

bool allHold(const PromptRule& rule, const PromptFacts& facts, const std::string& subject) {
    return std::all_of(rule.when.begin(), rule.when.end(),
                       [&](const PromptCondition& condition) { return holds(condition, facts, subject); });
}

// Indicators have no fixed list: the ones the insights module has facts for are the ones to consider.
std::vector<std::string> indicatorsWithFacts(const PromptFacts& facts) {
    static constexpr std::string_view prefix = "indicator.";
    std::set<std::string> ids;
    for (auto it = facts.lower_bound(std::string(prefix)); it != facts.end() && it->first.starts_with(prefix);
         ++it) {
        const auto end = it->first.find('.', prefix.size());
        if (end != std::string::npos)
            ids.insert(it->first.substr(prefix.size(), end - prefix.size()));
    }
    return {ids.begin(), ids.end()};
}

std::vector<std::string> subjectsOf(const PromptRule& rule, const PromptFacts& facts) {
    if (!rule.subjects.empty())
        return rule.subjects;
    switch (rule.scope) {
    case RuleScope::Global:
        return {std::string()};
    case RuleScope::Index:
        return {factname::indexKeys.begin(), factname::indexKeys.end()};
    case RuleScope::Indicator:
        return indicatorsWithFacts(facts);
    }
    return {};
}

std::string displayName(const SubjectNames& names, const std::string& subject) {
    if (const auto it = names.find(subject); it != names.end())
        return it->second;
    auto name = subject;
    std::replace(name.begin(), name.end(), '_', ' ');
    return name;
}

Freshness freshnessOf(const PromptHistory::State* state, date today) {
    if (!state || !state->runStartedOn || !state->lastShownOn ||
        (today - *state->lastShownOn).days() > PromptHistory::runGapDays)
        return Freshness::New;
    return *state->runStartedOn == today ? Freshness::NewEarlierToday : Freshness::Continuing;
}

// A dismissal or snooze quiets a prompt until its quietUntil day. Acute prompts answer today's check-in,
// so a decision only quiets them for the rest of the day it was made.
bool isQuiet(const PromptHistory::State* state, bool acute, date today) {
    if (!state || !state->quietUntil || today >= *state->quietUntil)
        return false;
    return !acute || state->quietDecidedOn == today;
}

bool isDisabled(const PromptRule& rule, const PromptOptions& options) {
    return rule.kind != PromptKind::Crisis && options.disabledKinds.contains(rule.kind);
}

bool canRender(const PromptTemplate& text, const TemplateValues& values) {
    return std::all_of(text.parts.begin(), text.parts.end(), [&](const TemplatePart& part) {
        return part.kind != TemplatePart::Kind::Fact ||
               values.facts->contains(factname::withSubject(part.text, values.subject));
    });
}

// Fills in the suggestion of a self-care prompt; false when there is nothing to suggest.
bool suggest(Prompt& prompt, const PromptRule& rule, const std::string& subject,
             const std::vector<SuggestablePlanAction>& plan, const PromptHistory& history,
             const PromptHistory::State* state, Freshness freshness, const PromptOptions& options) {
    const bool continuing = freshness != Freshness::New;
    if (const auto* action = pickPlanAction(plan, subject, history, state, continuing)) {
        prompt.planActionId = action->id;
        prompt.planActionTitle = action->title;
        return true;
    }
    // Nothing of the worker's own suits: a small step from the library, in words that do not claim they
    // chose it; a rule without such words suggests nothing.
    if (!rule.fromLibrary)
        return false;
    if (const auto* action = pickLibraryAction(options.library, subject, history, state, continuing)) {
        prompt.libraryActionId = action->id;
        prompt.libraryActionTitle = action->title;
        return true;
    }
    return false;
}

std::optional<Candidate> candidateFor(const PromptRule& rule, const std::string& subject,
                                      const PromptFacts& facts, const SubjectNames& names,
                                      const std::vector<SuggestablePlanAction>& plan,
                                      const PromptHistory& history, date today,
                                      const PromptOptions& options) {
    if (isDisabled(rule, options))
        return std::nullopt;
    const auto* state = history.find(rule.id, subject);
    if (isQuiet(state, rule.acute, today))
        return std::nullopt;
    const bool applies = allHold(rule, facts, subject);
    // Crisis support, once it has surfaced today, stays in reach until the day is over.
    const bool keptToday = !applies && rule.acute && state && state->lastShownOn == today;
    if (!applies && !keptToday)
        return std::nullopt;

    Candidate candidate;
    candidate.freshness = freshnessOf(state, today);
    Prompt& prompt = candidate.prompt;
    if (rule.kind == PromptKind::SelfCare &&
        !suggest(prompt, rule, subject, plan, history, state, candidate.freshness, options))
        return std::nullopt; // Tend never suggests something that suits nothing.
    const bool fromLibrary = prompt.libraryActionId.has_value();
    const auto& actionTitle = fromLibrary ? prompt.libraryActionTitle : prompt.planActionTitle;
    const TemplateValues values{subject, displayName(names, subject), actionTitle, &facts,
                                today,   options.longReferencePeriod};
    prompt.ruleId = rule.id;
    prompt.subject = subject;
    prompt.kind = rule.kind;
    prompt.action = rule.action;
    prompt.acute = rule.acute;
    prompt.immediate = rule.immediate;
    prompt.keptToday = keptToday;
    prompt.title = renderPromptTemplate(fromLibrary ? rule.fromLibrary->title : rule.title, values);
    prompt.body = renderPromptTemplate(fromLibrary ? rule.fromLibrary->body : rule.body, values);
    // A kept prompt says why it was shown, in the words the worker read then: today's later answers no
    // longer meet the rule, and may be missing altogether.
    if (keptToday && (!state->lastShownReason.empty() || !canRender(rule.reason, values)))
        prompt.reason = state->lastShownReason;
    else
        prompt.reason = renderPromptTemplate(rule.reason, values);
    return candidate;
}

bool isExempt(const PromptRule* rule) {
    return rule && (rule->acute || rule->immediate);
}

// New prompts already shown today count against today's limit even if their condition no longer holds.
int newPromptsShownOn(date today, const PromptRules& rules, const PromptHistory& history) {
    int count = 0;
    for (const auto& [key, state] : history.states())
        if (state.lastNewOn == today && !isExempt(rules.find(key.first)))
            ++count;
    return count;
}

bool inFileOrder(const Candidate& a, const Candidate& b) {
    return std::tie(a.ruleIndex, a.subjectIndex) < std::tie(b.ruleIndex, b.subjectIndex);
}

std::vector<Candidate> withinLimits(std::vector<Candidate> candidates, int newShownToday) {
    std::stable_sort(candidates.begin(), candidates.end(), [](const Candidate& a, const Candidate& b) {
        return a.prompt.kind > b.prompt.kind || (a.prompt.kind == b.prompt.kind && inFileOrder(a, b));
    });
    std::vector<Candidate> kept;
    int newCount = newShownToday;
    for (auto& candidate : candidates) {
        if (kept.size() == static_cast<std::size_t>(maxActivePrompts))
            break;
        if (candidate.freshness == Freshness::New) {
            if (newCount >= maxNewPromptsPerDay)
                continue;
            ++newCount;
        }
        kept.push_back(std::move(candidate));
    }
    return kept;
}

} // namespace

std::vector<Prompt> evaluatePrompts(const PromptRules& rules, const PromptFacts& facts,
                                    const SubjectNames& names, const std::vector<SuggestablePlanAction>& plan,
                                    const PromptHistory& history, date today, const PromptOptions& options) {
    std::vector<Candidate> acute;
    std::vector<Candidate> immediate;
    std::vector<Candidate> others;
    for (std::size_t r = 0; r < rules.rules.size(); ++r) {
        const auto& rule = rules.rules[r];
        const auto subjects = subjectsOf(rule, facts);
        for (std::size_t s = 0; s < subjects.size(); ++s) {
            auto candidate = candidateFor(rule, subjects[s], facts, names, plan, history, today, options);
            if (!candidate)
                continue;
            candidate->ruleIndex = r;
            candidate->subjectIndex = s;
            (rule.acute ? acute : rule.immediate ? immediate : others).push_back(std::move(*candidate));
        }
    }
    // Every acute rule offers the same crisis resources: the first in file order is enough, and two would
    // only repeat the offer.
    if (acute.size() > 1)
        acute.erase(acute.begin() + 1, acute.end());
    auto kept = withinLimits(std::move(others), newPromptsShownOn(today, rules, history));
    std::sort(kept.begin(), kept.end(), inFileOrder);

    std::vector<Prompt> prompts;
    for (auto* list : {&acute, &immediate, &kept})
        for (auto& candidate : *list)
            prompts.push_back(std::move(candidate.prompt));
    return prompts;
}

bool anyAcuteRuleHolds(const PromptRules& rules, const PromptFacts& dayFacts) {
    for (const auto& rule : rules.rules) {
        if (!rule.acute)
            continue;
        for (const auto& subject : subjectsOf(rule, dayFacts))
            if (allHold(rule, dayFacts, subject))
                return true;
    }
    return false;
}

date quietUntilAfterDismissal(const PromptRule& rule, date today) {
    return today + boost::gregorian::days(rule.quietDays);
}

date quietUntilAfterSnooze(date today, int days) {
    return today + boost::gregorian::days(std::clamp(days, 1, maxSnoozeDays));
}

date quietUntilAfterNotForMe(const PromptRule& rule, date today, NotForMe choice, int days) {
    if (rule.acute)
        return today + boost::gregorian::days(1);
    switch (choice) {
    case NotForMe::RuleDefault:
        return quietUntilAfterDismissal(rule, today);
    case NotForMe::ForDays:
        return quietUntilAfterSnooze(today, days);
    case NotForMe::Never:
        return neverAgain();
    }
    return quietUntilAfterDismissal(rule, today);
}

} // namespace tend
