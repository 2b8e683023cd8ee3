#pragma once

#include "analytics/dailyseries.h"

#include <boost/date_time/gregorian/gregorian_types.hpp>

#include <optional>
#include <vector>

namespace tend {

struct DatedValue {
    boost::gregorian::date day;
    double value = 0.0;
};

// The recorded values of `series` on the days [from, to], oldest first; days outside the series or
// without a value are left out.
[[nodiscard]] std::vector<DatedValue> valuesIn(const DailySeries& series, boost::gregorian::date from,
                                               boost::gregorian::date to);

// The mean of `values`, or std::nullopt when there are fewer than `minValues` (and never of none).
[[nodiscard]] std::optional<double> meanOf(const std::vector<DatedValue>& values, std::size_t minValues);

} // namespace tend
