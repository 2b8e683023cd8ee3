#include "assessment/assessmentscoresmodel.h"

#include "assessment/assessmentwording.h"

namespace tend::ui {

int AssessmentScoresModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant AssessmentScoresModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows[static_cast<std::size_t>(index.row())];
    const ScoreBand* band = nullptr;
    for (const auto& candidate : row.scale.bands)
        if (row.score.bandId == candidate.id)
            band = &candidate;
    switch (role) {
    case ScaleIdRole:
        return QString::fromStdString(row.scale.id);
    case Qt::DisplayRole:
    case NameRole:
        return QString::fromStdString(row.scale.name);
    case CompleteRole:
        return row.score.complete();
    case ScoreRole:
        return row.score.score
                   ? scoreOutOfText(*row.score.score, row.scale, row.response)
                   : tr("No score this time, because some of its lines were left out. That's fine.");
    case BandRole:
        return band ? QString::fromStdString(band->label) : QString();
    case InterpretationRole:
        return band ? QString::fromStdString(band->interpretation) : QString();
    }
    return {};
}

QHash<int, QByteArray> AssessmentScoresModel::roleNames() const {
    return {
        {ScaleIdRole, "scaleId"}, {NameRole, "name"}, {CompleteRole, "complete"},
        {ScoreRole, "score"},     {BandRole, "band"}, {InterpretationRole, "interpretation"},
    };
}

void AssessmentScoresModel::setScores(const InstrumentPack& pack, const AssessmentScores& scores) {
    beginResetModel();
    m_rows.clear();
    for (const auto& score : scores.scales)
        if (const PackScale* scale = pack.findScale(score.scaleId))
            m_rows.push_back({score, *scale, pack.responseScale});
    endResetModel();
}

void AssessmentScoresModel::clear() {
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

} // namespace tend::ui
