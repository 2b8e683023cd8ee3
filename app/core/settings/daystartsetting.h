#pragma once

#include "storage/settingskeys.h"
#include "time/daystart.h"

#include <string_view>

namespace tend {

class SettingsRepository;

// The worker's day start, kept in the encrypted settings as "HH:MM" (key "day_start"). Unset, or a value
// this version cannot read, means midnight: the day the worker would expect without having chosen.
class DayStartSetting final {
public:
    static constexpr std::string_view settingsKey = settingskeys::dayStart;

    explicit DayStartSetting(SettingsRepository& settings)
        : m_settings(settings) {}

    [[nodiscard]] DayStart load() const;
    void save(DayStart start);

private:
    SettingsRepository& m_settings;
};

} // namespace tend
