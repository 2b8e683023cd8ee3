#pragma once

#include "supervision/serviceneeds.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

#include <vector>

namespace tend::ui {

// The picks of "What I need from the service" (serviceNeeds()), each on or off. None is picked at first:
// asking for something is the worker's move, never a default.
// Not final: QML wraps element types in a derived class.
class SupervisionNeedsModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by SupervisionController")

public:
    enum Role {
        KeyRole = Qt::UserRole + 1,
        LabelRole,
        PickedRole,
    };
    Q_ENUM(Role)

    explicit SupervisionNeedsModel(QObject* parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    // Returns false for a row that does not exist.
    bool setPicked(int row, bool picked);
    // The labels of the picked needs, in the list's order.
    [[nodiscard]] QStringList pickedLabels() const;

private:
    QList<ServiceNeed> m_needs;
    std::vector<bool> m_picked;
};

} // namespace tend::ui
