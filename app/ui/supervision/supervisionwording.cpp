#include "supervision/supervisionwording.h"

#include "common/dateconversion.h"
#include "common/indexwording.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace tend::ui {

namespace bg = boost::gregorian;

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("SupervisionSummary", text);
}

QString weeksText(int weeks) {
    return weeks == 1 ? tr("week") : tr("%1 weeks").arg(weeks);
}

QString daysText(int days) {
    return days == 1 ? tr("1 day") : tr("%1 days").arg(days);
}

QString capitalised(QString text) {
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

QString shortDate(bg::date day) {
    return QLocale().toString(toQDate(day), QCoreApplication::translate("SupervisionSummary", "d MMM",
                                                                        "day and month in a sentence"));
}

QString score(double value) {
    const bool whole = std::abs(value - std::round(value)) < 1e-9;
    return QLocale().toString(value, 'f', whole ? 0 : 1);
}

QString subjectName(const NotableChange& change, const CheckinDefinition& definition) {
    if (change.index)
        return indexDisplayName(*change.index);
    const auto* item = definition.find(change.itemId);
    return capitalised(QCoreApplication::translate("CheckinItems", item ? item->name.c_str() : ""));
}

// Never a score or a band: the sentences stay true to the worker's answers without numbers on a scale.
QString changeSentence(const NotableChange& change, const CheckinDefinition& definition) {
    const QString name = subjectName(change, definition);
    switch (change.kind) {
    case NotableChange::Kind::Sustained:
        return tr("%1 was in the harder part of its range on %2 of my last %3 check-ins.")
            .arg(name)
            .arg(change.concernDays)
            .arg(change.recentDays);
    case NotableChange::Kind::SuddenWorsening:
        return tr("%1 became harder over my last three days than in the two weeks before.").arg(name);
    case NotableChange::Kind::BetterAfterRest:
        return tr("%1 was better after my days off (%2 to %3) than in the week before them.")
            .arg(name, shortDate(change.rest->first), shortDate(change.rest->last));
    }
    return {};
}

QStringList workloadLines(const SupervisionWorkload& workload) {
    QStringList lines;
    lines << (workload.veryHardMoments == 0 ? tr("Hard moments I noted: %1").arg(workload.hardMoments)
                                            : tr("Hard moments I noted: %1, %2 of them very hard")
                                                  .arg(workload.hardMoments)
                                                  .arg(workload.veryHardMoments));
    lines << tr("Days with a lot of distressing material: %1").arg(workload.heavyDays);
    if (workload.hardCases)
        lines << tr("Hard cases I counted: %1, over %2")
                     .arg(*workload.hardCases)
                     .arg(daysText(workload.hardCasesDays));
    lines << tr("Days off or leave: %1").arg(workload.restDays);
    return lines;
}

QString helpSentence(const HelpfulAction& action, bool withScores) {
    const auto& observation = action.observation;
    const QString title = QString::fromStdString(action.title);
    if (withScores)
        return tr("After days with \"%1\", my wellbeing the next day was %2 points higher on average (%3 "
                  "with it, %4 without, in these weeks). Something I noticed, not proof.")
            .arg(title)
            .arg(std::lround(observation.difference))
            .arg(daysText(observation.daysWith), daysText(observation.daysWithout));
    return tr("In these weeks, the day after \"%1\" tended to go better for me (%2 with it, %3 without). "
              "Something I noticed, not proof.")
        .arg(title, daysText(observation.daysWith), daysText(observation.daysWithout));
}

const InstrumentPack* findPack(const std::vector<InstrumentPack>& packs, const std::string& id) {
    for (const auto& pack : packs)
        if (pack.id == id)
            return &pack;
    return nullptr;
}

QString reflectionLine(const AssessmentResult& result, const InstrumentPack* pack, bool withScores) {
    const QString name = pack ? QString::fromStdString(pack->name) : QString::fromStdString(result.packId);
    if (!withScores)
        return tr("%1 on %2").arg(name, shortDate(result.takenOn));
    QStringList scores;
    for (const auto& scale : result.scores.scales) {
        if (!scale.score)
            continue;
        const PackScale* definition = pack ? pack->findScale(scale.scaleId) : nullptr;
        QString text = QStringLiteral("%1 %2").arg(definition ? QString::fromStdString(definition->name)
                                                              : QString::fromStdString(scale.scaleId),
                                                   score(*scale.score));
        if (definition && scale.bandId) {
            for (const auto& band : definition->bands)
                if (band.id == *scale.bandId)
                    text += QStringLiteral(" (%1)").arg(QString::fromStdString(band.label));
        }
        scores << text;
    }
    QString line = tr("%1, %2: %3")
                       .arg(name, shortDate(result.takenOn),
                            scores.isEmpty() ? tr("not every question answered, so no score")
                                             : scores.join(QStringLiteral("; ")));
    // A pack's results carry its attribution wherever they appear.
    if (pack && !pack->attribution.empty())
        line += QStringLiteral(" — %1").arg(QString::fromStdString(pack->attribution));
    return line;
}

QString comparisonSentence(PeriodComparison comparison, int weeks) {
    switch (comparison) {
    case PeriodComparison::NoMean:
        return {};
    case PeriodComparison::TooLittleBefore:
        return tr("Too few check-ins in the %1 before to compare.").arg(weeksText(weeks));
    case PeriodComparison::AboutTheSame:
        return tr("About the same as the %1 before.").arg(weeksText(weeks));
    case PeriodComparison::Higher:
        return tr("Higher than the %1 before.").arg(weeksText(weeks));
    case PeriodComparison::Lower:
        return tr("Lower than the %1 before.").arg(weeksText(weeks));
    }
    return {};
}

SupervisionSummary::IndexLine indexLine(const IndexPeriod& index, int weeks) {
    SupervisionSummary::IndexLine line;
    line.name = indexDisplayName(index.id);
    if (index.mean) {
        line.value = tr("%1 of 100").arg(QLocale().toString(static_cast<int>(std::lround(*index.mean))));
        if (index.band)
            line.value += QStringLiteral(" (%1)").arg(indexBandName(*index.band));
    } else {
        line.value = tr("not enough check-ins in this period");
    }
    line.change = comparisonSentence(index.comparison, weeks);
    line.daily = index.daily.values;
    line.usualLow = index.usualLow;
    line.usualHigh = index.usualHigh;
    return line;
}

} // namespace

