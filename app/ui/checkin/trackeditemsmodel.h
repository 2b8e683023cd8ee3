#pragma once

#include "storage/changenotifier.h"

#include "app/qmlpublished.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace tend::ui {

class AppSession;

// Every question of the check-in with a switch: the worker decides what Tend asks about.
class TrackedItemsModel final : public QAbstractListModel {
    Q_OBJECT
    QML_NAMED_ELEMENT(Tracking)
    QML_SINGLETON
    Q_PROPERTY(int trackedCount READ trackedCount NOTIFY trackedCountChanged)

public:
    // QML asks for the instance the composition root published to its engine (qmlpublished.h).
    static TrackedItemsModel* create(QQmlEngine* engine, QJSEngine*) {
        return publishedInstance<TrackedItemsModel>(engine);
    }
    enum Role { ItemIdRole = Qt::UserRole + 1, TextRole, GroupRole, TrackedRole };
    Q_ENUM(Role)

    explicit TrackedItemsModel(AppSession& session, QObject* parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] int trackedCount() const;
    Q_INVOKABLE void setTracked(const QString& itemId, bool tracked);

signals:
    void trackedCountChanged();

private:
    AppSession& m_session;
    Subscription m_settingsChanges;
};

} // namespace tend::ui
