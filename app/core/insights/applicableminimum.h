#pragma once

#include "analytics/dailyseries.h"

#include <boost/date_time/gregorian/gregorian_types.hpp>

#include <cstddef>
#include <optional>
#include <set>

namespace tend {

// Days on which a series does not apply: the worker's days off and leave, for a series made only of
// questions about the work (exposure, "did your work make a difference"). They are neither zero nor
// missing.
using NotApplicableDays = std::set<boost::gregorian::date>;

// How many values a window [from, to] needs when `minimum` is what it needs with every day applicable. A
// day in `notApplicable` without a value does not apply; the window then needs the same share of the days
// that do, rounded up and at least 1, so a week with four days off asks for 2 of its 3 working days rather
// than 3 of 7. Nothing when no day of the window applies: a week on leave has no working-week mean.
[[nodiscard]] std::optional<std::size_t> applicableMinimum(std::size_t minimum, const DailySeries& series,
                                                           boost::gregorian::date from,
                                                           boost::gregorian::date to,
                                                           const NotApplicableDays& notApplicable);

} // namespace tend
