#include "prompts/promptevent.h"

#include <array>
#include <utility>

namespace tend {

namespace {

constexpr std::array<std::pair<std::string_view, PromptEventKind>, 4> eventKeys{{
    {"shown", PromptEventKind::Shown},
    {"opened", PromptEventKind::Opened},
    {"dismissed", PromptEventKind::Dismissed},
    {"snoozed", PromptEventKind::Snoozed},
}};

} // namespace

std::string_view promptEventKey(PromptEventKind kind) {
    for (const auto& [key, value] : eventKeys)
        if (value == kind)
            return key;
    return {};
}

std::optional<PromptEventKind> promptEventKindFromKey(std::string_view key) {
    for (const auto& [name, value] : eventKeys)
        if (name == key)
            return value;
    return std::nullopt;
}

} // namespace tend
