#include "supervision/supervisionsummarybuilder.h"

#include "common/indexwording.h"

#include "app/appsession.h"
#include "common/dateconversion.h"
#include "insights/indexseries.h"
#include "insights/seriesrange.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <map>

namespace tend::ui {

namespace bg = boost::gregorian;

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("SupervisionSummary", text);
}

QString weeksText(int weeks) {
    return tr("%1 weeks").arg(weeks);
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
    return QLocale().toString(toQDate(day), QStringLiteral("d MMM"));
}

QString score(double value) {
    const bool whole = std::abs(value - std::round(value)) < 1e-9;
    return QLocale().toString(value, 'f', whole ? 0 : 1);
}

QString changeSentence(std::optional<double> mean, std::optional<double> previous, int weeks) {
    if (!mean)
        return {};
    if (!previous)
        return tr("Too few check-ins in the %1 before to compare.").arg(weeksText(weeks));
    const double difference = *mean - *previous;
    if (std::abs(difference) < SupervisionSummaryBuilder::steadyWithin)
        return tr("About the same as the %1 before.").arg(weeksText(weeks));
    return difference > 0 ? tr("Higher than the %1 before.").arg(weeksText(weeks))
                          : tr("Lower than the %1 before.").arg(weeksText(weeks));
}

// Plain sentences for the signals of today's insights that deserve a conversation. Only the signals
// that speak about days inside the period are used.
QStringList notableChanges(const Insights& insights, const CheckinDefinition& definition, bg::date from) {
    QStringList sentences;
    for (const auto& index : insights.indices) {
        const auto& signalValues = index.signalValues;
        const QString name = indexDisplayName(index.id);
        if (signalValues.sustained.value_or(false))
            sentences << tr("%1 was %2 on %3 of my last %4 check-ins.")
                             .arg(name, indexBandName(concernBand(index.id)))
                             .arg(signalValues.concernDays)
                             .arg(signalValues.recentDays);
        if (signalValues.suddenWorsening.value_or(false))
            sentences
                << tr("%1 became harder over my last three days than in the two weeks before.").arg(name);
        if (const auto& recovery = signalValues.recovery;
            recovery && recovery->run.last >= from &&
            recovery->improvement >= SupervisionSummaryBuilder::steadyWithin)
            sentences << tr("%1 was better after my rest (%2 to %3) than in the week before it.")
                             .arg(name, shortDate(recovery->run.first), shortDate(recovery->run.last));
    }
    for (const auto& indicator : insights.indicators) {
        const auto& signalValues = indicator.signalValues;
        const auto* item = definition.find(indicator.itemId);
        if (!item)
            continue;
        const QString name = capitalised(QCoreApplication::translate("CheckinItems", item->name.c_str()));
        if (signalValues.sustained.value_or(false))
            sentences << tr("%1 was in the harder part of its scale on %2 of my last %3 check-ins.")
                             .arg(name)
                             .arg(signalValues.concernDays)
                             .arg(signalValues.recentDays);
        if (signalValues.suddenWorsening.value_or(false))
            sentences
                << tr("%1 became harder over my last three days than in the two weeks before.").arg(name);
    }
    return sentences;
}

const InstrumentPack* findPack(const std::vector<InstrumentPack>& bundled,
                               const std::vector<InstrumentPack>& org, const std::string& id) {
    for (const auto* packs : {&org, &bundled})
        for (const auto& pack : *packs)
            if (pack.id == id)
                return &pack;
    return nullptr;
}

QString assessmentLine(const AssessmentResult& result, const InstrumentPack* pack) {
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
    const QString name = pack ? QString::fromStdString(pack->name) : QString::fromStdString(result.packId);
    QString line = tr("%1, %2: %3")
                       .arg(name, shortDate(result.takenOn),
                            scores.isEmpty() ? tr("not every question answered, so no score")
                                             : scores.join(QStringLiteral("; ")));
    if (pack && !pack->attribution.empty())
        line += QStringLiteral(" — %1").arg(QString::fromStdString(pack->attribution));
    return line;
}

} // namespace

SupervisionSummaryBuilder::SupervisionSummaryBuilder(AppSession& session)
    : m_session(session) {}

int SupervisionSummaryBuilder::validWeeks(int weeks) {
    for (const int allowed : periodWeeks)
        if (weeks <= allowed)
            return allowed;
    return periodWeeks.back();
}

bg::date SupervisionSummaryBuilder::periodStart(bg::date today, int weeks) {
    return today - bg::days(validWeeks(weeks) * 7 - 1);
}

