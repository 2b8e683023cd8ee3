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
// The measures published for every index and indicator.
inline constexpr std::array<std::string_view, 16> indicatorMeasures{"days7",
                                                                    "mean7",
                                                                    "mean28",
                                                                    "baseline",
                                                                    "deviation",
                                                                    "worsening",
                                                                    "worsening_percent",
                                                                    "long_reference",
                                                                    "long_worsening",
                                                                    "long_worsening_percent",
                                                                    "slope14",
                                                                    "sustained",
                                                                    "sudden_change",
                                                                    "sudden_worsening",
                                                                    "recovery",
                                                                    "today"};
// The measures only an index has.
inline constexpr std::array<std::string_view, 4> indexOnlyMeasures{"value", "today_answers", "weeks8_known",
                                                                   "weeks8_moderate_or_worse"};
// Facts about nothing in particular.
inline constexpr std::array<std::string_view, 12> standaloneFacts{"rest.days_since",
                                                                  "rest.working_days_since",
                                                                  "checkins.total",
                                                                  "checkins.days7",
                                                                  "checkins.today_answers",
                                                                  "hard_moments.today",
                                                                  "hard_moments.intense_today",
                                                                  "hard_moments.recheck_due",
                                                                  "acute.days14",
                                                                  "profile.has_organisation",
                                                                  "profile.has_assistance",
                                                                  "profile.has_supervisor"};
inline constexpr std::string_view subjectPlaceholder = "{subject}";

[[nodiscard]] bool isIndexKey(std::string_view key);

// Whether a fact is about today alone ("index.sts_load.today", "checkins.today_answers",
// "hard_moments.intense_today", ...), so that a rule made only of such facts answers the day as it is
// entered.
[[nodiscard]] bool isTodayFact(std::string_view pattern);
// Whether a fact describes the organisation profile rather than the worker's days ("profile.has_assistance").
[[nodiscard]] bool isProfileFact(std::string_view pattern);
// Whether a fact counts today's answers ("index.<key>.today_answers", "checkins.today_answers"): the basis an
// acute rule must state.
[[nodiscard]] bool isAnswerCount(std::string_view pattern);

// Why `pattern` names no known fact, or nothing when it does. `subjectFamily` is "index" or "indicator"
// when the rule has that scope, so "{subject}" may stand in that family's key; empty when it may not.
[[nodiscard]] std::optional<std::string> problem(std::string_view pattern, std::string_view subjectFamily);

// The fact name with every "{subject}" replaced by `subject`.
[[nodiscard]] std::string withSubject(std::string_view pattern, std::string_view subject);

} // namespace tend::factname
