#pragma once

#include "insights/indexdefinition.h"
#include "insights/insights.h"
#include "insights/restandrecovery.h"
#include "supervision/supervisionperiod.h"

#include <optional>
#include <string>
#include <vector>

namespace tend {

// Something in the worker's recent days worth a conversation, read from the insights of the period's last
// day. Each names what it is about (an index, or one rating question) and the counts its words need;
// never a score, so it can go into a document that leaves scores out.
struct NotableChange {
    enum class Kind {
        Sustained,       // most of the last check-ins in the harder part of the range
        SuddenWorsening, // the last three days clearly harder than the two weeks before
        BetterAfterRest, // better after a run of rest days than in the week before it
    };

    Kind kind = Kind::Sustained;
    std::optional<IndexId> index; // set for an index
    std::string itemId;           // set for a rating question
    int concernDays = 0;          // Sustained: check-ins in the harder part
    int recentDays = 0;           // Sustained: of this many recent check-ins
    std::optional<RestRun> rest;  // BetterAfterRest: the days off
};

// The changes of indices first, then of questions, in the insights' order. Recovery after rest counts
// only when the rest ended inside the period and the index improved by at least
// IndexPeriod::steadyWithin points; sustained strain and sudden worsening read the last week, which every
// period holds.
[[nodiscard]] std::vector<NotableChange> notableChanges(const Insights& insights,
                                                        const SupervisionPeriod& period);

} // namespace tend
