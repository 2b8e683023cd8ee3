#pragma once

#include "formats/datafileerror.h"

#include <nlohmann/json_fwd.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace tend {

// The answer scale shared by every item of a pack, e.g. 1 "Never" ... 5 "Very often".
struct ResponseScale {
    int min = 0;
    int max = 4;
    std::vector<std::string> labels; // one per point from min to max
};

struct PackItem {
    std::string id;
    std::string text;
    // Scored as min + max - answer, so that a positively worded item counts the same way as its scale.
    bool reverse = false;
};

enum class ScoringMethod { Sum, Mean };

// score = (sum or mean of the item values) * multiply + add
struct ScaleScoring {
    ScoringMethod method = ScoringMethod::Sum;
    double multiply = 1;
    double add = 0;
};

// A range of scores with its own words. Bounds are inclusive and compared with the exact score.
struct ScoreBand {
    std::string id;
    std::string label;
    double min = 0;
    double max = 0;
    std::string interpretation;
};

// A subscale or total: which items it adds up, how, and how its scores read.
struct PackScale {
    std::string id;
    std::string name;
    std::vector<std::string> items;
    ScaleScoring scoring;
    std::vector<ScoreBand> bands; // lowest first; may be empty (the score is then shown alone)

    // The final score for a given sum of (already reversed) item values over all of this scale's items.
    // The validator and the scoring engine both go through here, so that band coverage is checked on
    // exactly the numbers the engine produces.
    [[nodiscard]] double scoreForSum(int valueSum) const;
    [[nodiscard]] const ScoreBand* bandFor(double score) const;
};

// A periodic self-assessment: Tend's own reflection, or a validated instrument an organisation adds.
struct InstrumentPack {
    int version = 1;
    std::string id;
    std::string name;
    std::string description;
    bool validated = false;
    std::string attribution; // shown wherever the pack's results appear
    std::string licence;
    std::string sourceUrl; // optional
    std::string recall;    // e.g. "the last 30 days"
    int recallDays = 30;
    int everyDays = 30;
    std::string instructions;
    ResponseScale responseScale;
    std::vector<PackItem> items;
    std::vector<PackScale> scales;

    [[nodiscard]] const PackItem* findItem(std::string_view id) const;
    [[nodiscard]] const PackScale* findScale(std::string_view id) const;
};

// Parses and validates a pack file (JSON text). Throws DataFileError naming the exact place.
[[nodiscard]] InstrumentPack parseInstrumentPack(std::string_view json);
// Parses a pack embedded in another document; error paths start with `path`, e.g. "instrument_packs[1]".
[[nodiscard]] InstrumentPack parseInstrumentPack(const nlohmann::json& value, const std::string& path);

} // namespace tend
