#pragma once

#include "assessment/instrumentpack.h"

#include <boost/date_time/gregorian/gregorian_types.hpp>

#include <optional>

namespace tend {

// When a pack is next due. Being due is a plain fact for the ui to offer, never a reminder that grows
// louder: there is deliberately no "days overdue".
struct AssessmentDue {
    bool due = false;
    boost::gregorian::date dueOn; // the first day it is due (today if it has never been taken)
    int daysUntilDue = 0;         // 0 once due
};

// Due every pack.everyDays days after the last result. A last result dated after today (the device clock
// moved back, or travel across the date line) counts as taken today, so the wait never exceeds one period.
[[nodiscard]] AssessmentDue assessmentDue(const InstrumentPack& pack,
                                          std::optional<boost::gregorian::date> lastTakenOn,
                                          boost::gregorian::date today);

} // namespace tend
