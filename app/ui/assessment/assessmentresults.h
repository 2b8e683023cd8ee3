#pragma once

#include "app/sessionclient.h"
#include "assessment/assessmenthistorymodel.h"

#include <QtQml/qqmlregistration.h>

namespace tend::ui {

// What the AssessmentHistory component shows: the past results, and whether there are any. QML creates
// this object and lists its rows. (A list model created by QML directly cannot be checked by Qt 6.4's
// qmllint, which has no description of QAbstractItemModel.)
// Not final: QML wraps element types in a derived class.
class AssessmentResults : public tend::ui::SessionClient {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(tend::ui::AssessmentHistoryModel* rows READ rows CONSTANT)
    Q_PROPERTY(bool empty READ empty NOTIFY emptyChanged)

public:
    explicit AssessmentResults(QObject* parent = nullptr);

    [[nodiscard]] AssessmentHistoryModel* rows() { return &m_rows; }
    [[nodiscard]] bool empty() const { return m_rows.empty(); }

signals:
    void emptyChanged();

private:
    void onAttached() override;

    AssessmentHistoryModel m_rows{this};
};

} // namespace tend::ui
