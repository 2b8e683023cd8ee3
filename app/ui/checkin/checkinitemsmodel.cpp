#include "checkin/checkinitemsmodel.h"

#include "common/groupwording.h"

#include <algorithm>

namespace tend::ui {

int CheckinItemsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant CheckinItemsModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows[static_cast<std::size_t>(index.row())];
    const CheckinItem& item = *row.item;
    switch (role) {
    case ItemIdRole:
        return QString::fromStdString(item.id);
    case Qt::DisplayRole:
    case TextRole:
        return itemText(item);
    case HelpRole:
        return itemHelp(item);
    case GroupRole:
        return groupDisplayName(item.group);
    case IsCountRole:
        return item.kind == ItemKind::Count;
    case MinimumRole:
        return item.scale.min;
    case MaximumRole:
        return item.scale.max;
    case LabelsRole: {
        QStringList labels;
        for (int value = item.scale.min; value <= item.scale.max && item.kind == ItemKind::Rating; ++value)
            labels << itemLabel(item, value);
        return labels;
    }
    case ValueRole:
        return row.value.value_or(-1);
    case AnsweredRole:
        return row.value.has_value();
    case ValueLabelRole:
        return row.value ? itemLabel(item, *row.value) : QString();
    }
    return {};
}

QHash<int, QByteArray> CheckinItemsModel::roleNames() const {
    return {
        {ItemIdRole, "itemId"},
        {TextRole, "text"},
        {HelpRole, "help"},
        {GroupRole, "group"},
        {IsCountRole, "isCount"},
        {MinimumRole, "minimum"},
        {MaximumRole, "maximum"},
        {LabelsRole, "labels"},
        {ValueRole, "value"},
        {AnsweredRole, "answered"},
        {ValueLabelRole, "valueLabel"},
    };
}

void CheckinItemsModel::setItems(std::vector<const CheckinItem*> items) {
    beginResetModel();
    m_rows.clear();
    for (const CheckinItem* item : items)
        m_rows.push_back({item, std::nullopt});
    endResetModel();
}

void CheckinItemsModel::setAnswers(const std::map<std::string, int>& answers) {
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        const auto found = answers.find(m_rows[i].item->id);
        const std::optional<int> value =
            found == answers.end() ? std::nullopt : std::optional<int>(found->second);
        if (value == m_rows[i].value)
            continue;
        m_rows[i].value = value;
        const QModelIndex changed = index(static_cast<int>(i));
        emit dataChanged(changed, changed, {ValueRole, AnsweredRole, ValueLabelRole});
    }
}

int CheckinItemsModel::answeredCount() const {
    return static_cast<int>(
        std::count_if(m_rows.begin(), m_rows.end(), [](const Row& row) { return row.value; }));
}

} // namespace tend::ui
