#pragma once

#include "analytics/dailyseries.h"
#include "insights/applicableminimum.h"
#include "insights/indexdefinition.h"

#include <boost/date_time/gregorian/gregorian_types.hpp>

#include <optional>

namespace tend {

// Whether an index has a number yet; the ui words NotEnoughData ("not enough check-ins yet").
enum class IndexStatus { Ok, NotEnoughData };

struct CurrentIndexValue {
    IndexStatus status = IndexStatus::NotEnoughData;
    std::optional<double> value;
    int days7 = 0;     // days with a daily value among the 7 ending today
    int totalDays = 0; // days with a daily value up to today
};

inline constexpr int minimumDaysForCurrentValue = 3;

// An index's value on `today` from its daily series: the mean of the 7 days ending today. Exposure load
// instead fades: a weighted mean over the days with data among the 14 ending today, each weighing
// 0.5^(age in days / 3), so a heavy day counts fully at first and half three days later. Both need at
// least 3 days with data among the last 7, fewer when some of them do not apply (see applicableMinimum).
[[nodiscard]] CurrentIndexValue currentIndexValue(IndexId id, const DailySeries& daily,
                                                  boost::gregorian::date today,
                                                  const NotApplicableDays& notApplicable = {});

} // namespace tend
