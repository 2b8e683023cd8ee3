#pragma once

#include "analytics/dailyseries.h"
#include "insights/indexdefinition.h"
#include "supervision/supervisionperiod.h"

#include <cstddef>
#include <optional>

namespace tend {

// How a period's mean of an index compares with the same length of time just before it.
enum class PeriodComparison {
    NoMean,          // too few days with a value in the period itself
    TooLittleBefore, // the period has a mean, the time before it has too few days
    AboutTheSame,
    Higher,
    Lower,
};

// One index over a supervision period: what the document's scores and its small chart are made of.
struct IndexPeriod {
    // A mean needs this many days with a value, in the period and in the time before it: fewer would let
    // one or two answers stand for weeks.
    static constexpr std::size_t minimumDays = 3;
    // Means closer than this (on 0-100) are "about the same": smaller moves are the ordinary wobble of a
    // few answers.
    static constexpr double steadyWithin = 5.0;

    IndexId id = IndexId::StsLoad;
    std::optional<double> mean;
    std::optional<double> previousMean;
    std::optional<IndexBand> band; // of the mean
    PeriodComparison comparison = PeriodComparison::NoMean;
    DailySeries daily; // one entry per day of the period, from its first day; gaps stay empty
    // The worker's usual range (the middle half of their baseline) as of the period's last day, for the
    // band drawn behind the chart; absent below the baseline's minimum.
    std::optional<double> usualLow;
    std::optional<double> usualHigh;
};

// `series` must cover at least [period.previousFrom(), period.to]; days it lacks count as missing.
[[nodiscard]] IndexPeriod indexPeriod(IndexId id, const DailySeries& series, const SupervisionPeriod& period);

} // namespace tend
