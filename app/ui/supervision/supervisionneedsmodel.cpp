#include "supervision/supervisionneedsmodel.h"

namespace tend::ui {

SupervisionNeedsModel::SupervisionNeedsModel(QObject* parent)
    : QAbstractListModel(parent)
    , m_needs(serviceNeeds())
    , m_picked(static_cast<std::size_t>(m_needs.size()), false) {}

int SupervisionNeedsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_needs.size());
}

QVariant SupervisionNeedsModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto row = index.row();
    switch (role) {
    case KeyRole:
        return m_needs[row].key;
    case Qt::DisplayRole:
    case LabelRole:
        return m_needs[row].label;
    case PickedRole:
        return static_cast<bool>(m_picked[static_cast<std::size_t>(row)]);
    default:
        return {};
    }
}

QHash<int, QByteArray> SupervisionNeedsModel::roleNames() const {
    return {{KeyRole, "key"}, {LabelRole, "label"}, {PickedRole, "picked"}};
}

bool SupervisionNeedsModel::setPicked(int row, bool picked) {
    if (row < 0 || row >= rowCount())
        return false;
    const auto at = static_cast<std::size_t>(row);
    if (m_picked[at] != picked) {
        m_picked[at] = picked;
        emit dataChanged(index(row), index(row), {PickedRole});
    }
    return true;
}

QStringList SupervisionNeedsModel::pickedLabels() const {
    QStringList labels;
    for (qsizetype row = 0; row < m_needs.size(); ++row)
        if (m_picked[static_cast<std::size_t>(row)])
            labels << m_needs[row].label;
    return labels;
}

} // namespace tend::ui
