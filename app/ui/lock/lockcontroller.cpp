#include "lock/lockcontroller.h"

#include "app/appsession.h"
#include "common/storageerrorwording.h"
#include "common/storageguard.h"
#include "lock/lockwording.h"
#include "screenprivacy.h"
#include "security/pinrules.h"

#include <QCoreApplication>
#include <QEvent>
#include <QGuiApplication>
#include <QVariantMap>

#include <boost/date_time/posix_time/posix_time.hpp>

#include <algorithm>
#include <stdexcept>

namespace tend::ui {

namespace {

bool isInput(QEvent::Type type) {
    switch (type) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
        return true;
    default:
        return false;
    }
}

} // namespace

LockController::LockController(AppSession* session, ScreenPrivacy& privacy, LockOptions options,
                               QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_privacy(privacy)
    , m_options(options) {
    m_idleTimer.setSingleShot(true);
    connect(&m_idleTimer, &QTimer::timeout, this, &LockController::lockNow);
    m_waitTimer.setInterval(m_options.tick);
    connect(&m_waitTimer, &QTimer::timeout, this, &LockController::refreshWait);
    if (!m_session)
        return;
    m_pinLock.emplace(m_session->database(), m_session->settings(), m_session->clock(), m_options.hashCost);
    m_lastInput = m_session->clock().nowLocal();
    refreshSettings();
    if (m_enabled) {
        setLocked(true);
        refreshWait();
        if (m_waitSeconds > 0)
            m_lockNote = Note::Waiting; // a wait begun before a restart still runs
    }
    if (auto* app = QCoreApplication::instance())
        app->installEventFilter(this);
    if (qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        connect(qGuiApp, &QGuiApplication::applicationStateChanged, this,
                &LockController::onApplicationStateChanged);
}

LockController::~LockController() {
    if (auto* app = QCoreApplication::instance())
        app->removeEventFilter(this);
}

QString LockController::message() const {
    return noteText(m_lockNote);
}

QVariantList LockController::idleChoices() const {
    QVariantList choices;
    for (const int minutes : PinLock::kIdleMinuteChoices) {
        const QString label = minutes == 1    ? tr("After 1 minute")
                              : minutes == 60 ? tr("After 1 hour")
                                              : tr("After %1 minutes").arg(minutes);
        choices.append(QVariantMap{{QStringLiteral("minutes"), minutes}, {QStringLiteral("label"), label}});
    }
    return choices;
}

QString LockController::summary() const {
    if (!m_enabled)
        return tr("App lock is off: Tend opens without a PIN.");
    const QString after = m_idleMinutes == 1    ? tr("1 minute")
                          : m_idleMinutes == 60 ? tr("1 hour")
                                                : tr("%1 minutes").arg(m_idleMinutes);
    // Whole sentences for PIN and passphrase, so that translations can inflect each.
    return m_digitsOnly
               ? tr("App lock is on. Tend asks for your PIN when it opens and after %1 without use.")
                     .arg(after)
               : tr("App lock is on. Tend asks for your passphrase when it opens and after %1 without use.")
                     .arg(after);
}

QString LockController::confirmTitle() const {
    return m_confirmPurpose ? lockwording::confirmTitle(*m_confirmPurpose) : QString();
}

QString LockController::confirmMessage() const {
    return noteText(m_confirmNote);
}

bool LockController::unlock(const QString& pin) {
    if (!m_locked)
        return true;
    if (!checkPin(pin, m_lockNote))
        return false;
    m_forgotStep = 0;
    emit forgotStepChanged();
    setLocked(false);
    return true;
}

void LockController::lockNow() {
    if (!m_enabled || m_locked)
        return;
    cancelConfirm();
    m_lockNote = Note::None;
    refreshWait();
    if (m_waitSeconds > 0)
        m_lockNote = Note::Waiting;
    emit messageChanged();
    setLocked(true);
}

bool LockController::setPin(const QString& pin, const QString& repeat) {
    if (!m_pinLock || m_enabled || !validNewPin(pin, repeat))
        return false;
    try {
        m_pinLock->setPin(pin.toStdString());
    } catch (const std::exception& error) {
        setSetupMessage(failureText(error), false);
        return false;
    }
    refreshSettings();
    setSetupMessage(m_digitsOnly
                        ? tr("App lock is on. Please remember your PIN: it can't be recovered.")
                        : tr("App lock is on. Please remember your passphrase: it can't be recovered."),
                    true);
    return true;
}

bool LockController::changePin(const QString& currentPin, const QString& pin, const QString& repeat) {
    if (!m_pinLock || !m_enabled || !validNewPin(pin, repeat))
        return false;
    Note note = Note::None;
    if (!checkPin(currentPin, note)) {
        setSetupMessage(noteText(note), false);
        return false;
    }
    try {
        m_pinLock->setPin(pin.toStdString());
    } catch (const std::exception& error) {
        setSetupMessage(failureText(error), false);
        return false;
    }
    refreshSettings();
    setSetupMessage(m_digitsOnly ? tr("Your new PIN is set.") : tr("Your new passphrase is set."), true);
    return true;
}

bool LockController::removePin(const QString& currentPin) {
    if (!m_pinLock || !m_enabled)
        return false;
    Note note = Note::None;
    if (!checkPin(currentPin, note)) {
        setSetupMessage(noteText(note), false);
        return false;
    }
    const QString removed =
        m_digitsOnly ? tr("Your PIN has been removed.") : tr("Your passphrase has been removed.");
    try {
        m_pinLock->removePin();
    } catch (const std::exception& error) {
        setSetupMessage(failureText(error), false);
        return false;
    }
    refreshSettings();
    setSetupMessage(removed, true);
    return true;
}

void LockController::setIdleMinutes(int minutes) {
    if (!m_pinLock || minutes == m_idleMinutes)
        return;
    try {
        m_pinLock->setIdleMinutes(minutes);
    } catch (const std::exception& error) {
        setSetupMessage(failureText(error), false);
        return;
    }
    refreshSettings();
}

void LockController::clearSetupMessage() {
    setSetupMessage(QString(), false);
}

void LockController::confirm(const QString& purpose) {
    if (m_confirmPurpose)
        cancelConfirm();
    m_confirmPurpose = purpose;
    m_confirmNote = Note::None;
    refreshWait();
    if (m_enabled && m_waitSeconds > 0)
        m_confirmNote = Note::Waiting;
    emit confirmMessageChanged();
    emit confirmingChanged();
}

bool LockController::confirmWithPin(const QString& pin) {
    if (!m_confirmPurpose || !m_enabled)
        return false;
    if (!checkPin(pin, m_confirmNote))
        return false;
    const QString purpose = *m_confirmPurpose;
    m_confirmPurpose.reset();
    emit confirmingChanged();
    emit confirmed(purpose);
    return true;
}

bool LockController::confirmWithoutPin() {
    if (!m_confirmPurpose || m_enabled)
        return false;
    const QString purpose = *m_confirmPurpose;
    m_confirmPurpose.reset();
    emit confirmingChanged();
    emit confirmed(purpose);
    return true;
}

void LockController::cancelConfirm() {
    if (!m_confirmPurpose)
        return;
    const QString purpose = *m_confirmPurpose;
    m_confirmPurpose.reset();
    emit confirmingChanged();
    emit confirmCancelled(purpose);
}

void LockController::showForgotPin() {
    if (!m_locked || m_forgotStep != 0)
        return;
    m_forgotStep = 1;
    emit forgotStepChanged();
}

void LockController::continueForgotPin() {
    if (m_forgotStep != 1)
        return;
    m_forgotStep = 2;
    emit forgotStepChanged();
}

void LockController::cancelForgotPin() {
    if (m_forgotStep == 0)
        return;
    m_forgotStep = 0;
    emit forgotStepChanged();
}

void LockController::showSupport() {
    if (!m_locked || m_supportShown)
        return;
    m_supportShown = true;
    emit supportShownChanged();
}

void LockController::closeSupport() {
    if (!m_supportShown)
        return;
    m_supportShown = false;
    emit supportShownChanged();
}

void LockController::eraseEverything() {
    if (m_forgotStep == 2 && m_locked)
        emit eraseEverythingRequested();
}

bool LockController::eventFilter(QObject* watched, QEvent* event) {
    if (isInput(event->type()))
        noteInput();
    return QObject::eventFilter(watched, event);
}

bool LockController::checkPin(const QString& pin, Note& note) {
    PinLock::CheckResult result;
    try {
        result = m_pinLock->check(pin.toStdString());
    } catch (const std::exception& error) {
        m_failureText = failureText(error);
        note = Note::Failed;
        emit messageChanged();
        emit confirmMessageChanged();
        return false;
    }
    m_waitSeconds = result.secondsToWait;
    emit waitSecondsChanged();
    if (m_waitSeconds > 0)
        m_waitTimer.start();
    switch (result.outcome) {
    case PinLock::Outcome::Accepted:
        note = Note::None;
        break;
    case PinLock::Outcome::Wrong:
        note = Note::Wrong;
        break;
    case PinLock::Outcome::MustWait:
        note = Note::Waiting;
        break;
    }
    emit messageChanged();
    emit confirmMessageChanged();
    return result.outcome == PinLock::Outcome::Accepted;
}

void LockController::setLocked(bool locked) {
    if (m_locked == locked)
        return;
    m_locked = locked;
    m_privacy.setContentHidden(locked);
    closeSupport();
    if (locked) {
        m_idleTimer.stop();
    } else {
        m_lockNote = Note::None;
        emit messageChanged();
        noteInput();
    }
    emit lockedChanged();
}

void LockController::setSetupMessage(const QString& text, bool succeeded) {
    if (m_setupMessage == text && m_setupSucceeded == succeeded)
        return;
    m_setupMessage = text;
    m_setupSucceeded = succeeded;
    emit setupMessageChanged();
}

bool LockController::validNewPin(const QString& pin, const QString& repeat) {
    if (const auto problem = pinProblem(pin.toStdString())) {
        setSetupMessage(lockwording::pinProblem(*problem), false);
        return false;
    }
    if (pin != repeat) {
        setSetupMessage(tr("The two entries are different. Please type the same one twice."), false);
        return false;
    }
    return true;
}

void LockController::refreshWait() {
    const int wait = m_pinLock ? readOr([this] { return m_pinLock->secondsToWait(); }, 0) : 0;
    if (wait == 0)
        m_waitTimer.stop();
    else if (!m_waitTimer.isActive())
        m_waitTimer.start();
    if (wait == m_waitSeconds)
        return;
    m_waitSeconds = wait;
    emit waitSecondsChanged();
    emit messageChanged();
    emit confirmMessageChanged();
}

void LockController::refreshSettings() {
    const bool enabled = readOr([this] { return m_pinLock->isEnabled(); }, m_enabled);
    const bool digits = readOr([this] { return m_pinLock->isDigitsOnly(); }, m_digitsOnly);
    const int idle = readOr([this] { return m_pinLock->idleMinutes(); }, m_idleMinutes);
    const bool enabledChange = enabled != m_enabled || digits != m_digitsOnly;
    const bool idleChange = idle != m_idleMinutes;
    m_enabled = enabled;
    m_digitsOnly = digits;
    m_idleMinutes = idle;
    if (!m_enabled && m_locked)
        setLocked(false);
    restartIdleTimer();
    if (enabledChange)
        emit enabledChanged();
    if (idleChange)
        emit idleMinutesChanged();
    if (enabledChange || idleChange)
        emit summaryChanged();
}

void LockController::noteInput() {
    if (!m_session)
        return;
    m_lastInput = m_session->clock().nowLocal();
    restartIdleTimer();
}

void LockController::restartIdleTimer() {
    if (!m_enabled || m_locked) {
        m_idleTimer.stop();
        return;
    }
    const auto interval =
        m_options.idleInterval.count() > 0 ? m_options.idleInterval : std::chrono::minutes(m_idleMinutes);
    m_idleTimer.start(interval);
}

void LockController::onApplicationStateChanged(Qt::ApplicationState state) {
    switch (state) {
    case Qt::ApplicationSuspended:
    case Qt::ApplicationHidden:
        lockNow();
        break;
    case Qt::ApplicationInactive:
    case Qt::ApplicationActive:
        // A deactivated window (desktop) or a return from sleep: lock only if the idle time has already
        // passed. Timers stand still while a device sleeps, so the clock decides here.
        if (idleTimePassed())
            lockNow();
        break;
    }
}

bool LockController::idleTimePassed() const {
    const auto now = m_session->clock().nowLocal();
    return now - m_lastInput >= boost::posix_time::minutes(m_idleMinutes);
}

QString LockController::noteText(Note note) const {
    const QString wait = lockwording::waitDuration(m_waitSeconds);
    switch (note) {
    case Note::None:
        return {};
    case Note::Wrong:
        if (m_waitSeconds > 0)
            return m_digitsOnly ? tr("That PIN didn't match. You can try again in %1.").arg(wait)
                                : tr("That passphrase didn't match. You can try again in %1.").arg(wait);
        return m_digitsOnly ? tr("That PIN didn't match. Please try again.")
                            : tr("That passphrase didn't match. Please try again.");
    case Note::Waiting:
        return m_waitSeconds > 0 ? tr("You can try again in %1.").arg(wait) : tr("You can try again now.");
    case Note::Failed:
        return m_failureText;
    }
    return {};
}

QString LockController::failureText(const std::exception& error) const {
    if (const auto* storage = dynamic_cast<const StorageError*>(&error))
        return storageErrorText(*storage);
    return tr("That didn't work just now. Nothing was changed; please try again.");
}

} // namespace tend::ui
