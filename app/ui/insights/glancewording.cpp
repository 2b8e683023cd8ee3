#include "insights/glancewording.h"

#include "common/dateconversion.h"
#include "common/indexwording.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace tend::ui {

namespace {

// Recovery after rest or a difference in next-day wellbeing smaller than this (points on 0-100) is too
// close to day-to-day variation to call a strength.
constexpr double noticeable = 5.0;

QString tr(const char* text) {
    return QCoreApplication::translate("Insights", text);
}

QString rounded(double value) {
    return QLocale().toString(static_cast<int>(std::lround(value)));
}

QString dayText(boost::gregorian::date day) {
    return QLocale().toString(toQDate(day), QCoreApplication::translate("Insights", "d MMMM", "date format"));
}

const IndexInsight* findIndex(const Insights& insights, IndexId id) {
    const auto it = std::ranges::find(insights.indices, id, &IndexInsight::id);
    return it == insights.indices.end() ? nullptr : &*it;
}

bool inBand(const IndexInsight* index, IndexBand band) {
    return index && index->value && index->band && *index->band == band;
}

} // namespace

QStringList strengthNotes(const Insights& insights,
                          const std::function<std::optional<QString>(std::int64_t)>& planTitle) {
    QStringList notes;
    if (const auto* wellbeing = findIndex(insights, IndexId::Wellbeing); inBand(wellbeing, IndexBand::Good))
        notes << tr("Your wellbeing is in the good range this week: %1 out of 100.")
                     .arg(rounded(*wellbeing->value));
    if (const auto* cs = findIndex(insights, IndexId::CompassionSatisfaction); inBand(cs, IndexBand::Good))
        notes << tr("What went well is holding up: your compassion satisfaction is %1, in the good range.")
                     .arg(rounded(*cs->value));
    if (const auto* wellbeing = findIndex(insights, IndexId::Wellbeing)) {
        const auto& recovery = wellbeing->signalValues.recovery;
        if (recovery && recovery->improvement >= noticeable)
            notes << tr("After your rest on %1, your wellbeing was %2 points higher than in the days before "
                        "it.")
                         .arg(dayText(recovery->run.last), rounded(recovery->improvement));
    }
    if (const auto* sts = findIndex(insights, IndexId::StsLoad)) {
        const auto& recovery = sts->signalValues.recovery;
        if (recovery && recovery->improvement >= noticeable)
            notes << tr("After your rest on %1, secondary stress eased by %2 points.")
                         .arg(dayText(recovery->run.last), rounded(recovery->improvement));
    }
    const auto best =
        std::max_element(insights.whatHelps.begin(), insights.whatHelps.end(),
                         [](const auto& a, const auto& b) { return a.difference < b.difference; });
    if (best != insights.whatHelps.end() && best->difference >= noticeable)
        if (const auto title = planTitle(best->actionId))
            notes << tr("Days after “%1” tend to be followed by better wellbeing (%2 compared with %3). A "
                        "pattern, not proof.")
                         .arg(*title, rounded(best->meanWith), rounded(best->meanWithout));
    return notes;
}

QStringList strainNotes(const Insights& insights) {
    QStringList notes;
    for (const auto& index : insights.indices) {
        if (!index.value || !index.band)
            continue;
        const bool higherIsBetter = indexDefinition(index.id).polarity == Polarity::HigherIsBetter;
        const QString name = indexDisplayName(index.id);
        const QString value = rounded(*index.value);
        const auto& trend = index.signalValues.trend;
        if (inConcernBand(index.id, *index.value))
            notes << (higherIsBetter ? tr("%1 is in the low range this week: %2 out of 100.")
                                     : tr("%1 is in the high range this week: %2 out of 100."))
                         .arg(name, value);
        else if (*index.band == IndexBand::Moderate && trend &&
                 *trend == (higherIsBetter ? Trend::Down : Trend::Up))
            notes << (higherIsBetter
                          ? tr("%1 has been going down over the last two weeks: %2 out of 100 now.")
                          : tr("%1 has been climbing over the last two weeks: %2 out of 100 now."))
                         .arg(name, value);
    }
    return notes;
}

} // namespace tend::ui
