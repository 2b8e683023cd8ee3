#include "insights/weeksinband.h"

#include "insights/seriesrange.h"

namespace tend {

namespace {

constexpr std::size_t minimumValuesPerWeek = 2;

bool moderateOrWorse(IndexId id, double value) {
    const auto band = indexBand(id, value);
    return band == IndexBand::Moderate || band == concernBand(id);
}

} // namespace

WeeksInBand weeksInBand(IndexId id, const DailySeries& daily, boost::gregorian::date today,
                        const NotApplicableDays& notApplicable) {
    using boost::gregorian::days;
    WeeksInBand result;
    for (int week = 0; week < weeksInBandSpan; ++week) {
        const auto to = today - days(7L * week);
        const auto from = to - days(6);
        const auto needed = applicableMinimum(minimumValuesPerWeek, daily, from, to, notApplicable);
        if (!needed)
            continue;
        const auto mean = meanOf(valuesIn(daily, from, to), *needed);
        if (!mean)
            continue;
        ++result.known;
        if (moderateOrWorse(id, *mean))
            ++result.moderateOrWorse;
    }
    return result;
}

} // namespace tend
