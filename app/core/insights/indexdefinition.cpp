#include "insights/indexdefinition.h"

#include <array>
#include <stdexcept>

namespace tend {

namespace {

// Strain thresholds sit lower than the higher-is-better ones: a third of the scale already means the
// strain is noticeable most days, while wellbeing only reads as good when it is clearly above the middle.
constexpr double strainModerateFrom = 30.0;
constexpr double strainHighFrom = 60.0;
constexpr double betterModerateFrom = 40.0;
constexpr double betterGoodFrom = 70.0;

const std::array<IndexDefinition, 5>& definitions() {
    static const std::array<IndexDefinition, 5> table{{
        {.id = IndexId::StsLoad,
         .key = "sts_load",
         .displayName = "secondary traumatic stress",
         .polarity = Polarity::HigherIsWorse,
         .groups = {ItemGroup::StsIntrusion, ItemGroup::StsAvoidance, ItemGroup::StsArousal,
                    ItemGroup::StsNumbing},
         .clustersWeighAlike = true,
         .minimumGroupsAnswered = 2},
        {.id = IndexId::Burnout,
         .key = "burnout",
         .displayName = "burnout",
         .polarity = Polarity::HigherIsWorse,
         .groups = {ItemGroup::Burnout}},
        {.id = IndexId::Wellbeing,
         .key = "wellbeing",
         .displayName = "wellbeing",
         .polarity = Polarity::HigherIsBetter,
         .groups = {ItemGroup::Wellbeing}},
        {.id = IndexId::CompassionSatisfaction,
         .key = "compassion_satisfaction",
         .displayName = "compassion satisfaction",
         .polarity = Polarity::HigherIsBetter,
         .groups = {ItemGroup::CompassionSatisfaction}},
        {.id = IndexId::ExposureLoad,
         .key = "exposure_load",
         .displayName = "exposure",
         .polarity = Polarity::HigherIsWorse,
         .groups = {ItemGroup::Exposure},
         .countsHardMoments = true,
         .fades = true},
    }};
    return table;
}

} // namespace

const IndexDefinition& indexDefinition(IndexId id) {
    for (const auto& definition : definitions())
        if (definition.id == id)
            return definition;
    throw std::invalid_argument("indexDefinition: unknown index");
}

std::optional<IndexId> indexFromKey(std::string_view key) {
    for (const auto& definition : definitions())
        if (definition.key == key)
            return definition.id;
    return std::nullopt;
}

BandCutoffs bandCutoffs(IndexId id) {
    if (indexDefinition(id).polarity == Polarity::HigherIsWorse)
        return {strainModerateFrom, strainHighFrom};
    return {betterModerateFrom, betterGoodFrom};
}

IndexBand indexBand(IndexId id, double value) {
    const auto cutoffs = bandCutoffs(id);
    const bool strain = indexDefinition(id).polarity == Polarity::HigherIsWorse;
    if (value < cutoffs.moderateFrom)
        return IndexBand::Low;
    if (value < cutoffs.upperFrom)
        return IndexBand::Moderate;
    return strain ? IndexBand::High : IndexBand::Good;
}

std::string_view indexBandKey(IndexBand band) {
    switch (band) {
    case IndexBand::Low:
        return "low";
    case IndexBand::Moderate:
        return "moderate";
    case IndexBand::High:
        return "high";
    case IndexBand::Good:
        return "good";
    }
    return {};
}

IndexBand concernBand(IndexId id) {
    return indexDefinition(id).polarity == Polarity::HigherIsWorse ? IndexBand::High : IndexBand::Low;
}

bool inConcernBand(IndexId id, double value) {
    return indexBand(id, value) == concernBand(id);
}

} // namespace tend
