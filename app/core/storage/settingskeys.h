#pragma once

#include <array>
#include <string_view>

// Every key of the settings table, in one place: a key written in two places under two spellings would
// quietly keep two settings, and an export or import must know every key to decide whether it travels
// (exchange/exportedsettings.h lists the few that do). The parts of Tend that own a setting name it from
// here; nothing else spells a key.
namespace tend::settingskeys {

// The worker's choices and the app's own state about them.
inline constexpr std::string_view assessmentCardHiddenUntil = "assessment_card_hidden_until";
inline constexpr std::string_view dayStart = "day_start";
inline constexpr std::string_view demoData = "demo_data";
inline constexpr std::string_view emergencyCountry = "emergency_country";
inline constexpr std::string_view itemTracking = "item_tracking";
inline constexpr std::string_view momentRecheckOn = "moment_recheck_on";
inline constexpr std::string_view onboardingDone = "onboarding_done";
inline constexpr std::string_view orgProfile = "org_profile";
inline constexpr std::string_view promptKindsOff = "prompt_kinds_off";
inline constexpr std::string_view theme = "theme";

// The app lock: never exported, never imported.
inline constexpr std::string_view lockPinHash = "lock.pin_hash";
inline constexpr std::string_view lockPinDigits = "lock.pin_digits";
inline constexpr std::string_view lockFailedAttempts = "lock.failed_attempts";
inline constexpr std::string_view lockNextAttemptAt = "lock.next_attempt_at";
inline constexpr std::string_view lockIdleMinutes = "lock.idle_minutes";

inline constexpr std::array<std::string_view, 15> all{
    assessmentCardHiddenUntil,
    dayStart,
    demoData,
    emergencyCountry,
    itemTracking,
    momentRecheckOn,
    onboardingDone,
    orgProfile,
    promptKindsOff,
    theme,
    lockPinHash,
    lockPinDigits,
    lockFailedAttempts,
    lockNextAttemptAt,
    lockIdleMinutes,
};

} // namespace tend::settingskeys
