#pragma once

#include "formats/datafileerror.h"
#include "prompts/prompttemplate.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tend {

// In escalating order: later kinds ask more of the worker, so they win when only a few prompts may show.
// MomentFollowUp is the gentle follow-up after a very hard moment and the re-check the worker may ask for:
// a kind of its own, so that turning off small steps never silences it, and it can be turned off alone.
enum class PromptKind {
    SelfCare,
    MicroAction,
    MomentFollowUp,
    TalkToSupervisor,
    ProfessionalSupport,
    Crisis
};

// What a rule is about: nothing in particular, each index, or each check-in indicator.
enum class RuleScope { Global, Index, Indicator };

// What the app offers alongside the prompt. OpenMomentFollowUp opens the gentle follow-up after a very hard
// moment: a grounding exercise, a card on common reactions, who to talk it through with, and the offer to
// check in again in a day or two.
enum class PromptAction {
    OpenSelfCare,
    OpenSupervisionPrep,
    OpenSupport,
    OpenCrisis,
    OpenMomentFollowUp,
    None
};

enum class CompareOp { Greater, GreaterOrEqual, Less, LessOrEqual, Equal };

struct PromptCondition {
    std::string fact; // may contain "{subject}"
    CompareOp op = CompareOp::GreaterOrEqual;
    double value = 0;
};

// The wording of a self-care rule for a suggestion from the library rather than the worker's own plan
// (their plan has nothing that suits the subject): it must not say "you chose".
struct LibraryWording {
    PromptTemplate title;
    PromptTemplate body;
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
    // Acute: a crisis rule that answers today's check-in at once, outside every limit, and stays in reach
    // for the rest of the day once shown. Immediate: any other rule that answers something entered today
    // (a very hard moment, a re-check the worker asked for) at once and outside the limits.
    bool acute = false;
    bool immediate = false;
    std::optional<LibraryWording> fromLibrary; // self_care rules only; none: no library suggestions
};

struct PromptRules {
    int version = 1;
    std::vector<PromptRule> rules; // in file order, which is also the order prompts are shown in

    [[nodiscard]] const PromptRule* find(std::string_view id) const;
};

[[nodiscard]] std::string_view promptKindKey(PromptKind kind);
[[nodiscard]] std::optional<PromptKind> promptKindFromKey(std::string_view key);
[[nodiscard]] std::string_view promptActionKey(PromptAction action);

// Parses and validates a "tend.prompt-rules" file (JSON text). Throws DataFileError naming the exact place.
[[nodiscard]] PromptRules parsePromptRules(std::string_view json);

} // namespace tend
