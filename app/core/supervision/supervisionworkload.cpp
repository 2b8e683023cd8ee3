#include "supervision/supervisionworkload.h"

#include "domain/itemgroup.h"
#include "time/checkinday.h"

namespace tend {

namespace {

std::vector<const CheckinItem*> trackedExposureItems(const CheckinDefinition& definition,
                                                     const std::set<std::string>& trackedItems,
                                                     ItemKind kind) {
    std::vector<const CheckinItem*> items;
    for (const auto& item : definition.items)
        if (item.group == ItemGroup::Exposure && item.kind == kind && trackedItems.contains(item.id))
            items.push_back(&item);
    return items;
}

} // namespace

SupervisionWorkload supervisionWorkload(const CheckinDefinition& definition,
                                        const std::set<std::string>& trackedItems,
                                        const std::vector<Checkin>& checkins,
                                        const std::vector<HardMoment>& moments,
                                        const SupervisionPeriod& period, DayStart dayStart) {
    const auto ratings = trackedExposureItems(definition, trackedItems, ItemKind::Rating);
    const auto counts = trackedExposureItems(definition, trackedItems, ItemKind::Count);
    SupervisionWorkload workload;
    for (const auto& checkin : checkins) {
        if (!period.contains(checkin.date) || checkin.isEmpty())
            continue;
        ++workload.checkinDays;
        if (checkin.restDay)
            ++workload.restDays;
        for (const auto* item : ratings) {
            if (checkin.answer(item->id) == item->scale.max) {
                ++workload.heavyDays;
                break;
            }
        }
        bool counted = false;
        for (const auto* item : counts) {
            if (const auto answer = checkin.answer(item->id)) {
                workload.hardCases = workload.hardCases.value_or(0) + *answer;
                counted = true;
            }
        }
        if (counted)
            ++workload.hardCasesDays;
    }
    for (const auto& moment : moments) {
        if (moment.occurredAt.is_special() || !period.contains(checkinDayOf(moment.occurredAt, dayStart)))
            continue;
        ++workload.hardMoments;
        if (moment.intensity == HardMoment::maxIntensity)
            ++workload.veryHardMoments;
    }
    return workload;
}

} // namespace tend
