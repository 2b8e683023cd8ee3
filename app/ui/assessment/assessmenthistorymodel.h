#pragma once

#include "storage/changenotifier.h"

#include <QAbstractListModel>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include <optional>
#include <vector>

namespace tend::ui {

class AppSession;

// Past self-assessment results, grouped by pack (in the order packs are offered), newest first within
// each. The first row of a pack carries its heading and the last its attribution, so a plain Repeater
// can show every pack's credit right under its results. Results of a pack no longer available (an
// organisation's profile changed) are still listed, with the scale ids they were stored under.
class AssessmentHistoryModel final : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Listed by AssessmentResults")
    Q_PROPERTY(bool empty READ empty NOTIFY emptyChanged)

public:
    enum Role {
        PackIdRole = Qt::UserRole + 1,
        PackNameRole,
        AttributionRole,
        FirstOfPackRole,
        LastOfPackRole,
        DateRole,   // the day the result counts for, in words
        ScalesRole, // [{name, score, band, complete}] in the pack's order
    };
    Q_ENUM(Role)

    // Lists nothing until attached to a session (its controller does that).
    explicit AssessmentHistoryModel(QObject* parent)
        : QAbstractListModel(parent) {}
    explicit AssessmentHistoryModel(AppSession& session, QObject* parent = nullptr);
    void attach(AppSession& session);

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
    [[nodiscard]] bool empty() const { return m_rows.empty(); }

    // Reads the results again. If storage cannot be read, the rows stay as they were.
    void reload();

signals:
    void emptyChanged();

private:
    struct Row {
        QString packId;
        QString packName;
        QString attribution;
        bool firstOfPack = false;
        bool lastOfPack = false;
        QString date;
        QVariantList scales;
    };
    [[nodiscard]] std::vector<Row> readRows() const;

    AppSession* m_session = nullptr;
    std::vector<Row> m_rows;
    Subscription m_resultsChanges;
    Subscription m_settingsChanges;
};

} // namespace tend::ui
