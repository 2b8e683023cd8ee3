#pragma once

#include "security/pinlock.h"

#include "app/qmlpublished.h"

#include <QObject>
#include <QString>
#include <QTimer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include <boost/date_time/posix_time/posix_time_types.hpp>

#include <chrono>
#include <optional>

namespace tend {
class ScreenPrivacy;
}

namespace tend::ui {

class AppSession;

struct LockOptions {
    PinHashCost hashCost = PinHashCost::interactive();
    // How long without input before the app locks; zero means the idle time the worker chose. Tests
    // inject a short one.
    std::chrono::milliseconds idleInterval{0};
    // How often a running wait is counted down on screen.
    std::chrono::milliseconds tick{1000};
};

// The app lock as QML sees it (the singleton `Lock`). Locks when the app starts with a PIN set, after the
// chosen idle time without input, and when the app goes to the background; while locked the main content
// is not drawn and the platform is asked to keep it out of snapshots.
//
// confirm(purpose) is the one re-authentication step before anything that takes data out of Tend or
// destroys it: export, backup, delete everything, changing sharing consent. Those callers call
// confirm("export") and act only on confirmed("export"); with a PIN the worker types it again, without
// one they confirm plainly.
class LockController final : public QObject {
    Q_OBJECT
    QML_NAMED_ELEMENT(Lock)
    QML_SINGLETON
    Q_PROPERTY(bool enabled READ enabled NOTIFY enabledChanged)
    Q_PROPERTY(bool digitsOnly READ digitsOnly NOTIFY enabledChanged)
    Q_PROPERTY(bool locked READ locked NOTIFY lockedChanged)
    Q_PROPERTY(int waitSeconds READ waitSeconds NOTIFY waitSecondsChanged)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(QString setupMessage READ setupMessage NOTIFY setupMessageChanged)
    Q_PROPERTY(bool setupSucceeded READ setupSucceeded NOTIFY setupMessageChanged)
    Q_PROPERTY(int idleMinutes READ idleMinutes NOTIFY idleMinutesChanged)
    Q_PROPERTY(QVariantList idleChoices READ idleChoices CONSTANT)
    Q_PROPERTY(QString summary READ summary NOTIFY summaryChanged)
    Q_PROPERTY(bool confirming READ confirming NOTIFY confirmingChanged)
    Q_PROPERTY(QString confirmTitle READ confirmTitle NOTIFY confirmingChanged)
    Q_PROPERTY(QString confirmMessage READ confirmMessage NOTIFY confirmMessageChanged)
    Q_PROPERTY(int forgotStep READ forgotStep NOTIFY forgotStepChanged)
    Q_PROPERTY(bool supportShown READ supportShown NOTIFY supportShownChanged)

public:
    // QML asks for the instance the composition root published to its engine (qmlpublished.h).
    static LockController* create(QQmlEngine* engine, QJSEngine*) {
        return publishedInstance<LockController>(engine);
    }
    // `session` may be null (the data could not be opened): then there is nothing to lock.
    LockController(AppSession* session, ScreenPrivacy& privacy, LockOptions options = {},
                   QObject* parent = nullptr);
    ~LockController() override;

    [[nodiscard]] bool enabled() const { return m_enabled; }
    [[nodiscard]] bool digitsOnly() const { return m_digitsOnly; }
    [[nodiscard]] bool locked() const { return m_locked; }
    [[nodiscard]] int waitSeconds() const { return m_waitSeconds; }
    [[nodiscard]] QString message() const;
    [[nodiscard]] QString setupMessage() const { return m_setupMessage; }
    [[nodiscard]] bool setupSucceeded() const { return m_setupSucceeded; }
    [[nodiscard]] int idleMinutes() const { return m_idleMinutes; }
    // [{minutes, label}] for the idle time choice in Settings.
    [[nodiscard]] QVariantList idleChoices() const;
    // One sentence for Settings: whether the lock is on and when it locks.
    [[nodiscard]] QString summary() const;
    [[nodiscard]] bool confirming() const { return m_confirmPurpose.has_value(); }
    [[nodiscard]] QString confirmTitle() const;
    [[nodiscard]] QString confirmMessage() const;
    // The forgotten-PIN path on the lock screen: 0 not shown, 1 the explanation, 2 the last warning.
    [[nodiscard]] int forgotStep() const { return m_forgotStep; }
    // The lock screen's support view: contacts only (SupportController), reachable without unlocking.
    [[nodiscard]] bool supportShown() const { return m_supportShown; }

