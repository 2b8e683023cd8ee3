#pragma once

#include "content/selfcarelibrary.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

#include <set>
#include <string>
#include <vector>

namespace tend::ui {

// The shipped self-care ideas, grouped by category (body, mind, connection, boundaries, rest, meaning, in
// that order; file order within each), each marked when it is already in the worker's plan.
class SelfCareLibraryModel final : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by SelfCareController")

public:
    enum Role {
        LibraryIdRole = Qt::UserRole + 1,
        TitleRole,
        DetailRole,
        CategoryRole, // translated name, for section headings
        MinutesRole,
        MinutesTextRole,
        InPlanRole,
    };
    Q_ENUM(Role)

    explicit SelfCareLibraryModel(const SelfCareLibrary& library, QObject* parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    // The library ids of the actions in the active plan.
    void setInPlan(const std::set<std::string>& libraryIds);

private:
    std::vector<const SelfCareAction*> m_actions;
    std::set<std::string> m_inPlan;
};

} // namespace tend::ui
