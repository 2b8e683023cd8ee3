#include "settings/momentrecheck.h"

#include "storage/settingsrepository.h"
#include "time/isodate.h"

#include <algorithm>

namespace tend {

boost::gregorian::date MomentRecheck::optIn(boost::gregorian::date today, int days) {
    const auto due = today + boost::gregorian::days(std::clamp(days, 1, maxDays));
    m_settings.setValue(settingsKey, toIsoDate(due));
    return due;
}

void MomentRecheck::cancel() {
    m_settings.remove(settingsKey);
}

std::optional<boost::gregorian::date> MomentRecheck::dueOn() const {
    const auto stored = m_settings.value(settingsKey);
    if (!stored)
        return std::nullopt;
    return parseIsoDate(*stored);
}

} // namespace tend
