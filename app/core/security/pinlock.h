#pragma once

#include "security/pinhash.h"

#include <array>
#include <string>
#include <string_view>

namespace tend {

class Clock;
class Database;
class SettingsRepository;

// The optional app lock. The PIN itself is never stored: only its Argon2id hash, in the settings of the
// encrypted database, together with the count of failed attempts and the earliest time of the next one,
// so that a restart does not reset the wait. Every setting is named `lock.*`; none of them is ever
// exported or backed up.
//
// The lock keeps a curious person with the phone in hand out; it is not what encrypts the data (the
// database key is), which is why a forgotten PIN can be replaced by erasing everything.
class PinLock final {
public:
    enum class Outcome { Accepted, Wrong, MustWait };
    struct CheckResult {
        Outcome outcome = Outcome::Accepted;
        // After Wrong: the wait this failure started (0 while attempts are still free).
        // After MustWait: the wait still left. Nothing was checked.
        int secondsToWait = 0;
    };

    // Minutes of no input after which the app locks itself, as offered in Settings.
    static constexpr std::array<int, 4> kIdleMinuteChoices{1, 5, 15, 60};
    static constexpr int kDefaultIdleMinutes = 5;

    PinLock(Database& db, SettingsRepository& settings, const Clock& clock,
            PinHashCost cost = PinHashCost::interactive());

    [[nodiscard]] bool isEnabled();
    // Whether the PIN is digits only, so the lock screen can offer a number pad. Reveals nothing more.
    [[nodiscard]] bool isDigitsOnly();

    // Sets or replaces the PIN and forgets earlier failures. Throws std::invalid_argument when
    // pinProblem(pin) names a problem, PinHashError, StorageError.
    void setPin(std::string_view pin);
    // Turns the lock off. Callers check the current PIN first.
    void removePin();

    // Checks `pin` unless a wait is running. Without a PIN every check is accepted. Throws StorageError.
    [[nodiscard]] CheckResult check(std::string_view pin);
    // Seconds until the next attempt may be checked; 0 when it may be now.
    [[nodiscard]] int secondsToWait();
    [[nodiscard]] int failedAttempts();

    [[nodiscard]] int idleMinutes();
    // Throws std::invalid_argument for a value not among kIdleMinuteChoices.
    void setIdleMinutes(int minutes);

private:
    void recordFailure();
    void forgetFailures();

    Database& m_db;
    SettingsRepository& m_settings;
    const Clock& m_clock;
    PinHashCost m_cost;
};

} // namespace tend
