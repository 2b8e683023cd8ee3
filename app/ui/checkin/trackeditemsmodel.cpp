#include "checkin/trackeditemsmodel.h"

#include "app/appsession.h"
#include "common/groupwording.h"
#include "common/storageguard.h"
#include "storage/storageerror.h"

namespace tend::ui {

TrackedItemsModel::TrackedItemsModel(AppSession& session, QObject* parent)
    : QAbstractListModel(parent)
    , m_session(session) {
    m_settingsChanges = m_session.settings().changes().subscribe([this] {
        if (rowCount() > 0)
            emit dataChanged(index(0), index(rowCount() - 1), {TrackedRole});
        emit trackedCountChanged();
    });
}

int TrackedItemsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_session.definition().items.size());
}

QVariant TrackedItemsModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CheckinItem& item = m_session.definition().items[static_cast<std::size_t>(index.row())];
    switch (role) {
    case ItemIdRole:
        return QString::fromStdString(item.id);
    case Qt::DisplayRole:
    case TextRole:
        return itemText(item);
    case GroupRole:
        return groupDisplayName(item.group);
    case TrackedRole:
        return readOr([&] { return m_session.tracking().isTracked(item.id); }, item.enabledByDefault);
    }
    return {};
}

QHash<int, QByteArray> TrackedItemsModel::roleNames() const {
    return {{ItemIdRole, "itemId"}, {TextRole, "question"}, {GroupRole, "group"}, {TrackedRole, "tracked"}};
}

int TrackedItemsModel::trackedCount() const {
    return static_cast<int>(
        readOr([this] { return m_session.tracking().trackedItems(); }, m_session.tracking().defaultItems())
            .size());
}

void TrackedItemsModel::setTracked(const QString& itemId, bool tracked) {
    if (!m_session.definition().find(itemId.toStdString()))
        return;
    try {
        m_session.tracking().setTracked(itemId.toStdString(), tracked);
    } catch (const StorageError& error) {
        qWarning("Could not store the choice of questions: %s", error.what());
        // Put the switch back to what is stored.
        emit dataChanged(index(0), index(rowCount() - 1), {TrackedRole});
    }
}

} // namespace tend::ui
