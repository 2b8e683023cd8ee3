#pragma once

#include "domain/checkin.h"
#include "domain/checkindefinition.h"
#include "domain/hardmoment.h"
#include "supervision/supervisionperiod.h"
#include "time/daystart.h"

#include <optional>
#include <set>
#include <string>
#include <vector>

namespace tend {

// The work and rest of a period in counts the worker entered themselves. Nothing here is a score: these
// are the facts a conversation about caseload and recovery starts from.
struct SupervisionWorkload {
    int checkinDays = 0;     // days with a check-in that holds anything
    int restDays = 0;        // of those, marked as a day off or leave
    int hardMoments = 0;     // hard moments logged on the period's check-in days
    int veryHardMoments = 0; // of those, at the highest intensity
    // Days on which a tracked exposure question ("distressing material") was answered at the top of its
    // scale ("a lot").
    int heavyDays = 0;
    // The sum of the tracked exposure counts ("hard cases") over the days they were answered; absent when
    // none was.
    std::optional<int> hardCases;
    int hardCasesDays = 0;
};

// Only check-ins and moments inside `period` count; anything else in the lists is ignored. A moment
// belongs to the check-in day of its local time under `dayStart` (checkinDayOf): with a 06:00 start, one
// logged at 03:00 on the day after the period's last day still counts, and one at 03:00 on its first day
// does not. Pass moments up to the calendar day after the period so the former can be counted.
[[nodiscard]] SupervisionWorkload supervisionWorkload(const CheckinDefinition& definition,
                                                      const std::set<std::string>& trackedItems,
                                                      const std::vector<Checkin>& checkins,
                                                      const std::vector<HardMoment>& moments,
                                                      const SupervisionPeriod& period, DayStart dayStart);

} // namespace tend
