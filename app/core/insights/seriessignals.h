#pragma once

#include "analytics/dailyseries.h"
#include "domain/checkindefinition.h"
#include "insights/applicableminimum.h"
#include "insights/restandrecovery.h"

#include <boost/date_time/gregorian/gregorian_types.hpp>

#include <functional>
#include <optional>

namespace tend {

// How to read a series: which way is worse, the range of its scale, and which values deserve attention.
struct SignalScale {
    Polarity polarity = Polarity::HigherIsWorse;
    double min = 0.0;
    double max = 100.0;
    std::function<bool(double)> inConcern;

    [[nodiscard]] double range() const { return max - min; }
};

enum class Trend { Up, Down, Steady };

// Signals of one daily series on `today`. Each is absent when the data are too thin for it; counts that
// say how thin (days7, baselineDays, recentDays) are always filled in.
struct SeriesSignals {
    int days7 = 0;     // days with a value among the 7 ending today
    int totalDays = 0; // days with a value up to today
    std::optional<double> today;
    std::optional<double> mean7;  // at least 3 values
    std::optional<double> mean28; // at least 10 values
    // Personal baseline: the median of [today-90, today-7] (the 12 weeks before this one), at least 10
    // values, with its middle half (25th to 75th percentile) for charts.
    std::optional<double> baseline;
    std::optional<double> baselineLow;
    std::optional<double> baselineHigh;
    int baselineDays = 0;
    // Long reference ("how you were a few months ago"): the median of the days three to six months ago,
    // [today-182, today-91], at least 20 values. The baseline follows a slow drift within weeks; this one
    // lags it by months, so a change of a point a week shows here long before the baseline could notice.
    std::optional<double> longReference;
    int longReferenceDays = 0;
    std::optional<double> longWorsening;        // mean7 - longReference, signed so that positive = worse
    std::optional<double> longWorseningPercent; // longWorsening as a percentage of the scale's range
    std::optional<double> deviation;            // mean7 - baseline
    std::optional<double> worsening;            // deviation signed so that positive = worse
    std::optional<double> worseningPercent;     // worsening as a percentage of the scale's range
    std::optional<double> slope14;              // least squares over the 14 days ending today, per week
    std::optional<Trend> trend;                 // steady when the 14-day change is under 10% of the range
    // Sustained: among the last (up to) 7 recorded values within 14 days, at least 5 in the concern band;
    // needs at least 5 such values.
    std::optional<bool> sustained;
    int concernDays = 0;
    int recentDays = 0;
    // Mean of the last 3 days minus the mean of the 14 days before them.
    std::optional<double> suddenChange;
    std::optional<bool> suddenWorsening; // worse-directed and at least 25% of the range
    std::optional<RecoveryAfterRest> recovery;
};

// The days the long reference reads: [today-182, today-91].
struct DateWindow {
    boost::gregorian::date from;
    boost::gregorian::date to;

    // The day halfway through, rounded down: the month a reason names for the whole window.
    [[nodiscard]] boost::gregorian::date middle() const {
        return from + boost::gregorian::days((to - from).days() / 2);
    }
};
[[nodiscard]] DateWindow longReferenceWindow(boost::gregorian::date today);

// Minimums (of the means, the baseline, the long reference and the slope) are stated for windows where
// every day applies; days in `notApplicable` lower them in proportion (see applicableMinimum).
[[nodiscard]] SeriesSignals seriesSignals(const DailySeries& series, boost::gregorian::date today,
                                          const SignalScale& scale, const std::optional<RestRun>& lastRest,
                                          const NotApplicableDays& notApplicable = {});

} // namespace tend
