#pragma once

#include "content/selfcarelibrary.h"
#include "domain/checkindefinition.h"
#include "prompts/promptrules.h"

#include <QString>

#include <string>
#include <vector>

namespace tend::ui {

// A tag the worker may give an action of their own: what it may help with, as the library's "suits" say it.
struct PlanTag {
    std::string tag; // an indicator id or index key
    QString label;   // "Sleep", "Work coming back to mind"
};

// The small set of tags worth offering: those the library itself uses and that a self-care rule may
// suggest an action for, so that every tag the worker picks can bring their action up in a prompt. In the
// order of the check-in's questions, then the indices.
[[nodiscard]] std::vector<PlanTag> planTagChoices(const SelfCareLibrary& library, const PromptRules& rules,
                                                  const CheckinDefinition& definition);

} // namespace tend::ui
