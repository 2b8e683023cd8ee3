#pragma once

#include "domain/hardmoment.h"
#include "time/daystart.h"

#include <vector>

namespace tend {

// Hard moments as the day-by-day insights read them: each on the check-in day it belongs to. The insights
// place a moment on the calendar date of its time, so each time is moved back by the worker's day start
// (03:10 with a 06:00 start lands on the day before). The copies are for computing only: never stored or
// shown.
[[nodiscard]] std::vector<HardMoment> onCheckinDays(std::vector<HardMoment> moments, DayStart start);

} // namespace tend
