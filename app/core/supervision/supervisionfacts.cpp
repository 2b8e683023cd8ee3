#include "supervision/supervisionfacts.h"

#include "insights/indexseries.h"
#include "insights/insights.h"
#include "storage/assessmentrepository.h"
#include "storage/checkinrepository.h"
#include "storage/database.h"
#include "storage/hardmomentrepository.h"
#include "storage/selfcareplanrepository.h"

#include <algorithm>
#include <iterator>

namespace tend {

SupervisionFacts buildSupervisionFacts(const SupervisionSources& sources, const SupervisionPeriod& period) {
    // The signals of the last day (sustained strain, recovery after rest, the usual range) look back
    // further than the period and the time before it, so the whole history is read, as for Insights.
    auto from = period.previousFrom();
    if (const auto earliest = sources.checkins.earliestDate())
        from = std::min(from, *earliest);

    InsightsInput input;
    input.definition = sources.definition;
    input.trackedItems = sources.trackedItems;
    input.today = period.to;
    input.checkins = sources.checkins.range(from, period.to);
    // A moment in the small hours after the last day may still belong to it (the worker's day start), so
    // the workload reads one calendar day further; the insights keep to the period's days.
    const auto moments = sources.hardMoments.inRange(from, period.to + boost::gregorian::days(1));
    std::copy_if(moments.begin(), moments.end(), std::back_inserter(input.hardMoments),
                 [&period](const HardMoment& moment) {
                     return !moment.occurredAt.is_special() && moment.occurredAt.date() <= period.to;
                 });
    const auto plan = sources.plan.all();
    const auto results = sources.assessments.all();
    // The insights' own "what helps" reads all history; the document reads the period only (below), so
    // the insights are computed without the plan.
    const auto insights = computeInsights(input);

    SupervisionFacts facts;
    facts.period = period;
    facts.workload = supervisionWorkload(sources.definition, sources.trackedItems, input.checkins, moments,
                                         period, sources.dayStart);
    for (const auto id : allIndices) {
        const auto series = indexSeries(id, sources.definition, sources.trackedItems, input.checkins,
                                        input.hardMoments, period.previousFrom(), period.to);
        auto line = indexPeriod(id, series, period);
        for (const auto& insight : insights.indices) {
            if (insight.id == id) {
                line.usualLow = insight.signalValues.baselineLow;
                line.usualHigh = insight.signalValues.baselineHigh;
            }
        }
        facts.indices.push_back(std::move(line));
        if (id == IndexId::Wellbeing)
            facts.whatHelps = helpfulActions(series, input.checkins, plan, period);
    }
    facts.changes = notableChanges(insights, period);
    facts.selfCare = selfCareDays(input.checkins, plan, period);
    for (const auto& result : results)
        if (period.contains(result.takenOn))
            facts.reflections.push_back(result);
    return facts;
}

SupervisionFacts readSupervisionFacts(Database& database, const SupervisionSources& sources,
                                      const SupervisionPeriod& period) {
    Transaction snapshot(database);
    auto facts = buildSupervisionFacts(sources, period);
    snapshot.commit();
    return facts;
}

} // namespace tend
