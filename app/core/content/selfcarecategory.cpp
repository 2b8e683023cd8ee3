#include "content/selfcarecategory.h"

namespace tend {

std::string_view selfCareCategoryKey(SelfCareCategory category) {
    switch (category) {
    case SelfCareCategory::Body:
        return "body";
    case SelfCareCategory::Mind:
        return "mind";
    case SelfCareCategory::Connection:
        return "connection";
    case SelfCareCategory::Boundaries:
        return "boundaries";
    case SelfCareCategory::Rest:
        return "rest";
    case SelfCareCategory::Meaning:
        return "meaning";
    }
    return {};
}

std::optional<SelfCareCategory> selfCareCategoryFromKey(std::string_view key) {
    for (const auto category : allSelfCareCategories)
        if (selfCareCategoryKey(category) == key)
            return category;
    return std::nullopt;
}

} // namespace tend
