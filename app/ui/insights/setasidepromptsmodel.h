#pragma once

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

#include <string>
#include <vector>

namespace tend::ui {

// The suggestions the worker set aside for good ("not for me" - "don't show this again"), each of which
// can be allowed again. Holds no storage logic: PromptSettingsController fills it and records the change.
// Not final: QML wraps element types in a derived class.
class SetAsidePromptsModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by PromptSettingsController")

public:
    enum Role {
        TitleRole = Qt::UserRole + 1, // the prompt's title
        DetailRole,                   // its kind, what it was about and when it was set aside
    };
    Q_ENUM(Role)

    struct Entry {
        std::string ruleId;
        std::string subject;
        QString title;
        QString detail;
    };

    using QAbstractListModel::QAbstractListModel;

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    void setEntries(std::vector<Entry> entries);
    [[nodiscard]] const std::vector<Entry>& entries() const { return m_entries; }

private:
    std::vector<Entry> m_entries;
};

} // namespace tend::ui
