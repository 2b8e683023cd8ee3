#pragma once

#include "domain/checkindefinition.h"

#include <fstream>
#include <iterator>
#include <string>

// The shipped assets a target needs besides its input, read once. TEND_ASSETS_DIR is set for every target
// by tests/fuzz/CMakeLists.txt.
namespace tend::fuzz {

// The daily check-in questions the app ships: what imported check-ins are checked against.
[[nodiscard]] inline const CheckinDefinition& shippedCheckinDefinition() {
    static const CheckinDefinition definition = [] {
        std::ifstream file(std::string(TEND_ASSETS_DIR) + "/checkin/daily.json", std::ios::binary);
        const std::string text{std::istreambuf_iterator<char>(file), std::istreambuf_iterator<char>()};
        return parseCheckinDefinition(text);
    }();
    return definition;
}

} // namespace tend::fuzz
