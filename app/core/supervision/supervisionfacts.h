#pragma once

#include "assessment/assessmentresult.h"
#include "domain/checkindefinition.h"
#include "supervision/indexperiod.h"
#include "supervision/notablechange.h"
#include "supervision/selfcareperiod.h"
#include "supervision/supervisionperiod.h"
#include "supervision/supervisionworkload.h"
#include "time/daystart.h"

#include <set>
#include <string>
#include <vector>

namespace tend {

class AssessmentRepository;
class CheckinRepository;
class Database;
class HardMomentRepository;
class SelfCarePlanRepository;

// Where the facts of a supervision document are read from: the worker's stored history through its
// repositories, the questions they track, and when their check-in day begins (hard moments are counted on
// check-in days).
struct SupervisionSources {
    const CheckinDefinition& definition;
    std::set<std::string> trackedItems;
    CheckinRepository& checkins;
    HardMomentRepository& hardMoments;
    SelfCarePlanRepository& plan;
    AssessmentRepository& assessments;
    DayStart dayStart;
};

// Everything a "prepare for supervision" document can say about a period, before any wording. The
// private notes of check-ins and hard moments are not part of it: nothing here holds text the worker
// wrote except the titles of their own self-care actions.
struct SupervisionFacts {
    SupervisionPeriod period;
    SupervisionWorkload workload;
    std::vector<IndexPeriod> indices; // in allIndices order
    std::vector<NotableChange> changes;
    std::vector<SelfCareDays> selfCare;
    std::vector<HelpfulAction> whatHelps;      // the period's days only
    std::vector<AssessmentResult> reflections; // taken in the period, oldest first
};

// Reads the history the period needs (and the insights of its last day need) and derives the facts. It
// opens no transaction of its own: a caller that wants every section to describe one moment wraps the
// call (and whatever else it reads) in one. Throws StorageError.
[[nodiscard]] SupervisionFacts buildSupervisionFacts(const SupervisionSources& sources,
                                                     const SupervisionPeriod& period);

// buildSupervisionFacts inside one read transaction of `database` (the one the repositories of `sources`
// use), so every section describes the same moment even while something else writes. Throws StorageError.
[[nodiscard]] SupervisionFacts readSupervisionFacts(Database& database, const SupervisionSources& sources,
                                                    const SupervisionPeriod& period);

} // namespace tend
