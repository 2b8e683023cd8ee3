#include "domain/checkin.h"

namespace tend {

std::optional<int> Checkin::answer(const std::string& itemId) const {
    const auto it = answers.find(itemId);
    if (it == answers.end())
        return std::nullopt;
    return it->second;
}

} // namespace tend
