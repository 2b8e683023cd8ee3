#include "prompts/suggestionpicker.h"

#include <algorithm>

namespace tend {

namespace {

using boost::gregorian::date;

// Shared by plan and library actions: `lastSuggested(action)` and `isCurrent(action)` differ.
template <typename Action, typename LastSuggested, typename IsCurrent>
const Action* pick(const std::vector<Action>& actions, const std::string& subject, bool continuing,
                   LastSuggested lastSuggested, IsCurrent isCurrent) {
    const Action* best = nullptr;
    std::optional<date> bestLast;
    for (const auto& action : actions) {
        if (std::find(action.suits.begin(), action.suits.end(), subject) == action.suits.end())
            continue;
        if (continuing && isCurrent(action))
            return &action;
        const auto last = lastSuggested(action);
        if (!best || (bestLast && (!last || *last < *bestLast))) {
            best = &action;
            bestLast = last;
        }
    }
    return best;
}

} // namespace

const SuggestablePlanAction* pickPlanAction(const std::vector<SuggestablePlanAction>& plan,
                                            const std::string& subject, const PromptHistory& history,
                                            const PromptHistory::State* state, bool continuing) {
    return pick(
        plan, subject, continuing,
        [&](const SuggestablePlanAction& action) { return history.lastSuggestedOn(action.id); },
        [&](const SuggestablePlanAction& action) { return state && state->suggestedAction == action.id; });
}

const SuggestableLibraryAction* pickLibraryAction(const std::vector<SuggestableLibraryAction>& library,
                                                  const std::string& subject, const PromptHistory& history,
                                                  const PromptHistory::State* state, bool continuing) {
    return pick(
        library, subject, continuing,
        [&](const SuggestableLibraryAction& action) { return history.lastLibrarySuggestedOn(action.id); },
        [&](const SuggestableLibraryAction& action) {
            return state && state->suggestedLibraryAction == action.id;
        });
}

} // namespace tend