SupervisionSummary SupervisionSummaryBuilder::build(int weeks) const {
    weeks = validWeeks(weeks);
    const auto today = m_session.today();
    const auto from = periodStart(today, weeks);
    const auto previousFrom = from - bg::days(weeks * 7);
    const auto& definition = m_session.definition();

    std::vector<Checkin> checkins;
    std::vector<HardMoment> moments;
    std::vector<PlanAction> plan;
    std::vector<AssessmentResult> results;
    {
        // One read snapshot, so every section describes the same moment.
        Transaction snapshot(m_session.database());
        checkins = m_session.checkins().range(previousFrom, today);
        moments = m_session.hardMoments().inRange(previousFrom, today);
        plan = m_session.plan().all();
        results = m_session.assessments().all();
        snapshot.commit();
    }
    const auto tracked = m_session.tracking().trackedItems();
    const auto care = m_session.careSnapshot();
    const auto org = m_session.orgProfile().load();

    SupervisionSummary summary;
    summary.from = toQDate(from);
    summary.to = toQDate(today);
    summary.generatedOn =
        tr("Made with Tend on %1.").arg(QLocale().toString(toQDate(today), QLocale::LongFormat));

    std::vector<const Checkin*> inPeriod;
    for (const auto& checkin : checkins)
        if (checkin.date >= from && !checkin.isEmpty())
            inPeriod.push_back(&checkin);
    summary.checkinDays = static_cast<int>(inPeriod.size());

    for (const auto id : allIndices) {
        const auto series = indexSeries(id, definition, tracked, checkins, moments, previousFrom, today);
        SupervisionSummary::IndexLine line;
        line.name = indexDisplayName(id);
        line.higherIsWorse = indexDefinition(id).polarity == Polarity::HigherIsWorse;
        line.periodMean = meanOf(valuesIn(series, from, today), minimumDays);
        line.previousMean = meanOf(valuesIn(series, previousFrom, from - bg::days(1)), minimumDays);
        if (line.periodMean)
            line.band = indexBandName(indexBand(id, *line.periodMean));
        line.change = changeSentence(line.periodMean, line.previousMean, weeks);
        for (auto day = from; day <= today; day += bg::days(1)) {
            const auto offset = (day - series.first).days();
            line.daily.push_back(offset >= 0 && offset < static_cast<long>(series.values.size())
                                     ? series.values[static_cast<std::size_t>(offset)]
                                     : std::nullopt);
        }
        for (const auto& insight : care.insights.indices) {
            if (insight.id == id) {
                line.baselineLow = insight.signalValues.baselineLow;
                line.baselineHigh = insight.signalValues.baselineHigh;
            }
        }
        summary.indices.push_back(std::move(line));
    }

    summary.notableChanges = notableChanges(care.insights, definition, from);

    summary.hardMoments =
        static_cast<int>(std::count_if(moments.begin(), moments.end(), [&](const HardMoment& moment) {
            return moment.occurredAt.date() >= from;
        }));
    const auto* material = definition.find("distressing_material");
    for (const auto* checkin : inPeriod) {
        if (checkin->restDay)
            ++summary.restDays;
        if (material && checkin->answer(material->id) == material->scale.max)
            ++summary.heavyDays;
    }

    std::map<std::int64_t, int> ticks;
    for (const auto* checkin : inPeriod)
        for (const auto id : checkin->selfCareDone)
            ++ticks[id];
    std::map<std::int64_t, QString> titles;
    for (const auto& action : plan) {
        titles.emplace(action.id, QString::fromStdString(action.title));
        if (const auto found = ticks.find(action.id); found != ticks.end())
            summary.selfCareDone << tr("%1: %2").arg(titles[action.id], daysText(found->second));
    }
    for (const auto& observation : care.insights.whatHelps) {
        const auto title = titles.find(observation.actionId);
        // The section is about what helped; a smaller or opposite difference is no finding either way.
        if (title == titles.end() || observation.difference < steadyWithin)
            continue;
        summary.whatHelps << tr("After days with \"%1\", my wellbeing the next day was %2 points higher on "
                                "average (%3 with it, %4 without). Something I noticed, not proof.")
                                 .arg(title->second)
                                 .arg(std::lround(observation.difference))
                                 .arg(daysText(observation.daysWith), daysText(observation.daysWithout));
    }

    for (const auto& result : results) {
        if (result.takenOn < from || result.takenOn > today)
            continue;
        summary.assessments << assessmentLine(result, findPack(m_session.content().instrumentPacks,
                                                               org.profile.instrumentPacks, result.packId));
    }
    return summary;
}

} // namespace tend::ui
