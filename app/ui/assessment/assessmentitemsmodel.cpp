#include "assessment/assessmentitemsmodel.h"

namespace tend::ui {

int AssessmentItemsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant AssessmentItemsModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows[static_cast<std::size_t>(index.row())];
    switch (role) {
    case ItemIdRole:
        return QString::fromStdString(row.item.id);
    case NumberRole:
        return tr("%1 of %2").arg(index.row() + 1).arg(m_rows.size());
    case Qt::DisplayRole:
    case TextRole:
        return QString::fromStdString(row.item.text);
    case LabelsRole:
        return m_labels;
    case MinimumRole:
        return m_minimum;
    case ValueRole:
        return row.value.value_or(-1);
    case AnsweredRole:
        return row.value.has_value();
    }
    return {};
}

QHash<int, QByteArray> AssessmentItemsModel::roleNames() const {
    return {
        {ItemIdRole, "itemId"},   {NumberRole, "number"}, {TextRole, "text"},         {LabelsRole, "labels"},
        {MinimumRole, "minimum"}, {ValueRole, "value"},   {AnsweredRole, "answered"},
    };
}

void AssessmentItemsModel::setPack(const InstrumentPack* pack) {
    beginResetModel();
    m_rows.clear();
    m_labels.clear();
    m_minimum = 0;
    if (pack) {
        for (const auto& item : pack->items)
            m_rows.push_back({item, std::nullopt});
        for (const auto& label : pack->responseScale.labels)
            m_labels << QString::fromStdString(label);
        m_minimum = pack->responseScale.min;
    }
    endResetModel();
}

void AssessmentItemsModel::setAnswers(const std::map<std::string, int>& answers) {
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        const auto found = answers.find(m_rows[i].item.id);
        const std::optional<int> value =
            found == answers.end() ? std::nullopt : std::optional<int>(found->second);
        if (value == m_rows[i].value)
            continue;
        m_rows[i].value = value;
        const auto changed = index(static_cast<int>(i));
        emit dataChanged(changed, changed, {ValueRole, AnsweredRole});
    }
}

} // namespace tend::ui
