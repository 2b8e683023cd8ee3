#include "insights/promptkindsmodel.h"

namespace tend::ui {

int PromptKindsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_kinds.size());
}

QVariant PromptKindsModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Kind& kind = m_kinds[static_cast<std::size_t>(index.row())];
    switch (role) {
    case KeyRole:
        return kind.key;
    case Qt::DisplayRole:
    case LabelRole:
        return kind.label;
    case DescriptionRole:
        return kind.description;
    case SwitchedOnRole:
        return kind.enabled;
    default:
        return {};
    }
}

QHash<int, QByteArray> PromptKindsModel::roleNames() const {
    return {{KeyRole, "key"},
            {LabelRole, "label"},
            {DescriptionRole, "description"},
            {SwitchedOnRole, "switchedOn"}};
}

void PromptKindsModel::setKinds(std::vector<Kind> kinds) {
    const bool sameRows = std::equal(m_kinds.begin(), m_kinds.end(), kinds.begin(), kinds.end(),
                                     [](const Kind& a, const Kind& b) { return a.key == b.key; });
    if (!sameRows) {
        beginResetModel();
        m_kinds = std::move(kinds);
        endResetModel();
        return;
    }
    for (std::size_t row = 0; row < kinds.size(); ++row) {
        const bool changed = kinds[row].enabled != m_kinds[row].enabled ||
                             kinds[row].label != m_kinds[row].label ||
                             kinds[row].description != m_kinds[row].description;
        m_kinds[row] = std::move(kinds[row]);
        if (changed)
            emit dataChanged(index(static_cast<int>(row)), index(static_cast<int>(row)));
    }
}

} // namespace tend::ui
