#pragma once

#include "analytics/dailyseries.h"
#include "domain/checkin.h"
#include "domain/checkindefinition.h"

#include <boost/date_time/gregorian/gregorian_types.hpp>

#include <optional>
#include <vector>

namespace tend {

// "Days since real rest": the most recent day (up to today) the worker marked as a day off or leave.
struct RealRest {
    boost::gregorian::date lastRestDay;
    int daysSince = 0; // calendar days; 0 when today is a rest day
    // Check-ins after the last rest day, up to today, that hold something and are not marked as rest: the
    // days the worker told Tend they were working. A day without a check-in is never counted as work; it
    // may have been leave, a weekend or anything else.
    int workingDaysSince = 0;
};

[[nodiscard]] std::optional<RealRest> realRest(const std::vector<Checkin>& checkins,
                                               boost::gregorian::date today);

// Consecutive calendar days marked as rest.
struct RestRun {
    boost::gregorian::date first;
    boost::gregorian::date last;
};

inline constexpr int restLookbackDays = 28;

// The most recent run of rest days that ended before today and no more than 28 days ago: a run still
// going on today has not ended, so there is no "after" to look at yet.
[[nodiscard]] std::optional<RestRun> mostRecentRestRun(const std::vector<Checkin>& checkins,
                                                       boost::gregorian::date today);

struct RecoveryAfterRest {
    RestRun run;
    double before = 0.0;      // mean of the 7 days before the run
    double after = 0.0;       // mean of the days after the run up to today, at most 7
    double improvement = 0.0; // after compared with before, positive = better for the worker
    int daysBefore = 0;
    int daysAfter = 0;
};

// How a series moved across a rest run; needs at least 2 values on each side.
[[nodiscard]] std::optional<RecoveryAfterRest> recoveryAfterRest(const DailySeries& series,
                                                                 const RestRun& run,
                                                                 boost::gregorian::date today,
                                                                 Polarity polarity);

} // namespace tend
