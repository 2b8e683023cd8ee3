#pragma once

#include <boost/date_time/gregorian/gregorian_types.hpp>
#include <boost/date_time/posix_time/posix_time_types.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace tend {

// Allowed: the worker let a prompt they had set aside ("not for me", even "never") show again.
enum class PromptEventKind { Shown, Opened, Dismissed, Snoozed, Allowed };

// One thing that happened to a prompt, as kept in the prompt history.
struct PromptEvent {
    std::string ruleId;
    std::string subject; // the index key or indicator id, empty for a rule about nothing in particular
    PromptEventKind kind = PromptEventKind::Shown;
    boost::posix_time::ptime at;
    // Dismissed and snoozed prompts stay quiet before this day; empty for the other events. A dismissal
    // "never again" stays quiet until neverAgain() (the end of time).
    std::optional<boost::gregorian::date> quietUntil;
    std::string reason; // the sentence the worker saw, so the history can say why a prompt appeared
    // Shown self-care prompts only: the plan action suggested, or the library action when the plan had
    // nothing suitable, so that suggestions rotate from run to run.
    std::optional<std::int64_t> planActionId;
    std::optional<std::string> libraryActionId = std::nullopt;
};

[[nodiscard]] std::string_view promptEventKey(PromptEventKind kind);
[[nodiscard]] std::optional<PromptEventKind> promptEventKindFromKey(std::string_view key);

// The quiet-until of a dismissal the worker meant for good.
[[nodiscard]] boost::gregorian::date neverAgain();
[[nodiscard]] bool isNeverAgain(boost::gregorian::date quietUntil);
// A quiet-until as stored and exported: "YYYY-MM-DD", or "never"; nothing for text that is neither.
[[nodiscard]] std::string quietUntilText(boost::gregorian::date quietUntil);
[[nodiscard]] std::optional<boost::gregorian::date> parseQuietUntil(std::string_view text);

} // namespace tend
