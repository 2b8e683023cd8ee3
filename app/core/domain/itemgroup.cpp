#include "domain/itemgroup.h"

#include <array>
#include <utility>

namespace tend {

namespace {
constexpr std::array<std::pair<ItemGroup, std::string_view>, 8> groupKeys{{
    {ItemGroup::Wellbeing, "wellbeing"},
    {ItemGroup::Exposure, "exposure"},
    {ItemGroup::StsIntrusion, "sts_intrusion"},
    {ItemGroup::StsAvoidance, "sts_avoidance"},
    {ItemGroup::StsArousal, "sts_arousal"},
    {ItemGroup::StsNumbing, "sts_numbing"},
    {ItemGroup::Burnout, "burnout"},
    {ItemGroup::CompassionSatisfaction, "compassion_satisfaction"},
}};
} // namespace

std::string_view itemGroupKey(ItemGroup group) {
    for (const auto& [value, key] : groupKeys)
        if (value == group)
            return key;
    return {};
}

std::optional<ItemGroup> itemGroupFromKey(std::string_view key) {
    for (const auto& [value, name] : groupKeys)
        if (name == key)
            return value;
    return std::nullopt;
}

} // namespace tend
