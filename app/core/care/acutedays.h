#pragma once

#include "insights/insights.h"
#include "insights/insightsfacts.h"
#include "prompts/promptrules.h"

#include <boost/date_time/gregorian/gregorian_types.hpp>

namespace tend {

inline constexpr int acuteDaysSpan = 14;

// On how many of the 14 days ending `input.today` the check-in met an acute rule, judged by each day's own
// facts (see dayReadingFacts) and `profile`. Repeated acute days call for a calm word about professional
// support, beyond the crisis resources of each day.
[[nodiscard]] int acuteDays(const PromptRules& rules, const InsightsInput& input, const Facts& profile);

} // namespace tend
