#include "insights/currentindexvalue.h"

#include "insights/seriesrange.h"

#include <cmath>

namespace tend {

namespace {

using boost::gregorian::date;
using boost::gregorian::days;

constexpr double exposureHalfLifeDays = 3.0;
constexpr long exposureWindowDays = 14;

double fadedMean(const std::vector<DatedValue>& values, date today) {
    double weighted = 0.0;
    double weights = 0.0;
    for (const auto& [day, value] : values) {
        const auto weight = std::pow(0.5, static_cast<double>((today - day).days()) / exposureHalfLifeDays);
        weighted += weight * value;
        weights += weight;
    }
    return weighted / weights;
}

} // namespace

CurrentIndexValue currentIndexValue(IndexId id, const DailySeries& daily, date today,
                                    const NotApplicableDays& notApplicable) {
    CurrentIndexValue current;
    const auto week = valuesIn(daily, today - days(6), today);
    current.days7 = static_cast<int>(week.size());
    current.totalDays = static_cast<int>(valuesIn(daily, daily.first, today).size());
    const auto needed =
        applicableMinimum(minimumDaysForCurrentValue, daily, today - days(6), today, notApplicable);
    if (!needed || week.size() < *needed)
        return current;

    current.status = IndexStatus::Ok;
    if (indexDefinition(id).fades)
        current.value = fadedMean(valuesIn(daily, today - days(exposureWindowDays - 1), today), today);
    else
        current.value = meanOf(week, 1);
    return current;
}

} // namespace tend
