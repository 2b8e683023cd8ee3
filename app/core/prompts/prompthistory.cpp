#include "prompts/prompthistory.h"

#include <algorithm>

namespace tend {

namespace {

void replay(PromptHistory::State& state, const PromptEvent& event) {
    const auto day = event.at.date();
    switch (event.kind) {
    case PromptEventKind::Shown: {
        const bool lapsed =
            state.lastShownOn && (day - *state.lastShownOn).days() > PromptHistory::runGapDays;
        if (!state.runStartedOn || lapsed) {
            state.runStartedOn = day;
            state.lastNewOn = day;
            state.suggestedAction.reset();
            state.suggestedLibraryAction.reset();
        }
        state.lastShownOn = day;
        state.lastShownEver = day;
        state.lastShownReason = event.reason;
        break;
    }
    case PromptEventKind::Dismissed:
    case PromptEventKind::Snoozed:
        // A decision without a date still ends the run; it just keeps the prompt quiet for no extra day.
        state.quietUntil = event.quietUntil.value_or(day);
        state.quietDecidedOn = day;
        state.runStartedOn.reset();
        state.lastShownOn.reset();
        state.suggestedAction.reset();
        state.suggestedLibraryAction.reset();
        break;
    case PromptEventKind::Allowed:
        state.quietUntil.reset();
        state.quietDecidedOn.reset();
        break;
    case PromptEventKind::Opened:
        break;
    }
}

} // namespace

PromptHistory PromptHistory::fromEvents(std::vector<PromptEvent> events) {
    std::stable_sort(events.begin(), events.end(),
                     [](const PromptEvent& a, const PromptEvent& b) { return a.at < b.at; });
    PromptHistory history;
    for (const auto& event : events) {
        replay(history.m_states[{event.ruleId, event.subject}], event);
        if (event.kind == PromptEventKind::Shown && event.planActionId)
            history.noteSuggestion(event.ruleId, event.subject, *event.planActionId, event.at.date());
        if (event.kind == PromptEventKind::Shown && event.libraryActionId)
            history.noteLibrarySuggestion(event.ruleId, event.subject, *event.libraryActionId,
                                          event.at.date());
    }
    return history;
}

void PromptHistory::noteSuggestion(const std::string& ruleId, const std::string& subject,
                                   std::int64_t planActionId, boost::gregorian::date on) {
    auto [last, inserted] = m_lastSuggested.emplace(planActionId, on);
    if (!inserted && last->second < on)
        last->second = on;
    const auto state = m_states.find({ruleId, subject});
    if (state != m_states.end() && state->second.runStartedOn && on >= *state->second.runStartedOn)
        state->second.suggestedAction = planActionId;
}

void PromptHistory::noteLibrarySuggestion(const std::string& ruleId, const std::string& subject,
                                          const std::string& libraryActionId, boost::gregorian::date on) {
    auto [last, inserted] = m_lastLibrarySuggested.emplace(libraryActionId, on);
    if (!inserted && last->second < on)
        last->second = on;
    const auto state = m_states.find({ruleId, subject});
    if (state != m_states.end() && state->second.runStartedOn && on >= *state->second.runStartedOn)
        state->second.suggestedLibraryAction = libraryActionId;
}

const PromptHistory::State* PromptHistory::find(std::string_view ruleId, std::string_view subject) const {
    const auto it = m_states.find({std::string(ruleId), std::string(subject)});
    return it == m_states.end() ? nullptr : &it->second;
}

std::optional<boost::gregorian::date> PromptHistory::lastSuggestedOn(std::int64_t planActionId) const {
    const auto it = m_lastSuggested.find(planActionId);
    if (it == m_lastSuggested.end())
        return std::nullopt;
    return it->second;
}

std::optional<boost::gregorian::date>
PromptHistory::lastLibrarySuggestedOn(const std::string& libraryActionId) const {
    const auto it = m_lastLibrarySuggested.find(libraryActionId);
    if (it == m_lastLibrarySuggested.end())
        return std::nullopt;
    return it->second;
}

std::vector<PromptHistory::Key> PromptHistory::neverAgain() const {
    std::vector<Key> keys;
    for (const auto& [key, state] : m_states)
        if (state.quietUntil && isNeverAgain(*state.quietUntil))
            keys.push_back(key);
    return keys;
}

} // namespace tend
