#pragma once

#include "prompts/prompthistory.h"

#include <cstdint>
#include <string>
#include <vector>

namespace tend {

// An action from the worker's own self-care plan, with the indicator ids and index keys it suits: the
// library's for an action taken from the library, plus the tags the worker gave it.
struct SuggestablePlanAction {
    std::int64_t id = 0;
    std::string title;
    std::vector<std::string> suits;
};

// A small step from the shipped self-care library, for when the worker's plan has nothing that suits.
struct SuggestableLibraryAction {
    std::string id;
    std::string title;
    std::vector<std::string> suits;
};

// The suggestion a self-care prompt makes for `subject`: the one its current run already makes, else the
// suitable one suggested least recently (never suggested first), ties in list order. `continuing` says
// whether the prompt is in a run that started before (a new run may move on to the next suggestion).
[[nodiscard]] const SuggestablePlanAction* pickPlanAction(const std::vector<SuggestablePlanAction>& plan,
                                                          const std::string& subject,
                                                          const PromptHistory& history,
                                                          const PromptHistory::State* state, bool continuing);
[[nodiscard]] const SuggestableLibraryAction*
pickLibraryAction(const std::vector<SuggestableLibraryAction>& library, const std::string& subject,
                  const PromptHistory& history, const PromptHistory::State* state, bool continuing);

} // namespace tend