    // Returns true when the app is unlocked afterwards.
    Q_INVOKABLE bool unlock(const QString& pin);
    Q_INVOKABLE void lockNow();
    // Turns the lock on; `repeat` must be the same. Returns true on success; setupMessage says why not.
    Q_INVOKABLE bool setPin(const QString& pin, const QString& repeat);
    Q_INVOKABLE bool changePin(const QString& currentPin, const QString& pin, const QString& repeat);
    Q_INVOKABLE bool removePin(const QString& currentPin);
    Q_INVOKABLE void setIdleMinutes(int minutes);
    Q_INVOKABLE void clearSetupMessage();

    Q_INVOKABLE void confirm(const QString& purpose);
    // With a PIN set: checks it (with the same waits as unlocking). Returns true when confirmed.
    Q_INVOKABLE bool confirmWithPin(const QString& pin);
    // Without a PIN: the plain "Yes, continue". Refused while a PIN is set.
    Q_INVOKABLE bool confirmWithoutPin();
    Q_INVOKABLE void cancelConfirm();

    Q_INVOKABLE void showForgotPin();
    Q_INVOKABLE void continueForgotPin();
    Q_INVOKABLE void cancelForgotPin();
    // Only after both explanations: asks the app to erase everything and start again.
    Q_INVOKABLE void eraseEverything();

    // Opens the support view over the lock screen (only while locked); closing it returns to the lock
    // screen. Neither unlocks anything, and locking or unlocking closes it.
    Q_INVOKABLE void showSupport();
    Q_INVOKABLE void closeSupport();

signals:
    void enabledChanged();
    void lockedChanged();
    void waitSecondsChanged();
    void messageChanged();
    void setupMessageChanged();
    void idleMinutesChanged();
    void summaryChanged();
    void confirmingChanged();
    void confirmMessageChanged();
    void forgotStepChanged();
    void supportShownChanged();
    void confirmed(const QString& purpose);
    void confirmCancelled(const QString& purpose);
    // The worker chose to erase all data because the PIN is forgotten. The composition root connects
    // this to the erase-and-start-again code.
    void eraseEverythingRequested();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    // What the last check left to say. Failed means the check itself could not run (m_failureText says why).
    enum class Note { None, Wrong, Waiting, Failed };

    // Checks `pin` and turns the outcome into `note` and the wait shown; true when accepted.
    [[nodiscard]] bool checkPin(const QString& pin, Note& note);
    void setLocked(bool locked);
    void setSetupMessage(const QString& text, bool succeeded);
    [[nodiscard]] bool validNewPin(const QString& pin, const QString& repeat);
    void refreshWait();
    void refreshSettings();
    void noteInput();
    void restartIdleTimer();
    void onApplicationStateChanged(Qt::ApplicationState state);
    [[nodiscard]] bool idleTimePassed() const;
    [[nodiscard]] QString noteText(Note note) const;
    [[nodiscard]] QString failureText(const std::exception& error) const;

    AppSession* m_session;
    ScreenPrivacy& m_privacy;
    LockOptions m_options;
    std::optional<PinLock> m_pinLock;
    bool m_enabled = false;
    bool m_digitsOnly = false;
    bool m_locked = false;
    int m_waitSeconds = 0;
    int m_idleMinutes = PinLock::kDefaultIdleMinutes;
    Note m_lockNote = Note::None;
    Note m_confirmNote = Note::None;
    QString m_failureText;
    QString m_setupMessage;
    bool m_setupSucceeded = false;
    std::optional<QString> m_confirmPurpose;
    int m_forgotStep = 0;
    bool m_supportShown = false;
    QTimer m_idleTimer;
    QTimer m_waitTimer;
    boost::posix_time::ptime m_lastInput;
};

} // namespace tend::ui
