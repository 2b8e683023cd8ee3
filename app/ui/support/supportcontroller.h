#pragma once

#include "app/sessionclient.h"
#include "storage/changenotifier.h"
#include "support/contactsmodel.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace tend::ui {

class AppSession;

// Not final: QML wraps element types in a derived class.
// Who the worker can reach, for the Support page, the lock screen's support view and Today's card after a
// very hard check-in: the emergency number of their country first (from the table Tend ships, for the
// country chosen in Settings or else the device's region; never an invented number), then the crisis lines
// of the organisation profile in use, the worker's own contacts, the organisation's peer support, employee
// assistance and the supervisor. Contacts only: nothing of the worker's check-ins, notes or insights, so
// it is safe to show while the app is locked. Follows changes made in Settings and on the Support page at
// once.
class SupportController : public tend::ui::SessionClient {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(tend::ui::ContactsModel* emergency READ emergency CONSTANT)
    Q_PROPERTY(tend::ui::ContactsModel* crisisLines READ crisisLines CONSTANT)
    Q_PROPERTY(tend::ui::ContactsModel* personalContacts READ personalContacts CONSTANT)
    Q_PROPERTY(tend::ui::ContactsModel* peerSupport READ peerSupport CONSTANT)
    Q_PROPERTY(tend::ui::ContactsModel* assistance READ assistance CONSTANT)
    Q_PROPERTY(tend::ui::ContactsModel* supervisor READ supervisor CONSTANT)
    Q_PROPERTY(bool hasEmergencyNumber READ hasEmergencyNumber NOTIFY profileChanged)
    Q_PROPERTY(QString emergencyText READ emergencyText NOTIFY profileChanged)
    Q_PROPERTY(QString emergencyHint READ emergencyHint NOTIFY profileChanged)
    Q_PROPERTY(QString emergencyTableNote READ emergencyTableNote CONSTANT)
    Q_PROPERTY(bool hasPersonalContacts READ hasPersonalContacts NOTIFY profileChanged)
    Q_PROPERTY(bool hasPeerSupport READ hasPeerSupport NOTIFY profileChanged)
    Q_PROPERTY(bool hasAssistance READ hasAssistance NOTIFY profileChanged)
    Q_PROPERTY(bool hasSupervisor READ hasSupervisor NOTIFY profileChanged)
    Q_PROPERTY(bool hasOrganisation READ hasOrganisation NOTIFY profileChanged)
    Q_PROPERTY(QString summaryText READ summaryText NOTIFY profileChanged)
    Q_PROPERTY(QString peerSupportHeading READ peerSupportHeading NOTIFY profileChanged)
    Q_PROPERTY(QString organisationText READ organisationText NOTIFY profileChanged)
    Q_PROPERTY(QString organisationHint READ organisationHint NOTIFY profileChanged)
    Q_PROPERTY(QString profileNotice READ profileNotice NOTIFY profileChanged)

public:
    explicit SupportController(QObject* parent = nullptr);
    SupportController(AppSession& session, QObject* parent = nullptr);

    [[nodiscard]] ContactsModel* emergency() { return &m_emergency; }
    [[nodiscard]] ContactsModel* crisisLines() { return &m_crisisLines; }
    [[nodiscard]] ContactsModel* personalContacts() { return &m_personal; }
    [[nodiscard]] ContactsModel* peerSupport() { return &m_peerSupport; }
    [[nodiscard]] ContactsModel* assistance() { return &m_assistance; }
    [[nodiscard]] ContactsModel* supervisor() { return &m_supervisor; }
    [[nodiscard]] bool hasEmergencyNumber() const { return m_emergency.rowCount() > 0; }
    // What Tend knows about the emergency number, always true as said: the number and its country, or
    // plainly that the worker should call their local emergency number.
    [[nodiscard]] QString emergencyText() const { return m_emergencyText; }
    // Where the country came from and where to change it; for the Support page, not the lock screen.
    [[nodiscard]] QString emergencyHint() const { return m_emergencyHint; }
    // Where Tend's emergency numbers come from, and that they were not checked with each country's services.
    [[nodiscard]] QString emergencyTableNote() const;
    [[nodiscard]] bool hasPersonalContacts() const { return m_personal.rowCount() > 0; }
    [[nodiscard]] bool hasPeerSupport() const { return m_peerSupport.rowCount() > 0; }
    [[nodiscard]] bool hasAssistance() const { return m_assistance.rowCount() > 0; }
    [[nodiscard]] bool hasSupervisor() const { return m_supervisor.rowCount() > 0; }
    [[nodiscard]] bool hasOrganisation() const { return !m_organisation.isEmpty(); }
    // What the view holds, one line per kind of contact, e.g. "Your emergency number: 112 (Germany)." and
    // "Your own contacts: Dr Lee, Sam.", so that no one is promised more than is there.
    [[nodiscard]] QString summaryText() const { return m_summary; }
    [[nodiscard]] QString peerSupportHeading() const;
    [[nodiscard]] QString organisationText() const;
    [[nodiscard]] QString organisationHint() const;
    [[nodiscard]] QString profileNotice() const { return m_notice; }

    void reload();

signals:
    void profileChanged();

private:
    void onAttached() override;
    void loadEmergency();
    void loadPersonal();
    void buildSummary();

    ContactsModel m_emergency;
    ContactsModel m_crisisLines;
    ContactsModel m_personal;
    ContactsModel m_peerSupport;
    ContactsModel m_assistance;
    ContactsModel m_supervisor;
    QString m_summary;
    QString m_emergencySummary;
    QString m_emergencyText;
    QString m_emergencyHint;
    QString m_organisation;
    QString m_notice;
    Subscription m_settingsChanges;
    Subscription m_contactChanges;
};

} // namespace tend::ui
