#pragma once

#include "insights/insights.h"

#include <map>
#include <string>

namespace tend {

using Facts = std::map<std::string, double>;

// The flat table of named facts the prompt rules read, by the names agreed with them ("index.<key>.mean7",
// "indicator.<id>.sustained", "rest.days_since", "checkins.total", ...). A fact without enough data behind
// it is absent, never 0; yes/no facts are 1 or 0.
[[nodiscard]] Facts insightsFacts(const Insights& insights);

} // namespace tend
