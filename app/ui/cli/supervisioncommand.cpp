#include "cli/supervisioncommand.h"

#include "app/appsession.h"
#include "common/dateconversion.h"
#include "supervision/serviceneeds.h"
#include "supervision/supervisiondata.h"
#include "supervision/supervisionreport.h"
#include "supervision/supervisionwording.h"

#include <QCoreApplication>
#include <QLocale>

#include <ostream>

namespace tend::ui {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("SupervisionCommand", text);
}

// The worker's choices as the options give them, held to the same limits as in the app.
SupervisionChoices choicesFrom(const LaunchOptions& options) {
    SupervisionChoices choices;
    choices.includeScores = options.withScores;
    for (const QString& section : options.leaveOut)
        (void)choices.leaveOut(section); // names were checked with the command line
    for (const QString& point : options.talkingPoints) {
        const QString kept = point.simplified().left(SupervisionChoices::maxTalkingPointLength);
        if (!kept.isEmpty() && choices.talkingPoints.size() < SupervisionChoices::maxTalkingPoints)
            choices.talkingPoints << kept;
    }
    // In the app's order, each once, whatever order the options came in.
    for (const auto& need : serviceNeeds())
        if (options.needs.contains(need.key))
            choices.needs << need.label;
    choices.needsNote = options.needNote.left(SupervisionChoices::maxNeedsNoteLength);
    return choices;
}

} // namespace

int runSupervisionCommand(const LaunchOptions& options, AppSession& session, std::ostream& out,
                          std::ostream& err) {
    const auto data = readSupervisionData(session, *options.weeks);
    const SupervisionReport report(
        supervisionDocument(data.facts, choicesFrom(options), session.definition(), data.packs));
    const bool pdf = options.outFile.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive);
    const QString problem = pdf ? report.writePdf(options.outFile) : report.writeText(options.outFile);
    if (!problem.isEmpty()) {
        err << problem.toStdString() << "\n";
        return 1;
    }
    const QLocale locale;
    out << tr("Wrote the supervision document for %1 to %2 to %3. It is not encrypted, and Tend sends it "
              "nowhere: sharing it is up to you.")
               .arg(locale.toString(toQDate(data.facts.period.from), QLocale::ShortFormat),
                    locale.toString(toQDate(data.facts.period.to), QLocale::ShortFormat), options.outFile)
               .toStdString()
        << "\n";
    return 0;
}

} // namespace tend::ui
