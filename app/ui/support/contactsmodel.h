#pragma once

#include "content/emergencynumbers.h"
#include "content/orgprofile.h"
#include "domain/personalcontact.h"

#include <QAbstractListModel>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

#include <vector>

namespace tend::ui {

// Ways to reach people, ready for buttons: each contact carries the links it has (a call, a text, a web
// page, an email) and nothing for the ones it lacks, so the page offers only what works.
// Not final: QML wraps element types in a derived class.
class ContactsModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by SupportController")

public:
    enum Role {
        NameRole = Qt::UserRole + 1,
        DetailRole, // how to reach them, as text: numbers, address, hours
        NoteRole,
        CallUrlRole, // as text, empty when there is no such way
        TextUrlRole,
        WebUrlRole,
        EmailUrlRole,
        CallLabelRole, // accessible names, e.g. "Call Staff crisis line"
        TextLabelRole,
        WebLabelRole,
        EmailLabelRole,
        HasActionsRole,  // any of the links above
        OfflineNoteRole, // says so when a way to reach them needs the internet; empty otherwise
        ContactIdRole,   // the id of a contact the worker added; 0 for all others
        CanMoveUpRole,   // not the first in the list, so it can move up (the worker's own contacts)
        CanMoveDownRole, // not the last
    };
    Q_ENUM(Role)

    struct Contact {
        QString name;
        QString detail;
        QString note;
        QUrl call;
        QUrl text;
        QUrl web;
        QUrl email;
        QString offlineNote;
        std::int64_t id = 0;
    };

    explicit ContactsModel(QObject* parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    void setContacts(std::vector<Contact> contacts);
    [[nodiscard]] const std::vector<Contact>& contacts() const { return m_contacts; }

    [[nodiscard]] static Contact fromCrisisLine(const CrisisLine& line);
    [[nodiscard]] static Contact fromAssistance(const EmployeeAssistance& assistance);
    [[nodiscard]] static Contact fromSupervisor(const SupervisorContact& supervisor);
    [[nodiscard]] static Contact fromPersonal(const PersonalContact& personal);
    // A national emergency number, called by its digits; `others` lists the country's other numbers.
    [[nodiscard]] static Contact fromEmergency(const EmergencyNumber& number, const QString& name,
                                               const QString& others);
    // "tel:+442079460000" for "+44 (0)20 7946-0000": dialable characters only, and the "(0)" a number
    // written for both home and abroad carries is dropped once there is a country code.
    [[nodiscard]] static QUrl phoneUrl(const std::string& number, const QString& scheme);

private:
    std::vector<Contact> m_contacts;
};

} // namespace tend::ui
