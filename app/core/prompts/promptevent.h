#pragma once

#include <boost/date_time/gregorian/gregorian_types.hpp>
#include <boost/date_time/posix_time/posix_time_types.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace tend {

enum class PromptEventKind { Shown, Opened, Dismissed, Snoozed };

// One thing that happened to a prompt, as kept in the prompt history.
struct PromptEvent {
    std::string ruleId;
    std::string subject; // the index key or indicator id, empty for a rule about nothing in particular
    PromptEventKind kind = PromptEventKind::Shown;
    boost::posix_time::ptime at;
    // Dismissed and snoozed prompts stay quiet before this day; empty for the other events.
    std::optional<boost::gregorian::date> quietUntil;
    std::string reason; // the sentence the worker saw, so the history can say why a prompt appeared
    // Shown self-care prompts only: the plan action suggested, so that suggestions rotate from run to run.
    std::optional<std::int64_t> planActionId;
};

[[nodiscard]] std::string_view promptEventKey(PromptEventKind kind);
[[nodiscard]] std::optional<PromptEventKind> promptEventKindFromKey(std::string_view key);

} // namespace tend
