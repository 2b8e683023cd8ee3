#pragma once

#include "domain/checkindefinition.h"
#include "exchange/exportdata.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace tend {

// Limits of a tend.export file: generous for years of daily use, and small enough that a hostile file
// cannot exhaust the device.
struct ExportFileLimits {
    static constexpr std::size_t maxBytes = 64 * 1024 * 1024;
    static constexpr std::size_t maxDepth = 8;
    static constexpr std::size_t maxCheckins = 20000;
    static constexpr std::size_t maxHardMoments = 100000;
    static constexpr std::size_t maxPromptEvents = 100000;
    static constexpr std::size_t maxAssessments = 10000;
    static constexpr std::size_t maxPlanActions = 10000;
    static constexpr std::size_t maxScales = 100;
    static constexpr std::size_t maxAssessmentAnswers = 500;
    static constexpr std::size_t maxIdLength = 64;
    static constexpr std::size_t maxReasonLength = 1000;
    static constexpr int maxPosition = 1000000;
    static constexpr int maxAssessmentValue = 1000000;
    static constexpr double maxScore = 1e9;
    // Ids stay within what every JSON reader holds exactly (2^53 - 1).
    static constexpr std::int64_t maxId = 9007199254740991;
};

// Reads a tend.export file (docs/export-json.md) strictly: format and version come first (a newer version
// is named as such), then every key, type and value is checked against the schema and `definition`, and
// the first problem is thrown as a DataFileError naming its exact path ("checkins[12].answers.mood: 7 is
// outside 0 to 4") or, for broken JSON, its line, column and byte offset. Nothing else escapes. The lists
// come back in the canonical order of ExportData whatever their order in the file.
[[nodiscard]] ExportData parseExportJson(std::string_view text, const CheckinDefinition& definition);

} // namespace tend
