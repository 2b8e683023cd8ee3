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

// The action from the worker's own plan that suits the subject: the one this run already suggests, else
// the one suggested least recently (never suggested first), ties by plan order.
const SuggestablePlanAction* pickPlanAction(const std::vector<SuggestablePlanAction>& plan,
                                            const std::string& subject, const PromptHistory& history,
                                            const PromptHistory::State* state, Freshness freshness) {
    const SuggestablePlanAction* best = nullptr;
    std::optional<date> bestLast;
    for (const auto& action : plan) {
        if (std::find(action.suits.begin(), action.suits.end(), subject) == action.suits.end())
            continue;
        if (freshness != Freshness::New && state && state->suggestedAction == action.id)
            return &action;
        const auto last = history.lastSuggestedOn(action.id);
        if (!best || (bestLast && (!last || *last < *bestLast))) {
            best = &action;
            bestLast = last;
        }
    }
    return best;
}

std::optional<Candidate> candidateFor(const PromptRule& rule, const std::string& subject,
                                      const PromptFacts& facts, const SubjectNames& names,
                                      const std::vector<SuggestablePlanAction>& plan,
                                      const PromptHistory& history, date today) {
    if (!std::all_of(rule.when.begin(), rule.when.end(),
                     [&](const PromptCondition& condition) { return holds(condition, facts, subject); }))
        return std::nullopt;
    const auto* state = history.find(rule.id, subject);
    if (isQuiet(state, rule.acute, today))
        return std::nullopt;

    Candidate candidate;
    candidate.freshness = freshnessOf(state, today);
    Prompt& prompt = candidate.prompt;
    if (rule.kind == PromptKind::SelfCare) {
        const auto* action = pickPlanAction(plan, subject, history, state, candidate.freshness);
        if (!action)
            return std::nullopt; // Tend suggests only what the worker chose for themselves.
        prompt.planActionId = action->id;
        prompt.planActionTitle = action->title;
    }
    const TemplateValues values{subject, displayName(names, subject), prompt.planActionTitle, &facts};
    prompt.ruleId = rule.id;
    prompt.subject = subject;
    prompt.kind = rule.kind;
    prompt.action = rule.action;
    prompt.acute = rule.acute;
    prompt.title = renderPromptTemplate(rule.title, values);
    prompt.body = renderPromptTemplate(rule.body, values);
    prompt.reason = renderPromptTemplate(rule.reason, values);
    return candidate;
}

// New prompts already shown today count against today's limit even if their condition no longer holds.
int newPromptsShownOn(date today, const PromptRules& rules, const PromptHistory& history) {
    int count = 0;
    for (const auto& [key, state] : history.states()) {
        const auto* rule = rules.find(key.first);
        if (state.lastNewOn == today && !(rule && rule->acute))
            ++count;
    }
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
                                    const PromptHistory& history, date today) {
    std::vector<Candidate> acute;
    std::vector<Candidate> others;
    for (std::size_t r = 0; r < rules.rules.size(); ++r) {
        const auto& rule = rules.rules[r];
        const auto subjects = subjectsOf(rule, facts);
        for (std::size_t s = 0; s < subjects.size(); ++s) {
            auto candidate = candidateFor(rule, subjects[s], facts, names, plan, history, today);
            if (!candidate)
                continue;
            candidate->ruleIndex = r;
            candidate->subjectIndex = s;
            (rule.acute ? acute : others).push_back(std::move(*candidate));
        }
    }
    auto kept = withinLimits(std::move(others), newPromptsShownOn(today, rules, history));
    std::sort(kept.begin(), kept.end(), inFileOrder);

    std::vector<Prompt> prompts;
    for (auto* list : {&acute, &kept})
        for (auto& candidate : *list)
            prompts.push_back(std::move(candidate.prompt));
    return prompts;
}

date quietUntilAfterDismissal(const PromptRule& rule, date today) {
    return today + boost::gregorian::days(rule.quietDays);
}

date quietUntilAfterSnooze(date today, int days) {
    return today + boost::gregorian::days(std::clamp(days, 1, maxSnoozeDays));
}

} // namespace tend
