#include "supervision/selfcareperiod.h"

#include "supervision/indexperiod.h"

#include <algorithm>
#include <map>

namespace tend {

std::vector<SelfCareDays> selfCareDays(const std::vector<Checkin>& checkins,
                                       const std::vector<PlanAction>& plan, const SupervisionPeriod& period) {
    std::map<std::int64_t, int> ticks;
    for (const auto& checkin : checkins)
        if (period.contains(checkin.date))
            for (const auto id : checkin.selfCareDone)
                ++ticks[id];
    std::vector<SelfCareDays> done;
    for (const auto& action : plan)
        if (const auto found = ticks.find(action.id); found != ticks.end())
            done.push_back({action.id, action.title, found->second});
    return done;
}

std::vector<HelpfulAction> helpfulActions(const DailySeries& wellbeing, const std::vector<Checkin>& checkins,
                                          const std::vector<PlanAction>& plan,
                                          const SupervisionPeriod& period) {
    std::set<boost::gregorian::date> days;
    SelfcareTicks ticks;
    for (const auto& checkin : checkins) {
        if (!period.contains(checkin.date))
            continue;
        days.insert(checkin.date);
        if (!checkin.selfCareDone.empty())
            ticks.emplace(checkin.date, checkin.selfCareDone);
    }
    // `days` holds the period's days only, so an action added earlier is read from the period's start.
    std::vector<PlanActionSince> actions;
    for (const auto& action : plan)
        actions.push_back({action.id, action.addedOn});

    std::vector<HelpfulAction> helpful;
    for (const auto& observation : whatHelps(wellbeing, days, ticks, actions, period.to)) {
        if (observation.difference < IndexPeriod::steadyWithin)
            continue;
        const auto action = std::find_if(plan.begin(), plan.end(), [&](const PlanAction& planned) {
            return planned.id == observation.actionId;
        });
        helpful.push_back({observation.actionId, action->title, observation});
    }
    return helpful;
}

} // namespace tend
