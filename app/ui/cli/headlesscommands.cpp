#include "cli/headlesscommands.h"

#include "app/appsession.h"
#include "cli/datacommands.h"
#include "cli/supervisioncommand.h"
#include "insights/indexdefinition.h"
#include "storage/storageerror.h"
#include "time/isodate.h"

#include <cmath>
#include <ostream>

namespace tend::ui {

namespace {

// A short human-readable form of the snapshot, for a person checking their numbers in a terminal. The
// JSON form is the complete, stable one.
void printSummary(const CareSnapshot& care, std::ostream& out) {
    out << "Insights for " << toIsoDate(care.insights.today) << " (" << care.insights.checkins.total
        << " check-ins)\n";
    for (const auto& index : care.insights.indices) {
        const auto& definition = indexDefinition(index.id);
        out << "  " << definition.displayName << ": ";
        if (index.value)
            out << std::lround(*index.value) << " of 100, " << indexBandKey(*index.band) << " ("
                << index.days7 << " of the last 7 days)\n";
        else
            out << "not enough check-ins yet\n";
    }
    if (care.insights.rest)
        out << "  days since real rest: " << care.insights.rest->daysSince << " (on "
            << toIsoDate(care.insights.rest->lastRestDay)
            << "); check-ins as a working day since: " << care.insights.rest->workingDaysSince
            << " (days without a check-in are not counted)\n";
    for (const auto& prompt : care.prompts)
        out << "\n" << prompt.title << "\n  " << prompt.reason << "\n";
    // The bands above are Tend's own lines: the summary says so, as every "why?" in the app does.
    out << "\n" << care.bandsNote << "\n";
}

int runInsights(const LaunchOptions& options, AppSession& session, std::ostream& out) {
    const auto care = session.careSnapshot();
    if (options.json)
        out << careSnapshotToJson(care).dump(2) << "\n";
    else
        printSummary(care, out);
    return 0;
}

} // namespace

int runHeadlessCommand(const LaunchOptions& options, AppSession& session, std::ostream& out,
                       std::ostream& err) {
    try {
        if (options.command.constFirst() == QStringLiteral("insights"))
            return runInsights(options, session, out);
        if (options.command.constFirst() == QStringLiteral("supervision"))
            return runSupervisionCommand(options, session, out, err);
        if (headlessCommands().contains(options.command.constFirst()))
            return runDataCommand(options, session, out, err);
    } catch (const std::exception& error) {
        err << error.what() << "\n";
        return 1;
    }
    err << "Unknown command\n";
    return 2;
}

} // namespace tend::ui
