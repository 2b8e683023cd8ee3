#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace tend {

// The groups of the daily check-in, mirroring PRODUCT.md's measurement model.
enum class ItemGroup {
    Wellbeing,
    Exposure,
    StsIntrusion,
    StsAvoidance,
    StsArousal,
    StsNumbing,
    Burnout,
    CompassionSatisfaction,
};

inline constexpr ItemGroup allItemGroups[] = {
    ItemGroup::Wellbeing,  ItemGroup::Exposure,   ItemGroup::StsIntrusion, ItemGroup::StsAvoidance,
    ItemGroup::StsArousal, ItemGroup::StsNumbing, ItemGroup::Burnout,      ItemGroup::CompassionSatisfaction,
};

// Stable identifiers used in data files ("wellbeing", "sts_intrusion", ...).
[[nodiscard]] std::string_view itemGroupKey(ItemGroup group);
[[nodiscard]] std::optional<ItemGroup> itemGroupFromKey(std::string_view key);

} // namespace tend
