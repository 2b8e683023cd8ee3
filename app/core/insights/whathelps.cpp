#include "insights/whathelps.h"

#include "insights/seriesrange.h"

namespace tend {

namespace {

using boost::gregorian::date;
using boost::gregorian::days;

std::optional<double> valueOn(const DailySeries& series, date day) {
    const auto values = valuesIn(series, day, day);
    return values.empty() ? std::nullopt : std::optional<double>(values.front().value);
}

bool tickedOn(const SelfcareTicks& ticks, date day, std::int64_t actionId) {
    const auto it = ticks.find(day);
    return it != ticks.end() && it->second.contains(actionId);
}

} // namespace

std::vector<ActionObservation> whatHelps(const DailySeries& wellbeing, const std::set<date>& checkinDays,
                                         const SelfcareTicks& ticks,
                                         const std::vector<PlanActionSince>& actions, date today) {
    std::vector<ActionObservation> observations;
    for (const auto& action : actions) {
        ActionObservation observation;
        observation.actionId = action.actionId;
        double sumWith = 0.0;
        double sumWithout = 0.0;
        for (auto it = checkinDays.lower_bound(action.addedOn); it != checkinDays.end() && *it < today;
             ++it) {
            const auto nextDay = valueOn(wellbeing, *it + days(1));
            if (!nextDay)
                continue;
            if (tickedOn(ticks, *it, action.actionId)) {
                sumWith += *nextDay;
                ++observation.daysWith;
            } else {
                sumWithout += *nextDay;
                ++observation.daysWithout;
            }
        }
        if (observation.daysWith < minimumDaysEachWay || observation.daysWithout < minimumDaysEachWay)
            continue;
        observation.meanWith = sumWith / observation.daysWith;
        observation.meanWithout = sumWithout / observation.daysWithout;
        observation.difference = observation.meanWith - observation.meanWithout;
        observations.push_back(observation);
    }
    return observations;
}

} // namespace tend
