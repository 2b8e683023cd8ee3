#pragma once

#include "selfcare/plantagchoices.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

#include <set>
#include <string>
#include <vector>

namespace tend::ui {

// The tags a plan action may have, each as a chip the worker turns on or off. Holds no storage logic:
// SelfCareController decides what a choice does.
// Not final: QML wraps element types in a derived class.
class TagChoicesModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by SelfCareController")

public:
    enum Role {
        TagRole = Qt::UserRole + 1,
        LabelRole,
        ChosenRole,
    };
    Q_ENUM(Role)

    using QAbstractListModel::QAbstractListModel;

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    void setChoices(std::vector<PlanTag> choices);
    // Marks these tags chosen and the others not; rows change in place.
    void setChosen(const std::set<std::string>& chosen);
    [[nodiscard]] const std::set<std::string>& chosen() const { return m_chosen; }
    [[nodiscard]] bool offers(const std::string& tag) const;

private:
    std::vector<PlanTag> m_choices;
    std::set<std::string> m_chosen;
};

} // namespace tend::ui
