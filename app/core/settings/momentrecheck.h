#pragma once

#include "storage/settingskeys.h"

#include <boost/date_time/gregorian/gregorian_types.hpp>

#include <optional>
#include <string_view>

namespace tend {

class SettingsRepository;

// After a very hard moment the worker may ask Tend to check in with them again in a day or two. The day it
// is due is kept in the encrypted settings ("YYYY-MM-DD", key "moment_recheck_on"); it stays on the device,
// since it is a passing arrangement rather than a preference. Asking again replaces the earlier day.
class MomentRecheck final {
public:
    static constexpr std::string_view settingsKey = settingskeys::momentRecheckOn;
    static constexpr int defaultDays = 2;
    static constexpr int maxDays = 7;
    // The re-check prompt may appear from its day for this many days, in case Tend is not opened on the day
    // itself, and only until it has been shown once.
    static constexpr int windowDays = 7;

    explicit MomentRecheck(SettingsRepository& settings)
        : m_settings(settings) {}

    // Asks for a re-check `days` (clamped to 1 to maxDays) after `today`; returns the day it is due.
    boost::gregorian::date optIn(boost::gregorian::date today, int days = defaultDays);
    void cancel();
    // The day asked for; nothing when none was, or the stored value is unreadable.
    [[nodiscard]] std::optional<boost::gregorian::date> dueOn() const;

private:
    SettingsRepository& m_settings;
};

} // namespace tend
