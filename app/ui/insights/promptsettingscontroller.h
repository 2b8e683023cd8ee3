#pragma once

#include "app/sessionclient.h"
#include "insights/promptkindsmodel.h"
#include "insights/setasidepromptsmodel.h"
#include "storage/changenotifier.h"

#include <QtQml/qqmlregistration.h>

namespace tend::ui {

class AppSession;

// Settings, "Suggestions": which kinds of suggestion Tend may make (crisis support cannot be turned off),
// and the suggestions set aside for good, each of which can be allowed again. Every change is stored at
// once and follows changes made elsewhere.
// Not final: QML wraps element types in a derived class.
class PromptSettingsController : public tend::ui::SessionClient {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(tend::ui::PromptKindsModel* kinds READ kinds CONSTANT)
    Q_PROPERTY(tend::ui::SetAsidePromptsModel* setAside READ setAside CONSTANT)
    Q_PROPERTY(bool hasSetAside READ hasSetAside NOTIFY setAsideChanged)
    Q_PROPERTY(QString setAsideEmptyText READ setAsideEmptyText NOTIFY setAsideChanged)
    Q_PROPERTY(QString crisisNote READ crisisNote CONSTANT)
    Q_PROPERTY(QString statusText READ statusText NOTIFY messageChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY messageChanged)

public:
    explicit PromptSettingsController(QObject* parent = nullptr);
    PromptSettingsController(AppSession& session, QObject* parent = nullptr);

    [[nodiscard]] PromptKindsModel* kinds() { return &m_kinds; }
    [[nodiscard]] SetAsidePromptsModel* setAside() { return &m_setAside; }
    [[nodiscard]] bool hasSetAside() const { return m_setAside.rowCount() > 0; }
    [[nodiscard]] QString setAsideEmptyText() const;
    [[nodiscard]] QString crisisNote() const;
    [[nodiscard]] QString statusText() const { return m_statusText; }
    [[nodiscard]] QString errorText() const { return m_errorText; }

    // Turns a kind ("self_care", "micro_action", "moment_follow_up", "talk_to_supervisor",
    // "professional_support") on or off.
    // Returns false, with errorText set, when nothing changed (crisis support is never turned off).
    Q_INVOKABLE bool setKindEnabled(const QString& kindKey, bool enabled);
    // Lets a suggestion set aside for good show again when it fits.
    Q_INVOKABLE bool allowAgain(int row);

signals:
    void setAsideChanged();
    void messageChanged();

private:
    void onAttached() override;
    void reloadKinds();
    void reloadSetAside();
    void setMessage(QString status, QString error);

    PromptKindsModel m_kinds;
    SetAsidePromptsModel m_setAside;
    QString m_statusText;
    QString m_errorText;
    Subscription m_settingsChanges;
    Subscription m_eventChanges;
};

} // namespace tend::ui
