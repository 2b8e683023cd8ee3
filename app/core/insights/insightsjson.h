#pragma once

#include "insights/insights.h"

#include <nlohmann/json.hpp>

namespace tend {

// Insights as JSON for `tend insights --json` and for inspection: keys sorted, numbers rounded to 2
// decimals, null where the data are too thin, dates as ISO text. Each index and indicator carries a
// "status" of "ok" or "not_enough_data".
[[nodiscard]] nlohmann::json insightsToJson(const Insights& insights);

} // namespace tend
