#include "data/dayliolabelsmodel.h"

namespace tend::ui {

void DaylioLabelsModel::reset(QStringList choices, std::vector<Row> rows) {
    beginResetModel();
    m_choices = std::move(choices);
    m_rows = std::move(rows);
    endResetModel();
}

void DaylioLabelsModel::setChoice(int row, int choiceIndex) {
    if (row < 0 || row >= rowCount())
        return;
    auto& entry = m_rows[static_cast<std::size_t>(row)];
    if (entry.choiceIndex == choiceIndex)
        return;
    entry.choiceIndex = choiceIndex;
    emit dataChanged(index(row), index(row), {ChoiceIndexRole});
}

int DaylioLabelsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant DaylioLabelsModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto& row = m_rows[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case LabelRole:
        return row.label;
    case DetailRole:
        return row.detail;
    case ChoicesRole:
        return m_choices;
    case ChoiceIndexRole:
        return row.choiceIndex;
    default:
        return {};
    }
}

QHash<int, QByteArray> DaylioLabelsModel::roleNames() const {
    return {{LabelRole, "label"},
            {DetailRole, "detail"},
            {ChoicesRole, "choices"},
            {ChoiceIndexRole, "choiceIndex"}};
}

} // namespace tend::ui
