#include "exchange/exportlimits.h"

#include <string>

namespace tend {

namespace {

void require(std::size_t count, std::size_t limit, const char* what) {
    if (count > limit)
        throw ExportLimitError(std::to_string(count) + " " + what + ", but one Tend file holds at most " +
                               std::to_string(limit));
}

} // namespace

void requireWithinExportLimits(const ExportData& data, std::size_t jsonBytes,
                               const ExportSizeLimits& limits) {
    require(data.checkins.size(), limits.maxCheckins, "check-ins");
    require(data.hardMoments.size(), limits.maxHardMoments, "hard moments");
    require(data.plan.size(), limits.maxPlanActions, "self-care plan actions");
    require(data.assessments.size(), limits.maxAssessments, "reflection results");
    require(data.promptEvents.size(), limits.maxPromptEvents, "prompt events");
    require(jsonBytes, limits.maxBytes, "bytes of JSON");
}

} // namespace tend
