#include "selfcare/tagchoicesmodel.h"

#include <algorithm>

namespace tend::ui {

int TagChoicesModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_choices.size());
}

QVariant TagChoicesModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PlanTag& choice = m_choices[static_cast<std::size_t>(index.row())];
    switch (role) {
    case TagRole:
        return QString::fromStdString(choice.tag);
    case Qt::DisplayRole:
    case LabelRole:
        return choice.label;
    case ChosenRole:
        return m_chosen.contains(choice.tag);
    default:
        return {};
    }
}

QHash<int, QByteArray> TagChoicesModel::roleNames() const {
    return {{TagRole, "tag"}, {LabelRole, "label"}, {ChosenRole, "chosen"}};
}

void TagChoicesModel::setChoices(std::vector<PlanTag> choices) {
    beginResetModel();
    m_choices = std::move(choices);
    endResetModel();
}

void TagChoicesModel::setChosen(const std::set<std::string>& chosen) {
    const auto previous = std::exchange(m_chosen, chosen);
    for (int row = 0; row < rowCount(); ++row) {
        const auto& tag = m_choices[static_cast<std::size_t>(row)].tag;
        if (previous.contains(tag) != m_chosen.contains(tag))
            emit dataChanged(index(row), index(row), {ChosenRole});
    }
}

bool TagChoicesModel::offers(const std::string& tag) const {
    return std::ranges::any_of(m_choices, [&](const PlanTag& choice) { return choice.tag == tag; });
}

} // namespace tend::ui
