#include "insights/dayreading.h"

#include "insights/indexseries.h"

#include <algorithm>

namespace tend {

DayReading readDay(const CheckinDefinition& definition, const std::set<std::string>& trackedItems,
                   const std::vector<Checkin>& checkins, const std::vector<HardMoment>& moments,
                   boost::gregorian::date day) {
    DayReading reading;
    reading.day = day;
    const auto checkin =
        std::find_if(checkins.begin(), checkins.end(), [&](const Checkin& c) { return c.date == day; });
    std::vector<HardMoment> momentsOfDay;
    for (const auto& moment : moments)
        if (!moment.occurredAt.is_special() && moment.occurredAt.date() == day)
            momentsOfDay.push_back(moment);
    reading.hardMoments = static_cast<int>(momentsOfDay.size());
    reading.intenseMoments = static_cast<int>(
        std::count_if(momentsOfDay.begin(), momentsOfDay.end(),
                      [](const HardMoment& moment) { return moment.intensity >= HardMoment::maxIntensity; }));

    for (const auto id : allIndices) {
        const auto& index = indexDefinition(id);
        int answers = 0;
        if (checkin != checkins.end())
            for (const auto& item : definition.items)
                if (trackedItems.contains(item.id) && checkin->answer(item.id) &&
                    std::find(index.groups.begin(), index.groups.end(), item.group) != index.groups.end())
                    ++answers;
        reading.indexAnswers[id] = answers;
        const auto series = indexSeries(id, definition, trackedItems, checkins, momentsOfDay, day, day);
        if (!series.values.empty() && series.values.front())
            reading.indexValues[id] = *series.values.front();
    }
    if (checkin == checkins.end())
        return reading;
    for (const auto& item : definition.items) {
        if (item.kind != ItemKind::Rating || !trackedItems.contains(item.id))
            continue;
        if (const auto answer = checkin->answer(item.id)) {
            reading.indicatorValues[item.id] = *answer;
            ++reading.ratingAnswers;
        }
    }
    return reading;
}

} // namespace tend
