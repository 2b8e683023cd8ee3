#include "insights/applicableminimum.h"

#include "insights/seriesrange.h"

#include <algorithm>

namespace tend {

std::optional<std::size_t> applicableMinimum(std::size_t minimum, const DailySeries& series,
                                             boost::gregorian::date from, boost::gregorian::date to,
                                             const NotApplicableDays& notApplicable) {
    if (from > to)
        return std::nullopt;
    const auto windowDays = static_cast<std::size_t>((to - from).days()) + 1;
    std::size_t skipped = 0;
    for (auto it = notApplicable.lower_bound(from); it != notApplicable.end() && *it <= to; ++it)
        if (valuesIn(series, *it, *it).empty())
            ++skipped;
    if (skipped == 0)
        return minimum;
    const auto applicable = windowDays - skipped;
    if (applicable == 0)
        return std::nullopt;
    // Rounded up in whole numbers, so the share asked for is never below the one stated.
    return std::max<std::size_t>(1, (minimum * applicable + windowDays - 1) / windowDays);
}

} // namespace tend
