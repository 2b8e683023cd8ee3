#include "insights/seriessignals.h"

#include "insights/seriesrange.h"

#include <algorithm>
#include <cmath>

namespace tend {

namespace {

using boost::gregorian::date;
using boost::gregorian::days;

constexpr std::size_t minimumForMean7 = 3;
constexpr std::size_t minimumForMean28 = 10;
constexpr std::size_t minimumForBaseline = 10;
constexpr long baselineFirstAge = 90;
constexpr long baselineLastAge = 7;
constexpr std::size_t minimumForLongReference = 20;
constexpr long longReferenceFirstAge = 182;
constexpr long longReferenceLastAge = 91;
constexpr std::size_t minimumForSlope = 7;
constexpr double steadyShareOfRange = 0.10;
constexpr long sustainedWindowDays = 14;
constexpr std::size_t sustainedRecentValues = 7;
constexpr int sustainedMinimum = 5;
constexpr std::size_t minimumRecentForSudden = 2;
constexpr std::size_t minimumEarlierForSudden = 5;
constexpr double suddenShareOfRange = 0.25;

// Linear interpolation between order statistics (the common "type 7" definition): the median is the
// 50th percentile, so baseline and its band agree.
double percentile(const std::vector<double>& sorted, double fraction) {
    const auto position = fraction * static_cast<double>(sorted.size() - 1);
    const auto lower = static_cast<std::size_t>(std::floor(position));
    const auto upper = std::min(lower + 1, sorted.size() - 1);
    return sorted[lower] + (position - static_cast<double>(lower)) * (sorted[upper] - sorted[lower]);
}

// The values of [from, to], sorted, when there are at least `minimum` of them (lowered for days that do
// not apply).
std::optional<std::vector<double>> sortedWindow(const DailySeries& series, date from, date to,
                                                std::size_t minimum, const NotApplicableDays& notApplicable,
                                                int& count) {
    const auto window = valuesIn(series, from, to);
    count = static_cast<int>(window.size());
    const auto needed = applicableMinimum(minimum, series, from, to, notApplicable);
    if (!needed || window.size() < *needed)
        return std::nullopt;
    std::vector<double> sorted;
    for (const auto& value : window)
        sorted.push_back(value.value);
    std::sort(sorted.begin(), sorted.end());
    return sorted;
}

void addBaseline(SeriesSignals& result, const DailySeries& series, date today,
                 const NotApplicableDays& notApplicable) {
    const auto sorted = sortedWindow(series, today - days(baselineFirstAge), today - days(baselineLastAge),
                                     minimumForBaseline, notApplicable, result.baselineDays);
    if (!sorted)
        return;
    result.baseline = percentile(*sorted, 0.5);
    result.baselineLow = percentile(*sorted, 0.25);
    result.baselineHigh = percentile(*sorted, 0.75);
}

void addLongReference(SeriesSignals& result, const DailySeries& series, date today,
                      const NotApplicableDays& notApplicable) {
    const auto window = longReferenceWindow(today);
    const auto sorted = sortedWindow(series, window.from, window.to, minimumForLongReference, notApplicable,
                                     result.longReferenceDays);
    if (sorted)
        result.longReference = percentile(*sorted, 0.5);
}

// The mean of [from, to] with at least `minimum` values (lowered for days that do not apply).
std::optional<double> windowMean(const DailySeries& series, date from, date to, std::size_t minimum,
                                 const NotApplicableDays& notApplicable) {
    const auto needed = applicableMinimum(minimum, series, from, to, notApplicable);
    if (!needed)
        return std::nullopt;
    return meanOf(valuesIn(series, from, to), *needed);
}

// Least-squares slope of value against day number, in units per week.
// Needs at least two values, and two different days, for a line to exist.
std::optional<double> weeklySlope(const std::vector<DatedValue>& values, std::size_t minimum, date today) {
    if (values.size() < minimum)
        return std::nullopt;
    double meanX = 0.0;
    double meanY = 0.0;
    for (const auto& [day, value] : values) {
        meanX += static_cast<double>((day - today).days());
        meanY += value;
    }
    meanX /= static_cast<double>(values.size());
    meanY /= static_cast<double>(values.size());
    double covariance = 0.0;
    double variance = 0.0;
    for (const auto& [day, value] : values) {
        const auto dx = static_cast<double>((day - today).days()) - meanX;
        covariance += dx * (value - meanY);
        variance += dx * dx;
    }
    return 7.0 * covariance / variance;
}

void addSustained(SeriesSignals& result, const DailySeries& series, date today, const SignalScale& scale) {
    auto recent = valuesIn(series, today - days(sustainedWindowDays - 1), today);
    if (recent.size() > sustainedRecentValues)
        recent.erase(recent.begin(), recent.end() - static_cast<long>(sustainedRecentValues));
    result.recentDays = static_cast<int>(recent.size());
    result.concernDays =
        static_cast<int>(std::count_if(recent.begin(), recent.end(), [&](const DatedValue& v) {
            return scale.inConcern && scale.inConcern(v.value);
        }));
    if (result.recentDays >= sustainedMinimum)
        result.sustained = result.concernDays >= sustainedMinimum;
}

void addSuddenChange(SeriesSignals& result, const DailySeries& series, date today, const SignalScale& scale) {
    const auto recent = meanOf(valuesIn(series, today - days(2), today), minimumRecentForSudden);
    const auto earlier = meanOf(valuesIn(series, today - days(16), today - days(3)), minimumEarlierForSudden);
    if (!recent || !earlier)
        return;
    const auto change = *recent - *earlier;
    const bool worseDirected = scale.polarity == Polarity::HigherIsWorse ? change > 0 : change < 0;
    result.suddenChange = change;
    result.suddenWorsening = worseDirected && std::abs(change) >= suddenShareOfRange * scale.range();
}

} // namespace

DateWindow longReferenceWindow(date today) {
    return {today - days(longReferenceFirstAge), today - days(longReferenceLastAge)};
}

SeriesSignals seriesSignals(const DailySeries& series, date today, const SignalScale& scale,
                            const std::optional<RestRun>& lastRest, const NotApplicableDays& notApplicable) {
    SeriesSignals result;
    const auto week = valuesIn(series, today - days(6), today);
    result.days7 = static_cast<int>(week.size());
    result.totalDays = static_cast<int>(valuesIn(series, series.first, today).size());
    if (!week.empty() && week.back().day == today)
        result.today = week.back().value;
    result.mean7 = windowMean(series, today - days(6), today, minimumForMean7, notApplicable);
    result.mean28 = windowMean(series, today - days(27), today, minimumForMean28, notApplicable);

    const auto worseBy = [&](double difference) {
        return scale.polarity == Polarity::HigherIsWorse ? difference : -difference;
    };
    addBaseline(result, series, today, notApplicable);
    if (result.mean7 && result.baseline) {
        result.deviation = *result.mean7 - *result.baseline;
        result.worsening = worseBy(*result.deviation);
        result.worseningPercent = *result.worsening * 100.0 / scale.range();
    }
    addLongReference(result, series, today, notApplicable);
    if (result.mean7 && result.longReference) {
        result.longWorsening = worseBy(*result.mean7 - *result.longReference);
        result.longWorseningPercent = *result.longWorsening * 100.0 / scale.range();
    }

    const auto slopeMinimum =
        applicableMinimum(minimumForSlope, series, today - days(13), today, notApplicable);
    if (slopeMinimum)
        result.slope14 = weeklySlope(valuesIn(series, today - days(13), today),
                                     std::max<std::size_t>(*slopeMinimum, 2), today);
    if (result.slope14) {
        if (std::abs(*result.slope14 * 2.0) < steadyShareOfRange * scale.range())
            result.trend = Trend::Steady;
        else
            result.trend = *result.slope14 > 0 ? Trend::Up : Trend::Down;
    }

    addSustained(result, series, today, scale);
    addSuddenChange(result, series, today, scale);
    if (lastRest)
        result.recovery = recoveryAfterRest(series, *lastRest, today, scale.polarity);
    return result;
}

} // namespace tend
