#pragma once

#include "analytics/dailyseries.h"
#include "domain/checkin.h"
#include "domain/planaction.h"
#include "insights/whathelps.h"
#include "supervision/supervisionperiod.h"

#include <cstdint>
#include <string>
#include <vector>

namespace tend {

// How often the worker ticked one of their plan's actions in the period.
struct SelfCareDays {
    std::int64_t actionId = 0;
    std::string title; // the worker's own wording
    int days = 0;
};

// An action after which the worker's next-day wellbeing was clearly higher, within the period.
struct HelpfulAction {
    std::int64_t actionId = 0;
    std::string title;
    ActionObservation observation;
};

// Actions ticked at least once in the period, in the order of `plan` (active actions, then archived ones:
// an action that left the plan still counts for the days it was done).
[[nodiscard]] std::vector<SelfCareDays> selfCareDays(const std::vector<Checkin>& checkins,
                                                     const std::vector<PlanAction>& plan,
                                                     const SupervisionPeriod& period);

// What tends to help (see whatHelps), read from the period's days only: a day before the period neither
// counts nor is compared with. Only actions with wellbeing at least IndexPeriod::steadyWithin points
// higher after days with them are kept: the section is about what helped, and a smaller or opposite
// difference is no finding either way. `wellbeing` must cover the period.
[[nodiscard]] std::vector<HelpfulAction> helpfulActions(const DailySeries& wellbeing,
                                                        const std::vector<Checkin>& checkins,
                                                        const std::vector<PlanAction>& plan,
                                                        const SupervisionPeriod& period);

} // namespace tend
