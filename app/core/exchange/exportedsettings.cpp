#include "exchange/exportedsettings.h"

#include "content/orgprofile.h"
#include "formats/datafileerror.h"
#include "settings/emergencycountrysetting.h"
#include "settings/promptkindssetting.h"
#include "time/daystart.h"
#include "time/isodate.h"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace tend {

namespace {

// The choices of a definition with its maximum of 200 items fit in well under this.
constexpr std::size_t maxTrackingBytes = 20000;
constexpr std::size_t maxTrackedIdLength = 64;

bool isFlag(std::string_view value) {
    return value == "0" || value == "1";
}

bool isItemId(std::string_view id) {
    return !id.empty() && id.size() <= maxTrackedIdLength && std::all_of(id.begin(), id.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
    });
}

std::optional<std::string> trackingProblem(std::string_view value) {
    if (value.size() > maxTrackingBytes)
        return "too long (" + std::to_string(value.size()) + " bytes); at most " +
               std::to_string(maxTrackingBytes) + " are allowed";
    const auto choices = nlohmann::json::parse(value, nullptr, false);
    if (!choices.is_object())
        return std::string("expected a JSON object of item ids and true or false");
    for (const auto& [id, tracked] : choices.items())
        if (!isItemId(id) || !tracked.is_boolean())
            return std::string("expected a JSON object of item ids and true or false");
    return std::nullopt;
}

} // namespace

bool isExportedSetting(std::string_view key) {
    return std::find(exportedSettingKeys.begin(), exportedSettingKeys.end(), key) !=
           exportedSettingKeys.end();
}

std::optional<std::string> exportedSettingProblem(std::string_view key, std::string_view value) {
    if (key == settingskeys::onboardingDone || key == settingskeys::demoData)
        return isFlag(value) ? std::nullopt : std::optional<std::string>("expected \"0\" or \"1\"");
    if (key == settingskeys::theme)
        return value == "system" || value == "light" || value == "dark"
                   ? std::nullopt
                   : std::optional<std::string>("expected \"system\", \"light\" or \"dark\"");
    if (key == settingskeys::assessmentCardHiddenUntil)
        return parseIsoDate(value) ? std::nullopt
                                   : std::optional<std::string>("expected a date written as YYYY-MM-DD");
    if (key == settingskeys::dayStart)
        return DayStart::parse(value) ? std::nullopt
                                      : std::optional<std::string>("expected a time from 00:00 to 12:00 "
                                                                   "written as HH:MM");
    if (key == EmergencyCountrySetting::settingsKey)
        return EmergencyCountrySetting::isValidValue(value)
                   ? std::nullopt
                   : std::optional<std::string>("expected a two-letter country code in capitals, such as "
                                                "\"GB\", or \"none\"");
    if (key == settingskeys::itemTracking)
        return trackingProblem(value);
    if (key == settingskeys::promptKindsOff)
        return PromptKindsSetting::parse(value)
                   ? std::nullopt
                   : std::optional<std::string>("expected kinds of prompt other than crisis, each once, in "
                                                "the order self_care, micro_action, moment_follow_up, "
                                                "talk_to_supervisor, professional_support, separated by "
                                                "commas");
    if (key == settingskeys::orgProfile) {
        try {
            static_cast<void>(parseOrgProfile(value));
            return std::nullopt;
        } catch (const DataFileError& error) {
            return "not a usable organisation profile (" + std::string(error.what()) + ")";
        }
    }
    return "not a setting that Tend takes from a file";
}

} // namespace tend
