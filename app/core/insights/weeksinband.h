#pragma once

#include "analytics/dailyseries.h"
#include "insights/applicableminimum.h"
#include "insights/indexdefinition.h"

#include <boost/date_time/gregorian/gregorian_types.hpp>

namespace tend {

inline constexpr int weeksInBandSpan = 8;

// How an index sat over the last 8 weeks, week by week (the 7 days ending today, the 7 before them, and so
// on). A strain that stays in the moderate band for months never counts as "sustained", which looks for the
// high band, yet it wears people down; this is how the rules see it.
struct WeeksInBand {
    int known = 0; // weeks with a weekly mean (at least 2 values, fewer when days do not apply)
    // Of those, weeks whose mean was moderate or in the concern band: 30 or more for strain, below 70 for
    // wellbeing and compassion satisfaction.
    int moderateOrWorse = 0;
};

[[nodiscard]] WeeksInBand weeksInBand(IndexId id, const DailySeries& daily, boost::gregorian::date today,
                                      const NotApplicableDays& notApplicable = {});

} // namespace tend
