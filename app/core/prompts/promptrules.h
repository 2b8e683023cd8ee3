#pragma once

#include "formats/datafileerror.h"
#include "prompts/prompttemplate.h"

#include <string>
#include <string_view>
#include <vector>

namespace tend {

// In escalating order: later kinds ask more of the worker, so they win when only a few prompts may show.
enum class PromptKind { SelfCare, MicroAction, TalkToSupervisor, ProfessionalSupport, Crisis };

// What a rule is about: nothing in particular, each index, or each check-in indicator.
enum class RuleScope { Global, Index, Indicator };

// What the app offers alongside the prompt.
enum class PromptAction { OpenSelfCare, OpenSupervisionPrep, OpenSupport, OpenCrisis, None };

enum class CompareOp { Greater, GreaterOrEqual, Less, LessOrEqual, Equal };

struct PromptCondition {
    std::string fact; // may contain "{subject}"
    CompareOp op = CompareOp::GreaterOrEqual;
    double value = 0;
};

struct PromptRule {
    std::string id;
    PromptKind kind = PromptKind::SelfCare;
    RuleScope scope = RuleScope::Global;
    std::vector<std::string> subjects; // empty: every index or indicator with facts
    std::vector<PromptCondition> when; // all must hold
    PromptTemplate title;
    PromptTemplate body;
    PromptTemplate reason;
    PromptAction action = PromptAction::None;
    int quietDays = 14;
    bool acute = false;
};

struct PromptRules {
    int version = 1;
    std::vector<PromptRule> rules; // in file order, which is also the order prompts are shown in

    [[nodiscard]] const PromptRule* find(std::string_view id) const;
};

[[nodiscard]] std::string_view promptKindKey(PromptKind kind);
[[nodiscard]] std::string_view promptActionKey(PromptAction action);

// Parses and validates a "tend.prompt-rules" file (JSON text). Throws DataFileError naming the exact place.
[[nodiscard]] PromptRules parsePromptRules(std::string_view json);

} // namespace tend
