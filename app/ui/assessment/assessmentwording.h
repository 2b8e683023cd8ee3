#pragma once

#include "assessment/instrumentpack.h"
#include "assessment/scoring.h"

#include <boost/date_time/gregorian/gregorian_types.hpp>

#include <QString>
#include <QVariantList>

// Words and numbers shared by the assessment page, its history and the Today card.
namespace tend::ui {

// A score as shown: whole numbers as they are, anything else to one decimal. Scores are kept exact;
// rounding happens only here.
[[nodiscard]] QString scoreText(double score);
// "9 out of 20" style reading of a score against the lowest and highest scores the scale can produce.
[[nodiscard]] QString scoreOutOfText(double score, const PackScale& scale, const ResponseScale& response);
// The day a result counts for, in the device's language.
[[nodiscard]] QString resultDayText(boost::gregorian::date day);
// "Thinking about the last 30 days"
[[nodiscard]] QString recallText(const InstrumentPack& pack);
// One entry per scale of a stored result, for lists in QML: {name, score, band, complete}. `pack` may be
// null when the pack is no longer available; the stored ids are then shown as they are.
[[nodiscard]] QVariantList scaleSummaries(const InstrumentPack* pack, const AssessmentScores& scores);

} // namespace tend::ui
