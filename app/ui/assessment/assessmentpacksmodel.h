#pragma once

#include "assessment/assessmentresult.h"
#include "assessment/assessmentschedule.h"
#include "assessment/availablepacks.h"
#include "storage/changenotifier.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

#include <optional>
#include <string_view>
#include <vector>

namespace tend::ui {

class AppSession;

// The self-assessments the worker can take (Tend's own, then the organisation's), each with whether it
// is due, when it is next offered and how it last came out. Being due is offered quietly: there is no
// count of days overdue.
class AssessmentPacksModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by AssessmentController")

public:
    enum Role {
        PackIdRole = Qt::UserRole + 1,
        NameRole,
        DescriptionRole,
        SourceRole, // "Tend's own questions" or "From <organisation>"
        ValidatedRole,
        DueRole,
        DueTextRole,  // "Ready whenever you are" or "Offered again from <date>"
        LastTextRole, // "Last done on <date>" or "Not done yet"
        AttributionRole,
    };
    Q_ENUM(Role)

    struct Row {
        AvailablePack available;
        AssessmentDue due;
        std::optional<AssessmentResult> latest;
    };

    // Lists nothing until attached to a session (its controller does that).
    explicit AssessmentPacksModel(QObject* parent)
        : QAbstractListModel(parent) {}
    explicit AssessmentPacksModel(AppSession& session, QObject* parent = nullptr);
    void attach(AppSession& session);

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] const std::vector<Row>& rows() const { return m_rows; }
    [[nodiscard]] const Row* find(std::string_view packId) const;
    // Reads packs and results again. If storage cannot be read, the rows stay as they were.
    void reload();

signals:
    void reloaded();

private:
    [[nodiscard]] std::vector<Row> readRows() const;

    AppSession* m_session = nullptr;
    std::vector<Row> m_rows;
    Subscription m_resultsChanges;
    Subscription m_settingsChanges;
};

} // namespace tend::ui
