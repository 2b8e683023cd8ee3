#include "assessment/assessmentwording.h"

#include "common/dateconversion.h"

#include <QCoreApplication>
#include <QLocale>
#include <QVariantMap>

#include <cmath>

namespace tend::ui {

QString scoreText(double score) {
    const bool whole = std::abs(score - std::round(score)) < 1e-9;
    return QLocale().toString(score, 'f', whole ? 0 : 1);
}

QString scoreOutOfText(double score, const PackScale& scale, const ResponseScale& response) {
    const int itemCount = static_cast<int>(scale.items.size());
    const double lowest = scale.scoreForSum(itemCount * response.min);
    const double highest = scale.scoreForSum(itemCount * response.max);
    if (lowest == 0)
        return QCoreApplication::translate("Assessment", "%1 out of %2")
            .arg(scoreText(score), scoreText(highest));
    return QCoreApplication::translate("Assessment", "%1, on a scale from %2 to %3")
        .arg(scoreText(score), scoreText(lowest), scoreText(highest));
}

QString resultDayText(boost::gregorian::date day) {
    return QLocale().toString(toQDate(day), QLocale::LongFormat);
}

QString recallText(const InstrumentPack& pack) {
    return QCoreApplication::translate("Assessment", "Thinking about %1")
        .arg(QString::fromStdString(pack.recall));
}

QVariantList scaleSummaries(const InstrumentPack* pack, const AssessmentScores& scores) {
    QVariantList summaries;
    for (const auto& scaleScore : scores.scales) {
        const PackScale* scale = pack ? pack->findScale(scaleScore.scaleId) : nullptr;
        // A band a later version of the pack no longer has is left unnamed rather than shown by its id.
        QString band;
        if (scaleScore.bandId && scale)
            for (const auto& candidate : scale->bands)
                if (candidate.id == *scaleScore.bandId)
                    band = QString::fromStdString(candidate.label);
        QVariantMap summary;
        summary.insert(QStringLiteral("name"),
                       QString::fromStdString(scale ? scale->name : scaleScore.scaleId));
        summary.insert(QStringLiteral("complete"), scaleScore.complete());
        summary.insert(QStringLiteral("score"),
                       scaleScore.score ? scoreText(*scaleScore.score)
                                        : QCoreApplication::translate("Assessment", "Not scored"));
        summary.insert(QStringLiteral("band"), band);
        summaries.push_back(summary);
    }
    return summaries;
}

} // namespace tend::ui
