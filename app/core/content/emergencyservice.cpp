#include "content/emergencyservice.h"

namespace tend {

std::string_view emergencyServiceKey(EmergencyService service) {
    switch (service) {
    case EmergencyService::Police:
        return "police";
    case EmergencyService::Ambulance:
        return "ambulance";
    case EmergencyService::Fire:
        return "fire";
    }
    return {};
}

std::optional<EmergencyService> emergencyServiceFromKey(std::string_view key) {
    for (const auto service : allEmergencyServices)
        if (emergencyServiceKey(service) == key)
            return service;
    return std::nullopt;
}

} // namespace tend
