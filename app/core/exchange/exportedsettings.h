#pragma once

#include "storage/settingskeys.h"

#include <array>
#include <optional>
#include <string>
#include <string_view>

namespace tend {

// The settings that describe the worker's own choices and so travel with an export and come back with an
// import. Everything else stays on the device: above all the app lock (the PIN hash, its parameters and
// the failed-attempt backoff) and any consent to share with a team. A lock copied into a file could be
// attacked offline, and one copied back in could lock the worker out or reset the backoff; consent must
// be given on the device by the person holding it, never arrive inside a file. New keys are therefore
// left out unless they are added here on purpose.
inline constexpr std::array<std::string_view, 9> exportedSettingKeys{
    settingskeys::assessmentCardHiddenUntil,
    settingskeys::dayStart,
    settingskeys::demoData,
    settingskeys::emergencyCountry,
    settingskeys::itemTracking,
    settingskeys::onboardingDone,
    settingskeys::orgProfile,
    settingskeys::promptKindsOff,
    settingskeys::theme,
};

[[nodiscard]] bool isExportedSetting(std::string_view key);

// Why `value` cannot be stored for the exported setting `key`, or nothing when it can. The same checks
// guard imports and the database check, so a file can never bring in a value the app would not write.
[[nodiscard]] std::optional<std::string> exportedSettingProblem(std::string_view key, std::string_view value);

} // namespace tend
