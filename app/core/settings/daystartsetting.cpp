#include "settings/daystartsetting.h"

#include "storage/settingsrepository.h"

namespace tend {

DayStart DayStartSetting::load() const {
    const auto stored = m_settings.value(settingsKey);
    if (!stored)
        return {};
    return DayStart::parse(*stored).value_or(DayStart{});
}

void DayStartSetting::save(DayStart start) {
    // Midnight is the default, so choosing it again leaves no setting behind.
    if (start == DayStart{})
        m_settings.remove(settingsKey);
    else
        m_settings.setValue(settingsKey, start.text());
}

} // namespace tend
