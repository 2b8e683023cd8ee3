#include "support/emergencychoice.h"

namespace tend::ui {

EmergencyChoice resolveEmergencyChoice(const EmergencyNumbers& table,
                                       const EmergencyCountrySetting::Choice& choice,
                                       const QString& deviceRegion) {
    using Kind = EmergencyCountrySetting::Kind;
    using Basis = EmergencyChoice::Basis;
    switch (choice.kind) {
    case Kind::NotListed:
        return {Basis::NotListed, nullptr};
    case Kind::Country:
        if (const auto* country = table.find(choice.code))
            return {Basis::Chosen, country};
        // Chosen from an earlier table that had it: say it is missing rather than fall back silently.
        return {Basis::NotListed, nullptr};
    case Kind::DeviceRegion:
        break;
    }
    if (deviceRegion.isEmpty())
        return {Basis::Unknown, nullptr};
    if (const auto* country = table.find(deviceRegion.toStdString()))
        return {Basis::DeviceRegion, country};
    return {Basis::NotListed, nullptr};
}

} // namespace tend::ui
