#pragma once

#include "domain/checkindefinition.h"
#include "domain/itemgroup.h"

#include <optional>
#include <string_view>
#include <vector>

namespace tend {

// The composite indices of PRODUCT.md's measurement model, each on 0-100.
enum class IndexId { StsLoad, Burnout, Wellbeing, CompassionSatisfaction, ExposureLoad };

inline constexpr IndexId allIndices[] = {IndexId::StsLoad, IndexId::Burnout, IndexId::Wellbeing,
                                         IndexId::CompassionSatisfaction, IndexId::ExposureLoad};

// Coarse bands of an index value. Strain indices use low / moderate / high, the others low / moderate /
// good, so "high" never has to mean "good" in one place and "bad" in another.
enum class IndexBand { Low, Moderate, High, Good };

// Everything that makes an index what it is, kept in one table so that charts, signals, facts and team
// bands never disagree about keys, direction or thresholds.
struct IndexDefinition {
    IndexId id;
    std::string_view key;         // stable, used in facts, JSON and data files
    std::string_view displayName; // English source text, lower case
    Polarity polarity;
    // Drawn from check-in groups rather than item ids, so an organisation's own definition feeds the
    // same indices.
    std::vector<ItemGroup> groups;
    // STS weighs its four symptom clusters alike, whatever the number of items in each.
    bool clustersWeighAlike = false;
    // How many of the index's groups a day must have answers in before it has a value. Secondary stress
    // needs two of its four clusters: one answer about one cluster says something about that cluster, not
    // about secondary stress, and must never read as 100 out of 100 on its own.
    int minimumGroupsAnswered = 1;
    bool countsHardMoments = false;
    // Exposure is a load that builds up and wears off, so its current value fades older days out instead
    // of averaging the week evenly (see currentIndexValue).
    bool fades = false;
};

[[nodiscard]] const IndexDefinition& indexDefinition(IndexId id);
[[nodiscard]] std::optional<IndexId> indexFromKey(std::string_view key);

// Where an index's bands begin: moderate from `moderateFrom`, and high (strain) or good (the others) from
// `upperFrom`. Tend's own choice, not clinical thresholds; bandsNote() says so in words.
struct BandCutoffs {
    double moderateFrom = 0.0;
    double upperFrom = 0.0;
};
[[nodiscard]] BandCutoffs bandCutoffs(IndexId id);

[[nodiscard]] IndexBand indexBand(IndexId id, double value);
[[nodiscard]] std::string_view indexBandKey(IndexBand band); // "low", "moderate", "high", "good"
// The band that deserves attention: high strain, or low wellbeing / compassion satisfaction.
[[nodiscard]] IndexBand concernBand(IndexId id);
[[nodiscard]] bool inConcernBand(IndexId id, double value);

} // namespace tend
