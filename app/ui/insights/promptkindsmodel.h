#pragma once

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

#include <vector>

namespace tend::ui {

// One switch per kind of suggestion the worker may turn off (every kind but crisis support), with a
// sentence on what it brings. Holds no storage logic: PromptSettingsController reads and writes the choice.
// Not final: QML wraps element types in a derived class.
class PromptKindsModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by PromptSettingsController")

public:
    enum Role {
        KeyRole = Qt::UserRole + 1, // "self_care", "micro_action", ...
        LabelRole,
        DescriptionRole,
        SwitchedOnRole,
    };
    Q_ENUM(Role)

    struct Kind {
        QString key;
        QString label;
        QString description;
        bool enabled = true;
    };

    using QAbstractListModel::QAbstractListModel;

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    // The same kinds with other switch positions update in place, so a switch being flicked keeps its item.
    void setKinds(std::vector<Kind> kinds);

private:
    std::vector<Kind> m_kinds;
};

} // namespace tend::ui
