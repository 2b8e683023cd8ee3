#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>

// The names of the facts the insights module publishes (see docs/prompt-rules.md), checked when prompt
// rules load so that a typo in a rule file is reported rather than silently never matching.
namespace tend::factname {

inline constexpr std::array<std::string_view, 5> indexKeys{"sts_load", "burnout", "wellbeing",
                                                           "compassion_satisfaction", "exposure_load"};
// The measures published for every index and indicator; an index also has "value".
inline constexpr std::array<std::string_view, 13> indicatorMeasures{"days7",
                                                                    "mean7",
                                                                    "mean28",
                                                                    "baseline",
                                                                    "deviation",
                                                                    "worsening",
                                                                    "worsening_percent",
                                                                    "slope14",
                                                                    "sustained",
                                                                    "sudden_change",
                                                                    "sudden_worsening",
                                                                    "recovery",
                                                                    "today"};
inline constexpr std::string_view subjectPlaceholder = "{subject}";

[[nodiscard]] bool isIndexKey(std::string_view key);

// Why `pattern` names no known fact, or nothing when it does. `subjectFamily` is "index" or "indicator"
// when the rule has that scope, so "{subject}" may stand in that family's key; empty when it may not.
[[nodiscard]] std::optional<std::string> problem(std::string_view pattern, std::string_view subjectFamily);

// The fact name with every "{subject}" replaced by `subject`.
[[nodiscard]] std::string withSubject(std::string_view pattern, std::string_view subject);

} // namespace tend::factname
