#pragma once

#include "assessment/instrumentpack.h"

#include <QAbstractListModel>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace tend::ui {

// The questions of the pack being taken, with the answers given so far. Holds no storage logic: the
// AssessmentController that owns it scores and saves.
class AssessmentItemsModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by AssessmentController")

public:
    enum Role {
        ItemIdRole = Qt::UserRole + 1,
        NumberRole, // "3 of 10"
        TextRole,
        LabelsRole,
        MinimumRole,
        ValueRole, // -1 when not answered
        AnsweredRole,
    };
    Q_ENUM(Role)

    explicit AssessmentItemsModel(QObject* parent = nullptr)
        : QAbstractListModel(parent) {}

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    // Shows the items of `pack` (null: none). The model keeps its own copy of what it shows.
    void setPack(const InstrumentPack* pack);
    // Updates answers in place, so the view keeps its scroll position while the worker taps.
    void setAnswers(const std::map<std::string, int>& answers);

private:
    struct Row {
        PackItem item;
        std::optional<int> value;
    };
    std::vector<Row> m_rows;
    QStringList m_labels;
    int m_minimum = 0;
};

} // namespace tend::ui
