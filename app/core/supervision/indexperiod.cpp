#include "supervision/indexperiod.h"

#include "insights/seriesrange.h"

#include <cmath>

namespace tend {

namespace {

PeriodComparison compare(std::optional<double> mean, std::optional<double> previous) {
    if (!mean)
        return PeriodComparison::NoMean;
    if (!previous)
        return PeriodComparison::TooLittleBefore;
    const double difference = *mean - *previous;
    if (std::abs(difference) < IndexPeriod::steadyWithin)
        return PeriodComparison::AboutTheSame;
    return difference > 0 ? PeriodComparison::Higher : PeriodComparison::Lower;
}

} // namespace

IndexPeriod indexPeriod(IndexId id, const DailySeries& series, const SupervisionPeriod& period) {
    IndexPeriod result;
    result.id = id;
    result.mean = meanOf(valuesIn(series, period.from, period.to), IndexPeriod::minimumDays);
    result.previousMean =
        meanOf(valuesIn(series, period.previousFrom(), period.previousTo()), IndexPeriod::minimumDays);
    if (result.mean)
        result.band = indexBand(id, *result.mean);
    result.comparison = compare(result.mean, result.previousMean);

    result.daily.first = period.from;
    result.daily.values.assign(static_cast<std::size_t>(period.days()), std::nullopt);
    for (const auto& value : valuesIn(series, period.from, period.to))
        result.daily.values[static_cast<std::size_t>((value.day - period.from).days())] = value.value;
    return result;
}

} // namespace tend
