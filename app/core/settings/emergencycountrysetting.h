#pragma once

#include "storage/settingskeys.h"

#include <string>
#include <string_view>

namespace tend {

class SettingsRepository;

// Which country's emergency numbers the worker sees first, kept in the encrypted settings (key
// "emergency_country") as the country's ISO 3166-1 alpha-2 code in capitals ("GB"), or "none" when the
// worker said their country is not in Tend's table. Unset means the device's region decides, which only
// the ui layer can read. Never the worker's location.
class EmergencyCountrySetting final {
public:
    static constexpr std::string_view settingsKey = settingskeys::emergencyCountry;
    static constexpr std::string_view notListedValue = "none";

    enum class Kind {
        DeviceRegion, // nothing chosen (or a stored value this version cannot read)
        Country,      // `code` holds the country chosen
        NotListed,    // the worker's country is not in the table
    };

    struct Choice {
        Kind kind = Kind::DeviceRegion;
        std::string code; // Country only

        friend bool operator==(const Choice&, const Choice&) = default;
    };

    explicit EmergencyCountrySetting(SettingsRepository& settings)
        : m_settings(settings) {}

    [[nodiscard]] Choice load() const;
    // `code` is two letters in either case; anything else throws std::invalid_argument.
    void chooseCountry(std::string_view code);
    void chooseNotListed();
    // Forgets the choice, so the device's region decides again.
    void useDeviceRegion();

    // What the setting may hold: "none" or two capital letters A-Z. Imports and the database check use it.
    [[nodiscard]] static bool isValidValue(std::string_view value);

private:
    SettingsRepository& m_settings;
};

} // namespace tend
