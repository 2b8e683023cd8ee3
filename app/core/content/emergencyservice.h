#pragma once

#include <optional>
#include <string_view>

namespace tend {

// Who an emergency number reaches. Many countries have one number for all three; others have one each.
enum class EmergencyService { Police, Ambulance, Fire };

inline constexpr EmergencyService allEmergencyServices[] = {
    EmergencyService::Police,
    EmergencyService::Ambulance,
    EmergencyService::Fire,
};

// Stable identifiers used in data files ("police", "ambulance", "fire").
[[nodiscard]] std::string_view emergencyServiceKey(EmergencyService service);
[[nodiscard]] std::optional<EmergencyService> emergencyServiceFromKey(std::string_view key);

} // namespace tend
