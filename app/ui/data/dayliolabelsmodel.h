#pragma once

#include <QAbstractListModel>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

#include <vector>

namespace tend::ui {

// Not final: QML wraps element types in a derived class.
// The mood or activity labels of a Daylio file, each with how often it is used and what it becomes, as
// one choice among `choices`. The Daylio import controller fills it and turns a choice back into its
// mapping.
class DaylioLabelsModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by DaylioImportController")

public:
    enum Role { LabelRole = Qt::UserRole + 1, DetailRole, ChoicesRole, ChoiceIndexRole };

    struct Row {
        QString label;
        QString detail;
        int choiceIndex = 0;
    };

    using QAbstractListModel::QAbstractListModel;

    void reset(QStringList choices, std::vector<Row> rows);
    void setChoice(int row, int choiceIndex);

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

private:
    QStringList m_choices;
    std::vector<Row> m_rows;
};

} // namespace tend::ui