SupervisionSummary supervisionDocument(const SupervisionFacts& facts, const SupervisionChoices& choices,
                                       const CheckinDefinition& definition,
                                       const std::vector<InstrumentPack>& packs) {
    SupervisionSummary summary;
    summary.from = toQDate(facts.period.from);
    summary.to = toQDate(facts.period.to);
    summary.checkinDays = facts.workload.checkinDays;
    summary.generatedOn =
        tr("Made with Tend on %1.").arg(QLocale().toString(summary.to, QLocale::LongFormat));
    summary.choices = choices;

    if (choices.includeWorkload)
        summary.workload = workloadLines(facts.workload);
    if (choices.includeChanges)
        for (const auto& change : facts.changes)
            summary.notableChanges << changeSentence(change, definition);
    if (choices.includeSelfCare) {
        for (const auto& done : facts.selfCare)
            summary.selfCareDone << tr("%1: %2").arg(QString::fromStdString(done.title), daysText(done.days));
        for (const auto& helped : facts.whatHelps)
            summary.whatHelps << helpSentence(helped, choices.includeScores);
    }
    if (choices.includeReflections)
        for (const auto& result : facts.reflections)
            summary.reflections << reflectionLine(result, findPack(packs, result.packId),
                                                  choices.includeScores);
    if (choices.includeScores)
        for (const auto& index : facts.indices)
            summary.indices.push_back(indexLine(index, facts.period.weeks));
    return summary;
}

} // namespace tend::ui
