#pragma once

#include "domain/checkindefinition.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

#include <map>
#include <optional>
#include <vector>

namespace tend::ui {

// The questions of one check-in, with the worker's current answers. Holds no storage logic: the
// CheckinEditor that owns it saves every change.
class CheckinItemsModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by CheckinEditor")

public:
    enum Role {
        ItemIdRole = Qt::UserRole + 1,
        TextRole,
        HelpRole,
        GroupRole,
        IsCountRole,
        MinimumRole,
        MaximumRole,
        LabelsRole,
        ValueRole, // -1 when not answered
        AnsweredRole,
        ValueLabelRole,
    };
    Q_ENUM(Role)

    explicit CheckinItemsModel(QObject* parent = nullptr)
        : QAbstractListModel(parent) {}

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    // Replaces the list of questions (the worker's tracked items, in definition order).
    void setItems(std::vector<const CheckinItem*> items);
    // Updates answers in place, so views keep their scroll position while the worker taps.
    void setAnswers(const std::map<std::string, int>& answers);

    [[nodiscard]] int answeredCount() const;

private:
    struct Row {
        const CheckinItem* item;
        std::optional<int> value;
    };
    std::vector<Row> m_rows;
};

} // namespace tend::ui
