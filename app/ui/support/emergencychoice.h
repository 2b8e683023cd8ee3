#pragma once

#include "content/emergencynumbers.h"
#include "settings/emergencycountrysetting.h"

#include <QString>

namespace tend::ui {

// Which country's emergency numbers Tend offers first, and on what basis: the worker's choice in Settings,
// else the device's region. Never a number the table does not hold: a country it lacks is said to be
// missing, not guessed.
struct EmergencyChoice {
    enum class Basis {
        Chosen,       // the worker chose `country`
        DeviceRegion, // nothing chosen; `country` is the device's region
        NotListed,    // the worker said their country is not listed, or the one chosen or the device's
                      // region is not in the table
        Unknown,      // nothing chosen and the device names no region
    };

    Basis basis = Basis::Unknown;
    const EmergencyCountry* country = nullptr; // set for Chosen and DeviceRegion only

    [[nodiscard]] bool hasCountry() const { return country != nullptr; }
};

[[nodiscard]] EmergencyChoice resolveEmergencyChoice(const EmergencyNumbers& table,
                                                     const EmergencyCountrySetting::Choice& choice,
                                                     const QString& deviceRegion);

} // namespace tend::ui
