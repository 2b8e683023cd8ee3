#include "security/pinlock.h"

#include "security/pinbackoff.h"
#include "security/pinrules.h"
#include "storage/database.h"
#include "storage/settingskeys.h"
#include "storage/settingsrepository.h"
#include "time/clock.h"
#include "time/isodate.h"

#include <boost/date_time/posix_time/posix_time.hpp>

#include <algorithm>
#include <charconv>
#include <stdexcept>

namespace tend {

namespace {

constexpr std::string_view kHashKey = settingskeys::lockPinHash;
constexpr std::string_view kDigitsKey = settingskeys::lockPinDigits;
constexpr std::string_view kFailuresKey = settingskeys::lockFailedAttempts;
constexpr std::string_view kNextAttemptKey = settingskeys::lockNextAttemptAt;
constexpr std::string_view kIdleKey = settingskeys::lockIdleMinutes;

// A stored number that is missing or unreadable counts as `fallback`.
int storedInt(SettingsRepository& settings, std::string_view key, int fallback) {
    const auto text = settings.value(key);
    if (!text)
        return fallback;
    int value = 0;
    const auto [end, error] = std::from_chars(text->data(), text->data() + text->size(), value);
    if (error != std::errc() || end != text->data() + text->size())
        return fallback;
    return value;
}

} // namespace

PinLock::PinLock(Database& db, SettingsRepository& settings, const Clock& clock, PinHashCost cost)
    : m_db(db)
    , m_settings(settings)
    , m_clock(clock)
    , m_cost(cost) {}

bool PinLock::isEnabled() {
    return m_settings.value(kHashKey).has_value();
}

bool PinLock::isDigitsOnly() {
    return m_settings.flag(kDigitsKey, false);
}

void PinLock::setPin(std::string_view pin) {
    if (const auto problem = pinProblem(pin))
        throw std::invalid_argument(*problem);
    const std::string hash = hashPin(pin, m_cost);
    Transaction transaction(m_db);
    m_settings.setValue(kHashKey, hash);
    m_settings.setFlag(kDigitsKey, tend::isDigitsOnly(pin));
    forgetFailures();
    transaction.commit();
}

void PinLock::removePin() {
    Transaction transaction(m_db);
    m_settings.remove(kHashKey);
    m_settings.remove(kDigitsKey);
    forgetFailures();
    transaction.commit();
}

PinLock::CheckResult PinLock::check(std::string_view pin) {
    const auto hash = m_settings.value(kHashKey);
    if (!hash)
        return {Outcome::Accepted, 0};
    if (const int wait = secondsToWait(); wait > 0)
        return {Outcome::MustWait, wait};
    if (!verifyPin(*hash, pin)) {
        recordFailure();
        return {Outcome::Wrong, secondsToWait()};
    }
    Transaction transaction(m_db);
    forgetFailures();
    // Hashes made with older (or test) factors are brought up to date while the PIN is at hand.
    if (pinHashNeedsRehash(*hash, m_cost))
        m_settings.setValue(kHashKey, hashPin(pin, m_cost));
    transaction.commit();
    return {Outcome::Accepted, 0};
}

int PinLock::secondsToWait() {
    const auto stored = m_settings.value(kNextAttemptKey);
    if (!stored)
        return 0;
    const auto nextAttempt = parseIsoDateTime(*stored);
    if (!nextAttempt)
        return 0; // only PinLock writes this value; unreadable means it was never a real wait
    const auto now = m_clock.nowLocal();
    if (*nextAttempt <= now)
        return 0;
    const auto left = *nextAttempt - now;
    if (left.total_seconds() > kMaxPinWaitSeconds) {
        // Longer than any wait Tend sets: the device clock was turned back. Start the longest wait from
        // now instead of locking the worker out until the clock catches up.
        m_settings.setValue(kNextAttemptKey,
                            toIsoDateTime(now + boost::posix_time::seconds(kMaxPinWaitSeconds)));
        return kMaxPinWaitSeconds;
    }
    // Whole seconds, rounded up, so a wait never shows as over before it is.
    const auto milliseconds = left.total_milliseconds();
    return static_cast<int>((milliseconds + 999) / 1000);
}

int PinLock::failedAttempts() {
    return std::max(0, storedInt(m_settings, kFailuresKey, 0));
}

int PinLock::idleMinutes() {
    const int stored = storedInt(m_settings, kIdleKey, kDefaultIdleMinutes);
    const bool offered =
        std::find(kIdleMinuteChoices.begin(), kIdleMinuteChoices.end(), stored) != kIdleMinuteChoices.end();
    return offered ? stored : kDefaultIdleMinutes;
}

void PinLock::setIdleMinutes(int minutes) {
    if (std::find(kIdleMinuteChoices.begin(), kIdleMinuteChoices.end(), minutes) == kIdleMinuteChoices.end())
        throw std::invalid_argument("not an offered idle time");
    m_settings.setValue(kIdleKey, std::to_string(minutes));
}

void PinLock::recordFailure() {
    // Bounded so the count itself can never overflow; the wait is capped long before.
    const int failures = std::min(failedAttempts() + 1, 1000);
    const int wait = pinWaitSecondsAfter(failures);
    Transaction transaction(m_db);
    m_settings.setValue(kFailuresKey, std::to_string(failures));
    if (wait > 0)
        m_settings.setValue(kNextAttemptKey,
                            toIsoDateTime(m_clock.nowLocal() + boost::posix_time::seconds(wait)));
    else
        m_settings.remove(kNextAttemptKey);
    transaction.commit();
}

void PinLock::forgetFailures() {
    m_settings.remove(kFailuresKey);
    m_settings.remove(kNextAttemptKey);
}

} // namespace tend
