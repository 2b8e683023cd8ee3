#pragma once

#include "app/sessionclient.h"
#include "domain/personalcontactcheck.h"
#include "storage/changenotifier.h"

#include <QObject>
#include <QString>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

#include <optional>
#include <vector>

namespace tend::ui {

class AppSession;

// Not final: QML wraps element types in a derived class.
// "Your own contacts" on the Support page: one editor to add, change, order and remove the people and
// services the worker added (their GP, a therapist, a peer supporter, a trusted person, a helpline); the
// list itself shows through SupportController. The fields are checked here, with a plain message at each
// field that needs attention (shown once the worker tries to save, then kept up to date as they type). Saved
// contacts appear at once wherever support is offered, the lock screen included.
class PersonalContactEditor : public tend::ui::SessionClient {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(bool hasContacts READ hasContacts NOTIFY listChanged)
    Q_PROPERTY(bool canAdd READ canAdd NOTIFY listChanged)
    Q_PROPERTY(QString listHint READ listHint NOTIFY listChanged)
    Q_PROPERTY(QStringList kindLabels READ kindLabels CONSTANT)
    Q_PROPERTY(bool editing READ editing NOTIFY stateChanged)
    Q_PROPERTY(bool isNew READ isNew NOTIFY stateChanged)
    Q_PROPERTY(QString editorTitle READ editorTitle NOTIFY stateChanged)
    Q_PROPERTY(bool confirmingRemove READ confirmingRemove NOTIFY stateChanged)
    Q_PROPERTY(QString removeQuestion READ removeQuestion NOTIFY stateChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY stateChanged)
    Q_PROPERTY(QString confirmation READ confirmation NOTIFY stateChanged)
    Q_PROPERTY(int kindIndex READ kindIndex WRITE setKindIndex NOTIFY fieldsChanged)
    Q_PROPERTY(QString name READ name WRITE setName NOTIFY fieldsChanged)
    Q_PROPERTY(QString phone READ phone WRITE setPhone NOTIFY fieldsChanged)
    Q_PROPERTY(QString sms READ sms WRITE setSms NOTIFY fieldsChanged)
    Q_PROPERTY(QString url READ url WRITE setUrl NOTIFY fieldsChanged)
    Q_PROPERTY(QString note READ note WRITE setNote NOTIFY fieldsChanged)
    Q_PROPERTY(QString nameError READ nameError NOTIFY fieldsChanged)
    Q_PROPERTY(QString phoneError READ phoneError NOTIFY fieldsChanged)
    Q_PROPERTY(QString smsError READ smsError NOTIFY fieldsChanged)
    Q_PROPERTY(QString urlError READ urlError NOTIFY fieldsChanged)
    Q_PROPERTY(QString noteError READ noteError NOTIFY fieldsChanged)
    Q_PROPERTY(QString reachError READ reachError NOTIFY fieldsChanged)

public:
    explicit PersonalContactEditor(QObject* parent = nullptr);
    PersonalContactEditor(AppSession& session, QObject* parent = nullptr);

    [[nodiscard]] bool hasContacts() const { return !m_stored.empty(); }
    [[nodiscard]] bool canAdd() const;
    [[nodiscard]] QString listHint() const;
    // In the order of allPersonalContactKinds.
    [[nodiscard]] QStringList kindLabels() const;
    [[nodiscard]] bool editing() const { return m_editing; }
    [[nodiscard]] bool isNew() const { return m_editing && m_editingId == 0; }
    [[nodiscard]] QString editorTitle() const;
    [[nodiscard]] bool confirmingRemove() const { return m_confirmingRemove; }
    [[nodiscard]] QString removeQuestion() const;
    [[nodiscard]] QString errorText() const { return m_errorText; }
    [[nodiscard]] QString confirmation() const { return m_confirmation; }

    [[nodiscard]] int kindIndex() const { return m_kindIndex; }
    [[nodiscard]] QString name() const { return m_name; }
    [[nodiscard]] QString phone() const { return m_phone; }
    [[nodiscard]] QString sms() const { return m_sms; }
    [[nodiscard]] QString url() const { return m_url; }
    [[nodiscard]] QString note() const { return m_note; }
    void setKindIndex(int index);
    void setName(const QString& text);
    void setPhone(const QString& text);
    void setSms(const QString& text);
    void setUrl(const QString& text);
    void setNote(const QString& text);

    // Empty while there is nothing to say (before the first attempt to save, and once a field is fine).
    [[nodiscard]] QString nameError() const { return fieldError(ContactField::Name); }
    [[nodiscard]] QString phoneError() const { return fieldError(ContactField::Phone); }
    [[nodiscard]] QString smsError() const { return fieldError(ContactField::Sms); }
    [[nodiscard]] QString urlError() const { return fieldError(ContactField::Url); }
    [[nodiscard]] QString noteError() const { return fieldError(ContactField::Note); }
    [[nodiscard]] QString reachError() const { return fieldError(ContactField::WayToReach); }

    // Opens the editor empty, for a new contact (refused at the limit).
    Q_INVOKABLE bool startNew();
    // Opens the editor on a stored contact; false if there is none with that id.
    Q_INVOKABLE bool startEdit(qint64 id);
    // Checks the fields and stores the contact; false (with the fields' messages or errorText) if not.
    Q_INVOKABLE bool save();
    Q_INVOKABLE void cancel();
    // Removing asks first: the worker may not have the number anywhere else.
    Q_INVOKABLE void askRemove();
    Q_INVOKABLE bool confirmRemove();
    Q_INVOKABLE void cancelRemove();
    Q_INVOKABLE bool moveUp(qint64 id);
    Q_INVOKABLE bool moveDown(qint64 id);

signals:
    void listChanged();
    void stateChanged();
    void fieldsChanged();

private:
    void onAttached() override;
    void reload();
    void setField(QString& field, const QString& text);
    void clearMessages();
    [[nodiscard]] PersonalContact draft() const;
    [[nodiscard]] QString fieldError(ContactField field) const;
    [[nodiscard]] QString problemText(const PersonalContactProblem& problem) const;
    [[nodiscard]] bool move(qint64 id, int step);

    std::vector<PersonalContact> m_stored;
    bool m_editing = false;
    qint64 m_editingId = 0;
    bool m_triedSave = false;
    bool m_confirmingRemove = false;
    int m_kindIndex = 0;
    QString m_name;
    QString m_phone;
    QString m_sms;
    QString m_url;
    QString m_note;
    QString m_errorText;
    QString m_confirmation;
    Subscription m_changes;
};

} // namespace tend::ui
