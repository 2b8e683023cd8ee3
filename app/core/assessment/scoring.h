#pragma once

#include "assessment/answererror.h"
#include "assessment/instrumentpack.h"

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tend {

// One scale's result. A scale with any unanswered item has no score and no band: a partial sum would
// read as "lower" rather than "unknown".
struct ScaleScore {
    std::string scaleId;
    std::optional<double> score;
    std::optional<std::string> bandId; // empty also when the scale has no bands

    [[nodiscard]] bool complete() const { return score.has_value(); }
    friend bool operator==(const ScaleScore&, const ScaleScore&) = default;
};

struct AssessmentScores {
    std::vector<ScaleScore> scales; // in the pack's order

    [[nodiscard]] const ScaleScore* find(std::string_view scaleId) const;
    friend bool operator==(const AssessmentScores&, const AssessmentScores&) = default;
};

// Scores every scale of the pack from answers (item id -> value on the response scale). Reverse items count
// as min + max - value. Throws AnswerError for an unknown item or a value off the response scale.
[[nodiscard]] AssessmentScores scoreAssessment(const InstrumentPack& pack,
                                               const std::map<std::string, int>& answers);

} // namespace tend
