#pragma once

#include "insights/dayreading.h"
#include "insights/insights.h"

#include <map>
#include <string>

namespace tend {

using Facts = std::map<std::string, double>;

// The flat table of named facts the prompt rules read, by the names agreed with them ("index.<key>.mean7",
// "indicator.<id>.sustained", "rest.days_since", "checkins.total", ...). A fact without enough data behind
// it is absent, never 0; yes/no facts are 1 or 0. Counts of what was entered on a day (answers, hard
// moments) are counts, and 0 when nothing was.
[[nodiscard]] Facts insightsFacts(const Insights& insights);

// The facts about one day on its own, named as if that day were today: "index.<key>.today",
// "index.<key>.today_answers", "indicator.<id>.today", "checkins.today_answers", "hard_moments.today",
// "hard_moments.intense_today". insightsFacts includes them for today; acute rules read only these, so the
// same rules can be asked about any earlier day.
[[nodiscard]] Facts dayReadingFacts(const DayReading& reading);

} // namespace tend
