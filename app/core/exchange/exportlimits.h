#pragma once

#include "exchange/exportdata.h"

#include <cstddef>
#include <cstdint>
#include <stdexcept>

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

// How much one Tend file (and so one backup, whose content is such a file) may hold. The reader refuses
// more, so the writers refuse to make more, and imports refuse to grow the data past it: whatever Tend
// writes, the same Tend can read back.
struct ExportSizeLimits {
    std::size_t maxBytes = ExportFileLimits::maxBytes;
    std::size_t maxCheckins = ExportFileLimits::maxCheckins;
    std::size_t maxHardMoments = ExportFileLimits::maxHardMoments;
    std::size_t maxPlanActions = ExportFileLimits::maxPlanActions;
    std::size_t maxAssessments = ExportFileLimits::maxAssessments;
    std::size_t maxPromptEvents = ExportFileLimits::maxPromptEvents;
};

// What() says how much and the limit: "21000 check-ins, but one Tend file holds at most 20000".
class ExportLimitError final : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// Throws ExportLimitError when `data`, written as JSON in `jsonBytes` bytes, holds more than one file may.
void requireWithinExportLimits(const ExportData& data, std::size_t jsonBytes,
                               const ExportSizeLimits& limits = {});

} // namespace tend
