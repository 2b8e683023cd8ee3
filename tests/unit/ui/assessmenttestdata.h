#pragma once

// Shared by the assessment tests: an organisation profile that adds one small pack of its own, and a
// way to store a result as another part of the app would.

#include "app/appsession.h"
#include "assessment/assessmentresult.h"
#include "assessment/scoring.h"

#include <boost/date_time/gregorian/gregorian_types.hpp>

#include <map>
#include <stdexcept>
#include <string>

namespace tend::test {

// Three 1-4 items ("c" reversed) summed into "total" (3-12, banded at 7/8), and the mean of the first two
// times 10 ("first_two", 10-40, no bands). Every 14 days.
inline constexpr const char* orgProfileWithPack = R"({
    "format": "tend.org-profile",
    "version": 1,
    "organisation": "Example Care Trust",
    "crisis_lines": [{"name": "Example line", "phone": "+44 20 7946 0001"}],
    "instrument_packs": [{
        "format": "tend.instrument-pack",
        "version": 2,
        "id": "org_check",
        "name": "Placeholder team check",
        "description": "Placeholder description.",
        "validated": true,
        "attribution": "Placeholder credit to Example Publisher.",
        "licence": "Placeholder licence.",
        "recall": "the last 14 days",
        "recall_days": 14,
        "schedule": {"every_days": 14},
        "instructions": "Placeholder instructions.",
        "response_scale": {"min": 1, "max": 4, "labels": ["P1", "P2", "P3", "P4"]},
        "items": [
            {"id": "a", "text": "Placeholder item a"},
            {"id": "b", "text": "Placeholder item b"},
            {"id": "c", "text": "Placeholder item c", "reverse": true}
        ],
        "scales": [
            {"id": "total", "name": "Placeholder total", "items": ["a", "b", "c"],
             "scoring": {"method": "sum"},
             "bands": [
                {"id": "low", "label": "Placeholder low", "min": 3, "max": 7, "interpretation": "Placeholder low meaning."},
                {"id": "high", "label": "Placeholder high", "min": 8, "max": 12, "interpretation": "Placeholder high meaning."}
             ]},
            {"id": "first_two", "name": "Placeholder first two", "items": ["a", "b"],
             "scoring": {"method": "mean", "multiply": 10}}
        ]
    }]
})";

// The shipped pack with this id.
inline const InstrumentPack& shippedPack(ui::AppSession& session, const std::string& id) {
    for (const auto& pack : session.content().instrumentPacks)
        if (pack.id == id)
            return pack;
    throw std::runtime_error("no shipped pack " + id);
}

// Stores a scored result for `pack` taken on `day`, straight through the repository.
inline void storeResult(ui::AppSession& session, const InstrumentPack& pack, boost::gregorian::date day,
                        std::map<std::string, int> answers) {
    AssessmentResult result;
    result.packId = pack.id;
    result.packVersion = pack.version;
    result.takenOn = day;
    result.takenAt = boost::posix_time::ptime(day, boost::posix_time::hours(21));
    result.scores = scoreAssessment(pack, answers);
    result.answers = std::move(answers);
    (void)session.assessments().add(result);
}

} // namespace tend::test
