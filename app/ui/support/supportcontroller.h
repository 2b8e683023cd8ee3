#pragma once

#include "app/sessionclient.h"
#include "storage/changenotifier.h"
#include "support/contactsmodel.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace tend::ui {

class AppSession;

// Not final: QML wraps element types in a derived class.
// The Support page: crisis lines first, then employee assistance and the supervisor, from the
// organisation profile in use (or the built-in one, which points to emergency numbers and an
// international helpline directory). Follows an import made in Settings at once.
class SupportController : public tend::ui::SessionClient {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(tend::ui::ContactsModel* crisisLines READ crisisLines CONSTANT)
    Q_PROPERTY(tend::ui::ContactsModel* assistance READ assistance CONSTANT)
    Q_PROPERTY(tend::ui::ContactsModel* supervisor READ supervisor CONSTANT)
    Q_PROPERTY(bool hasAssistance READ hasAssistance NOTIFY profileChanged)
    Q_PROPERTY(bool hasSupervisor READ hasSupervisor NOTIFY profileChanged)
    Q_PROPERTY(bool hasOrganisation READ hasOrganisation NOTIFY profileChanged)
    Q_PROPERTY(QString organisationText READ organisationText NOTIFY profileChanged)
    Q_PROPERTY(QString organisationHint READ organisationHint NOTIFY profileChanged)
    Q_PROPERTY(QString profileNotice READ profileNotice NOTIFY profileChanged)

public:
    explicit SupportController(QObject* parent = nullptr);
    SupportController(AppSession& session, QObject* parent = nullptr);

    [[nodiscard]] ContactsModel* crisisLines() { return &m_crisisLines; }
    [[nodiscard]] ContactsModel* assistance() { return &m_assistance; }
    [[nodiscard]] ContactsModel* supervisor() { return &m_supervisor; }
    [[nodiscard]] bool hasAssistance() const { return m_assistance.rowCount() > 0; }
    [[nodiscard]] bool hasSupervisor() const { return m_supervisor.rowCount() > 0; }
    [[nodiscard]] bool hasOrganisation() const { return !m_organisation.isEmpty(); }
    [[nodiscard]] QString organisationText() const;
    [[nodiscard]] QString organisationHint() const;
    [[nodiscard]] QString profileNotice() const { return m_notice; }

    void reload();

signals:
    void profileChanged();

private:
    void onAttached() override;
    ContactsModel m_crisisLines;
    ContactsModel m_assistance;
    ContactsModel m_supervisor;
    QString m_organisation;
    QString m_notice;
    Subscription m_settingsChanges;
};

} // namespace tend::ui
