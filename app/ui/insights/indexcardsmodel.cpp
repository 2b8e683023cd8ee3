#include "insights/indexcardsmodel.h"

#include "common/indexwording.h"
#include "insights/bandsnotewording.h"

#include <QLocale>

#include <cmath>

namespace tend::ui {

namespace {

QString rounded(double value) {
    return QLocale().toString(static_cast<int>(std::lround(value)));
}

bool isStrength(IndexId id) {
    return indexDefinition(id).polarity == Polarity::HigherIsBetter;
}

} // namespace

void IndexCardsModel::setIndices(std::vector<IndexInsight> indices) {
    beginResetModel();
    m_indices = std::move(indices);
    endResetModel();
}

int IndexCardsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_indices.size());
}

QString IndexCardsModel::trendText(const IndexInsight& index) {
    const auto& s = index.signalValues;
    if (!s.trend)
        return {};
    if (*s.trend == Trend::Steady)
        return tr("Steady over the last two weeks");
    const bool up = *s.trend == Trend::Up;
    // Direction alone says nothing about good or bad; the words do, so nobody has to decode an arrow.
    if (isStrength(index.id))
        return up ? tr("Rising over the last two weeks") : tr("Easing down over the last two weeks");
    return up ? tr("Climbing over the last two weeks") : tr("Easing over the last two weeks");
}

QString IndexCardsModel::whyText(const IndexInsight& index) {
    const auto& s = index.signalValues;
    QStringList parts{indexDescription(index.id)};
    if (!index.value) {
        parts << tr("A number appears once at least 3 of the last 7 days have answers to these questions.");
        return parts.join(QLatin1Char(' '));
    }
    parts << (indexDefinition(index.id).fades
                  ? tr("The number weighs your recent check-ins most, on a scale from 0 to 100.")
                  : tr("The number is the average of your answers over the last 7 days, on a scale from 0 to "
                       "100."));
    if (s.baseline && s.baselineLow && s.baselineHigh && s.mean7) {
        parts << tr("Your usual range is %1 to %2: the middle half of your days in the 12 weeks before this "
                    "one.")
                     .arg(rounded(*s.baselineLow), rounded(*s.baselineHigh));
        const double difference = *s.mean7 - *s.baseline;
        if (std::abs(difference) < 5)
            parts << tr("This week is close to your usual.");
        else if (difference > 0)
            parts << tr("This week is %1 points above your usual.").arg(rounded(difference));
        else
            parts << tr("This week is %1 points below your usual.").arg(rounded(-difference));
    } else {
        parts << tr("Your usual range appears after about two weeks of check-ins spread over the past "
                    "three months.");
    }
    return parts.join(QLatin1Char(' '));
}

QVariant IndexCardsModel::data(const QModelIndex& modelIndex, int role) const {
    if (!checkIndex(modelIndex, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const IndexInsight& index = m_indices[static_cast<std::size_t>(modelIndex.row())];
    const auto& s = index.signalValues;
    switch (role) {
    case KeyRole: {
        const auto key = indexDefinition(index.id).key;
        return QString::fromUtf8(key.data(), qsizetype(key.size()));
    }
    case Qt::DisplayRole:
    case NameRole:
        return indexDisplayName(index.id);
    case HasValueRole:
        return index.value.has_value();
    case ValueTextRole:
        return index.value ? rounded(*index.value) : tr("Not enough check-ins yet");
    case BandTextRole:
        return index.band ? indexBandName(*index.band) : QString();
    case TrendSymbolRole:
        if (!s.trend)
            return QString();
        return *s.trend == Trend::Up     ? QStringLiteral("↗")
               : *s.trend == Trend::Down ? QStringLiteral("↘")
                                         : QStringLiteral("→");
    case TrendTextRole:
        return trendText(index);
    case DaysTextRole:
        return index.days7 == 1 ? tr("1 of the last 7 days") : tr("%1 of the last 7 days").arg(index.days7);
    case WhyTextRole:
        return whyText(index);
    case BandsNoteRole:
        return bandsNoteText();
    case StrengthRole:
        return isStrength(index.id);
    case ConcernRole:
        return index.value && inConcernBand(index.id, *index.value);
    }
    return {};
}

QHash<int, QByteArray> IndexCardsModel::roleNames() const {
    return {{KeyRole, "key"},
            {NameRole, "name"},
            {HasValueRole, "hasValue"},
            {ValueTextRole, "valueText"},
            {BandTextRole, "bandText"},
            {TrendSymbolRole, "trendSymbol"},
            {TrendTextRole, "trendText"},
            {DaysTextRole, "daysText"},
            {WhyTextRole, "whyText"},
            {BandsNoteRole, "bandsNote"},
            {StrengthRole, "strength"},
            {ConcernRole, "concern"}};
}

} // namespace tend::ui
