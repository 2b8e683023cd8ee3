#include "prompts/promptevent.h"

#include "time/isodate.h"

#include <array>
#include <utility>

namespace tend {

namespace {

constexpr std::array<std::pair<std::string_view, PromptEventKind>, 5> eventKeys{{
    {"shown", PromptEventKind::Shown},
    {"opened", PromptEventKind::Opened},
    {"dismissed", PromptEventKind::Dismissed},
    {"snoozed", PromptEventKind::Snoozed},
    {"allowed", PromptEventKind::Allowed},
}};

constexpr std::string_view neverText = "never";

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

boost::gregorian::date neverAgain() {
    return boost::gregorian::date(boost::date_time::pos_infin);
}

bool isNeverAgain(boost::gregorian::date quietUntil) {
    return quietUntil.is_pos_infinity();
}

std::string quietUntilText(boost::gregorian::date quietUntil) {
    return isNeverAgain(quietUntil) ? std::string(neverText) : toIsoDate(quietUntil);
}

std::optional<boost::gregorian::date> parseQuietUntil(std::string_view text) {
    if (text == neverText)
        return neverAgain();
    return parseIsoDate(text);
}

} // namespace tend
