#include "selfcare/planmodel.h"

#include <algorithm>

namespace tend::ui {

int PlanModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_actions.size());
}

QVariant PlanModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto& action = m_actions[static_cast<std::size_t>(index.row())];
    switch (role) {
    case ActionIdRole:
        return QVariant::fromValue<qint64>(action.id);
    case Qt::DisplayRole:
    case TitleRole:
        return QString::fromStdString(action.title);
    case FromLibraryRole:
        return action.libraryId.has_value();
    case DoneRole:
        return m_done.contains(action.id);
    case IsFirstRole:
        return index.row() == 0;
    case IsLastRole:
        return index.row() == rowCount() - 1;
    case CanTagRole:
        return !action.libraryId.has_value();
    case TagsTextRole:
        return action.libraryId ? QString() : tagsText(action.tags);
    default:
        return {};
    }
}

QHash<int, QByteArray> PlanModel::roleNames() const {
    return {
        {ActionIdRole, "actionId"}, {TitleRole, "title"},       {FromLibraryRole, "fromLibrary"},
        {DoneRole, "done"},         {IsFirstRole, "isFirst"},   {IsLastRole, "isLast"},
        {CanTagRole, "canTag"},     {TagsTextRole, "tagsText"},
    };
}

void PlanModel::setActions(std::vector<PlanAction> actions) {
    const bool sameRows = std::equal(m_actions.begin(), m_actions.end(), actions.begin(), actions.end(),
                                     [](const PlanAction& a, const PlanAction& b) { return a.id == b.id; });
    if (!sameRows) {
        beginResetModel();
        m_actions = std::move(actions);
        endResetModel();
        return;
    }
    for (std::size_t row = 0; row < actions.size(); ++row) {
        if (actions[row].title == m_actions[row].title &&
            actions[row].libraryId == m_actions[row].libraryId && actions[row].tags == m_actions[row].tags)
            continue;
        m_actions[row] = std::move(actions[row]);
        const auto changed = index(static_cast<int>(row));
        emit dataChanged(changed, changed,
                         {TitleRole, Qt::DisplayRole, FromLibraryRole, CanTagRole, TagsTextRole});
    }
}

void PlanModel::setDone(const std::set<std::int64_t>& done) {
    const auto previous = std::exchange(m_done, done);
    for (int row = 0; row < rowCount(); ++row) {
        const auto id = m_actions[static_cast<std::size_t>(row)].id;
        if (previous.contains(id) != m_done.contains(id))
            emit dataChanged(index(row), index(row), {DoneRole});
    }
}

void PlanModel::setTagLabels(std::map<std::string, QString> labels) {
    m_tagLabels = std::move(labels);
    if (rowCount() > 0)
        emit dataChanged(index(0), index(rowCount() - 1), {TagsTextRole});
}

QString PlanModel::tagsText(const std::vector<std::string>& tags) const {
    if (tags.empty())
        return tr("Not linked to anything yet, so Tend won't suggest it.");
    QStringList names;
    for (const auto& tag : tags) {
        const auto it = m_tagLabels.find(tag);
        names << (it == m_tagLabels.end() ? QString::fromStdString(tag) : it->second.toLower());
    }
    return tr("Tend may suggest it when one of these is harder than usual: %1.")
        .arg(names.join(QStringLiteral(", ")));
}

int PlanModel::rowOf(std::int64_t actionId) const {
    const auto it = std::ranges::find(m_actions, actionId, &PlanAction::id);
    return it == m_actions.end() ? -1 : static_cast<int>(it - m_actions.begin());
}

} // namespace tend::ui
