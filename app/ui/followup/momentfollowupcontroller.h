#pragma once

#include "app/sessionclient.h"
#include "care/momentfollowup.h"
#include "storage/changenotifier.h"
#include "support/contactsmodel.h"

#include <QStringList>
#include <QtQml/qqmlregistration.h>

namespace tend::ui {

class AppSession;

// The gentle follow-up after a very hard moment, opened from its prompt: a grounding exercise to read
// there and then, a card on reactions many people have afterwards, the people the organisation profile
// names for talking it through (none are made up), and the offer to be checked on again in two days, which
// can be withdrawn. It only reads and offers: it never opens itself and records nothing in the prompt
// history, so nothing of it is pushed a second time.
// Not final: QML wraps element types in a derived class.
class MomentFollowUpController : public tend::ui::SessionClient {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString heading READ heading NOTIFY changed)
    Q_PROPERTY(QString intro READ intro NOTIFY changed)
    Q_PROPERTY(bool hasGrounding READ hasGrounding NOTIFY changed)
    Q_PROPERTY(QString groundingTitle READ groundingTitle NOTIFY changed)
    Q_PROPERTY(QStringList groundingParagraphs READ groundingParagraphs NOTIFY changed)
    Q_PROPERTY(bool hasReactionsCard READ hasReactionsCard NOTIFY changed)
    Q_PROPERTY(QString reactionsTitle READ reactionsTitle NOTIFY changed)
    Q_PROPERTY(QString reactionsSummary READ reactionsSummary NOTIFY changed)
    Q_PROPERTY(QStringList reactionsParagraphs READ reactionsParagraphs NOTIFY changed)
    Q_PROPERTY(tend::ui::ContactsModel* contacts READ contacts CONSTANT)
    Q_PROPERTY(bool hasContacts READ hasContacts NOTIFY changed)
    Q_PROPERTY(QString contactsText READ contactsText NOTIFY changed)
    Q_PROPERTY(bool recheckAsked READ recheckAsked NOTIFY changed)
    Q_PROPERTY(QString recheckText READ recheckText NOTIFY changed)
    Q_PROPERTY(QString errorText READ errorText NOTIFY changed)

public:
    // The re-check is offered for this many days ahead ("in two days").
    static constexpr int recheckDays = 2;

    explicit MomentFollowUpController(QObject* parent = nullptr);
    MomentFollowUpController(AppSession& session, QObject* parent = nullptr);

    [[nodiscard]] QString heading() const;
    [[nodiscard]] QString intro() const;
    [[nodiscard]] bool hasGrounding() const { return !m_groundingParagraphs.isEmpty(); }
    [[nodiscard]] QString groundingTitle() const { return m_groundingTitle; }
    [[nodiscard]] QStringList groundingParagraphs() const { return m_groundingParagraphs; }
    [[nodiscard]] bool hasReactionsCard() const { return !m_reactionsParagraphs.isEmpty(); }
    [[nodiscard]] QString reactionsTitle() const { return m_reactionsTitle; }
    [[nodiscard]] QString reactionsSummary() const { return m_reactionsSummary; }
    [[nodiscard]] QStringList reactionsParagraphs() const { return m_reactionsParagraphs; }
    [[nodiscard]] ContactsModel* contacts() { return &m_contacts; }
    [[nodiscard]] bool hasContacts() const { return m_contacts.rowCount() > 0; }
    [[nodiscard]] QString contactsText() const;
    [[nodiscard]] bool recheckAsked() const { return m_followUp.recheckOn.has_value(); }
    [[nodiscard]] QString recheckText() const;
    [[nodiscard]] QString errorText() const { return m_errorText; }

    // "Check in with me again in two days", and taking that back. Each returns false, with errorText set,
    // when it could not be stored.
    Q_INVOKABLE bool askForRecheck();
    Q_INVOKABLE bool cancelRecheck();

signals:
    void changed();

private:
    void onAttached() override;
    void reload();
    template <typename Change> bool change(Change&& change);

    MomentFollowUp m_followUp;
    bool m_read = false; // false: the data could not be read, and the page says so
    QString m_groundingTitle;
    QStringList m_groundingParagraphs;
    QString m_reactionsTitle;
    QString m_reactionsSummary;
    QStringList m_reactionsParagraphs;
    ContactsModel m_contacts;
    QString m_errorText;
    Subscription m_momentChanges;
    Subscription m_settingsChanges;
};

} // namespace tend::ui
