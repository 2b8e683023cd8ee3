#pragma once

#include "analytics/dailyseries.h"

#include <boost/date_time/gregorian/gregorian_types.hpp>

#include <cstdint>
#include <map>
#include <set>
#include <vector>

namespace tend {

// A self-care action of the worker's plan and the day it joined the plan: days before it could not
// have been ticked, so they say nothing about it.
struct PlanActionSince {
    std::int64_t actionId = 0;
    boost::gregorian::date addedOn;
};

// Next-day wellbeing after days with and without one action. It is an observation about the worker's
// own days, never evidence that the action caused anything; the wording says so.
struct ActionObservation {
    std::int64_t actionId = 0;
    int daysWith = 0;
    int daysWithout = 0;
    double meanWith = 0.0;    // mean wellbeing (0-100) on the day after a day with the action
    double meanWithout = 0.0; // the same after days without it
    double difference = 0.0;  // meanWith - meanWithout
};

inline constexpr int minimumDaysEachWay = 3;

using SelfcareTicks = std::map<boost::gregorian::date, std::set<std::int64_t>>;

// For each plan action: the days d with a check-in, on or after the day it was added and before today,
// whose next day has a wellbeing value; "with" when the action was ticked on d. An action is reported
// only with at least 3 days each way, in the order of `actions`.
[[nodiscard]] std::vector<ActionObservation> whatHelps(const DailySeries& wellbeing,
                                                       const std::set<boost::gregorian::date>& checkinDays,
                                                       const SelfcareTicks& ticks,
                                                       const std::vector<PlanActionSince>& actions,
                                                       boost::gregorian::date today);

} // namespace tend
