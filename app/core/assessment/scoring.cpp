#include "assessment/scoring.h"

#include <algorithm>

namespace tend {

namespace {

void checkAnswers(const InstrumentPack& pack, const std::map<std::string, int>& answers) {
    const auto& scale = pack.responseScale;
    for (const auto& [itemId, value] : answers) {
        if (!pack.findItem(itemId))
            throw AnswerError("Pack \"" + pack.id + "\" has no item \"" + itemId + "\"");
        if (value < scale.min || value > scale.max)
            throw AnswerError("Answer " + std::to_string(value) + " for item \"" + itemId + "\" of pack \"" +
                              pack.id + "\" is outside the response scale " + std::to_string(scale.min) +
                              " to " + std::to_string(scale.max));
    }
}

ScaleScore scoreScale(const InstrumentPack& pack, const PackScale& scale,
                      const std::map<std::string, int>& answers) {
    ScaleScore result;
    result.scaleId = scale.id;
    const auto& response = pack.responseScale;
    int sum = 0;
    for (const auto& itemId : scale.items) {
        const auto answer = answers.find(itemId);
        if (answer == answers.end())
            return result;
        sum += pack.findItem(itemId)->reverse ? response.min + response.max - answer->second : answer->second;
    }
    result.score = scale.scoreForSum(sum);
    if (const auto* band = scale.bandFor(*result.score))
        result.bandId = band->id;
    return result;
}

} // namespace

const ScaleScore* AssessmentScores::find(std::string_view scaleId) const {
    const auto it = std::find_if(scales.begin(), scales.end(),
                                 [&](const ScaleScore& scale) { return scale.scaleId == scaleId; });
    return it == scales.end() ? nullptr : &*it;
}

AssessmentScores scoreAssessment(const InstrumentPack& pack, const std::map<std::string, int>& answers) {
    checkAnswers(pack, answers);
    AssessmentScores scores;
    for (const auto& scale : pack.scales)
        scores.scales.push_back(scoreScale(pack, scale, answers));
    return scores;
}

} // namespace tend
