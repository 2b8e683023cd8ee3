#include "supervision/notablechange.h"

#include "supervision/indexperiod.h"

namespace tend {

namespace {

void addSustainedAndSudden(const SeriesSignals& signalValues, const NotableChange& subject,
                           std::vector<NotableChange>& changes) {
    if (signalValues.sustained.value_or(false)) {
        NotableChange change = subject;
        change.kind = NotableChange::Kind::Sustained;
        change.concernDays = signalValues.concernDays;
        change.recentDays = signalValues.recentDays;
        changes.push_back(change);
    }
    if (signalValues.suddenWorsening.value_or(false)) {
        NotableChange change = subject;
        change.kind = NotableChange::Kind::SuddenWorsening;
        changes.push_back(change);
    }
}

} // namespace

std::vector<NotableChange> notableChanges(const Insights& insights, const SupervisionPeriod& period) {
    std::vector<NotableChange> changes;
    for (const auto& index : insights.indices) {
        NotableChange subject;
        subject.index = index.id;
        addSustainedAndSudden(index.signalValues, subject, changes);
        if (const auto& recovery = index.signalValues.recovery;
            recovery && period.contains(recovery->run.last) &&
            recovery->improvement >= IndexPeriod::steadyWithin) {
            NotableChange change = subject;
            change.kind = NotableChange::Kind::BetterAfterRest;
            change.rest = recovery->run;
            changes.push_back(change);
        }
    }
    for (const auto& indicator : insights.indicators) {
        NotableChange subject;
        subject.itemId = indicator.itemId;
        addSustainedAndSudden(indicator.signalValues, subject, changes);
    }
    return changes;
}

} // namespace tend
