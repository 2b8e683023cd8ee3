#include "selfcare/selfcarelibrarymodel.h"

#include "selfcare/selfcarewording.h"

#include <utility>

namespace tend::ui {

SelfCareLibraryModel::SelfCareLibraryModel(const SelfCareLibrary& library, QObject* parent)
    : QAbstractListModel(parent) {
    // A list view draws a section heading wherever the category changes, so each category's actions
    // must be next to each other.
    for (const auto category : allSelfCareCategories)
        for (const auto& action : library.actions)
            if (action.category == category)
                m_actions.push_back(&action);
}

int SelfCareLibraryModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_actions.size());
}

QVariant SelfCareLibraryModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto& action = *m_actions[static_cast<std::size_t>(index.row())];
    switch (role) {
    case LibraryIdRole:
        return QString::fromStdString(action.id);
    case Qt::DisplayRole:
    case TitleRole:
        return libraryTitle(action);
    case DetailRole:
        return libraryDetail(action);
    case CategoryRole:
        return selfCareCategoryName(action.category);
    case MinutesRole:
        return action.minutes;
    case MinutesTextRole:
        return roughMinutes(action.minutes);
    case InPlanRole:
        return m_inPlan.contains(action.id);
    default:
        return {};
    }
}

QHash<int, QByteArray> SelfCareLibraryModel::roleNames() const {
    return {
        {LibraryIdRole, "libraryId"}, {TitleRole, "title"},     {DetailRole, "detail"},
        {CategoryRole, "category"},   {MinutesRole, "minutes"}, {MinutesTextRole, "minutesText"},
        {InPlanRole, "inPlan"},
    };
}

void SelfCareLibraryModel::setInPlan(const std::set<std::string>& libraryIds) {
    const auto previous = std::exchange(m_inPlan, libraryIds);
    for (int row = 0; row < rowCount(); ++row) {
        const auto& id = m_actions[static_cast<std::size_t>(row)]->id;
        if (previous.contains(id) != m_inPlan.contains(id))
            emit dataChanged(index(row), index(row), {InPlanRole});
    }
}

} // namespace tend::ui
