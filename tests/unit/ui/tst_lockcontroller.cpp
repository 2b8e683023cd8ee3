#include "fake/fakescreenprivacy.h"
#include "lock/lockcontroller.h"
#include "testsession.h"

#include <QGuiApplication>
#include <QKeyEvent>
#include <QSignalSpy>
#include <QTest>

#include <boost/date_time/posix_time/posix_time.hpp>

#include <memory>

using boost::posix_time::minutes;
using boost::posix_time::seconds;
using tend::FakeScreenPrivacy;
using tend::test::TestSession;
using tend::ui::LockController;
using tend::ui::LockOptions;

namespace {

LockOptions testOptions(std::chrono::milliseconds idle = std::chrono::milliseconds(0)) {
    LockOptions options;
    options.hashCost = tend::PinHashCost::minimal();
    options.idleInterval = idle;
    options.tick = std::chrono::milliseconds(10);
    return options;
}

void sendKey(QObject* target) {
    QKeyEvent press(QEvent::KeyPress, Qt::Key_A, Qt::NoModifier, QStringLiteral("a"));
    QCoreApplication::sendEvent(target, &press);
}

void changeApplicationState(Qt::ApplicationState state) {
    emit qGuiApp->applicationStateChanged(state);
}

} // namespace

class TestLockController final : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<TestSession> m_test;
    FakeScreenPrivacy m_privacy;

    // A controller over a session that already has the PIN 2468, started as the app would start.
    std::unique_ptr<LockController> startWithPin(LockOptions options = testOptions()) {
        {
            LockController setup(m_test->session.get(), m_privacy, testOptions());
            if (!setup.setPin(QStringLiteral("2468"), QStringLiteral("2468")))
                return nullptr;
        }
        m_privacy.calls.clear();
        return std::make_unique<LockController>(m_test->session.get(), m_privacy, options);
    }

private slots:
    void init() {
        m_test = std::make_unique<TestSession>();
        m_privacy.calls.clear();
    }

    void cleanup() { m_test.reset(); }

    void withoutPinNeverLocks() {
        LockController lock(m_test->session.get(), m_privacy, testOptions(std::chrono::milliseconds(1)));
        QVERIFY(!lock.enabled());
        QVERIFY(!lock.locked());
        lock.lockNow();
        changeApplicationState(Qt::ApplicationSuspended);
        QTest::qWait(20);
        QVERIFY(!lock.locked());
        QVERIFY(m_privacy.calls.empty());
        QCOMPARE(lock.summary(), QStringLiteral("App lock is off: Tend opens without a PIN."));
    }

    void withoutSessionThereIsNothingToLock() {
        LockController lock(nullptr, m_privacy, testOptions());
        QVERIFY(!lock.enabled());
        QVERIFY(!lock.setPin(QStringLiteral("2468"), QStringLiteral("2468")));
        lock.lockNow();
        QVERIFY(!lock.locked());
    }

    void settingAPinNeedsTheSameValidEntryTwice() {
        LockController lock(m_test->session.get(), m_privacy, testOptions());
        QSignalSpy enabled(&lock, &LockController::enabledChanged);
        QVERIFY(!lock.setPin(QStringLiteral("12"), QStringLiteral("12")));
        QCOMPARE(lock.setupMessage(), QStringLiteral("A PIN needs at least 4 digits."));
        QVERIFY(!lock.setupSucceeded());
        QVERIFY(!lock.setPin(QStringLiteral("2468"), QStringLiteral("2469")));
        QCOMPARE(lock.setupMessage(),
                 QStringLiteral("The two entries are different. Please type the same one twice."));
        QVERIFY(!lock.enabled());
        QCOMPARE(enabled.count(), 0);

        QVERIFY(lock.setPin(QStringLiteral("2468"), QStringLiteral("2468")));
        QVERIFY(lock.enabled());
        QVERIFY(lock.digitsOnly());
        QVERIFY(lock.setupSucceeded());
        QCOMPARE(enabled.count(), 1);
        // Setting a PIN does not lock the worker out of what they are doing.
        QVERIFY(!lock.locked());
        QCOMPARE(lock.summary(),
                 QStringLiteral("App lock is on. Tend asks for your PIN when it opens and after 5 minutes "
                                "without use."));
        // A second PIN is a change, which needs the current one.
        QVERIFY(!lock.setPin(QStringLiteral("1357"), QStringLiteral("1357")));
    }

    void locksAtStartWithPinAndUnlocks() {
        auto lock = startWithPin();
        QVERIFY(lock);
        QVERIFY(lock->locked());
        QCOMPARE(m_privacy.calls, std::vector<bool>{true});
        QCOMPARE(lock->message(), QString());

        QSignalSpy lockedChanged(lock.get(), &LockController::lockedChanged);
        QVERIFY(!lock->unlock(QStringLiteral("1111")));
        QVERIFY(lock->locked());
        QCOMPARE(lock->message(), QStringLiteral("That PIN didn't match. Please try again."));
        QVERIFY(lock->unlock(QStringLiteral("2468")));
        QVERIFY(!lock->locked());
        QCOMPARE(lock->message(), QString());
        QCOMPARE(lockedChanged.count(), 1);
        QCOMPARE(m_privacy.calls, (std::vector<bool>{true, false}));

        lock->lockNow();
        QVERIFY(lock->locked());
        QCOMPARE(m_privacy.calls, (std::vector<bool>{true, false, true}));
    }

    void passphraseWording() {
        LockController setup(m_test->session.get(), m_privacy, testOptions());
        QVERIFY(setup.setPin(QStringLiteral("bread and roses"), QStringLiteral("bread and roses")));
        QVERIFY(!setup.digitsOnly());
        setup.lockNow();
        QVERIFY(!setup.unlock(QStringLiteral("bread and butter")));
        QCOMPARE(setup.message(), QStringLiteral("That passphrase didn't match. Please try again."));
    }

    void backoffMessageCountsDown() {
        auto lock = startWithPin();
        for (int i = 0; i < 4; ++i)
            QVERIFY(!lock->unlock(QStringLiteral("1111")));
        QCOMPARE(lock->waitSeconds(), 0);
        QVERIFY(!lock->unlock(QStringLiteral("1111")));
        QCOMPARE(lock->waitSeconds(), 30);
        QCOMPARE(lock->message(), QStringLiteral("That PIN didn't match. You can try again in 30 seconds."));

        m_test->clock.set(tend::test::fixedNow() + seconds(10));
        QTRY_COMPARE(lock->waitSeconds(), 20);
        QCOMPARE(lock->message(), QStringLiteral("That PIN didn't match. You can try again in 20 seconds."));
        // The right PIN is not even checked during the wait.
        QVERIFY(!lock->unlock(QStringLiteral("2468")));
        QCOMPARE(lock->message(), QStringLiteral("You can try again in 20 seconds."));

        m_test->clock.set(tend::test::fixedNow() + seconds(30));
        QTRY_COMPARE(lock->waitSeconds(), 0);
        QCOMPARE(lock->message(), QStringLiteral("You can try again now."));
        QVERIFY(!lock->unlock(QStringLiteral("1111")));
        QCOMPARE(lock->message(), QStringLiteral("That PIN didn't match. You can try again in 1 minute."));
    }

    void waitContinuesAfterRestart() {
        auto lock = startWithPin();
        for (int i = 0; i < 5; ++i)
            (void)lock->unlock(QStringLiteral("1111"));
        lock.reset();
        m_test->clock.set(tend::test::fixedNow() + seconds(5));
        LockController restarted(m_test->session.get(), m_privacy, testOptions());
        QVERIFY(restarted.locked());
        QCOMPARE(restarted.waitSeconds(), 25);
        QCOMPARE(restarted.message(), QStringLiteral("You can try again in 25 seconds."));
    }

    void idleTimerLocks() {
        auto lock = startWithPin(testOptions(std::chrono::milliseconds(50)));
        QVERIFY(lock->unlock(QStringLiteral("2468")));
        QTRY_VERIFY(lock->locked());
        QCOMPARE(m_privacy.calls, (std::vector<bool>{true, false, true}));
    }

    void inputKeepsTheIdleTimerFromLocking() {
        // Generous margins: input every 100 ms against a 1 s idle time, for 1.5 s.
        auto lock = startWithPin(testOptions(std::chrono::milliseconds(1000)));
        QVERIFY(lock->unlock(QStringLiteral("2468")));
        QObject target;
        for (int i = 0; i < 15; ++i) {
            sendKey(&target);
            QTest::qWait(100);
        }
        QVERIFY(!lock->locked());
        QTRY_VERIFY_WITH_TIMEOUT(lock->locked(), 5000);
    }

    void goingToTheBackgroundLocksAtOnce_data() {
        QTest::addColumn<Qt::ApplicationState>("state");
        QTest::newRow("suspended") << Qt::ApplicationSuspended;
        QTest::newRow("hidden") << Qt::ApplicationHidden;
    }

    void goingToTheBackgroundLocksAtOnce() {
        QFETCH(Qt::ApplicationState, state);
        auto lock = startWithPin();
        QVERIFY(lock->unlock(QStringLiteral("2468")));
        changeApplicationState(state);
        QVERIFY(lock->locked());
        QCOMPARE(m_privacy.calls, (std::vector<bool>{true, false, true}));
    }

    void deactivatedWindowLocksOnlyAfterTheIdleTime() {
        auto lock = startWithPin();
        QVERIFY(lock->unlock(QStringLiteral("2468")));
        m_test->clock.set(tend::test::fixedNow() + minutes(4));
        changeApplicationState(Qt::ApplicationInactive);
        QVERIFY(!lock->locked());

        // Input resets the idle time.
        QObject target;
        sendKey(&target);
        m_test->clock.set(tend::test::fixedNow() + minutes(8));
        changeApplicationState(Qt::ApplicationInactive);
        QVERIFY(!lock->locked());

        m_test->clock.set(tend::test::fixedNow() + minutes(9));
        changeApplicationState(Qt::ApplicationInactive);
        QVERIFY(lock->locked());
    }

    void returningAfterTheIdleTimeLocks() {
        auto lock = startWithPin();
        QVERIFY(lock->unlock(QStringLiteral("2468")));
        lock->setIdleMinutes(15);
        QCOMPARE(lock->idleMinutes(), 15);
        m_test->clock.set(tend::test::fixedNow() + minutes(14));
        changeApplicationState(Qt::ApplicationActive);
        QVERIFY(!lock->locked());
        m_test->clock.set(tend::test::fixedNow() + minutes(15));
        changeApplicationState(Qt::ApplicationActive);
        QVERIFY(lock->locked());
    }

    void idleChoices() {
        LockController lock(m_test->session.get(), m_privacy, testOptions());
        const auto choices = lock.idleChoices();
        QCOMPARE(choices.size(), 4);
        QCOMPARE(choices[0].toMap()[QStringLiteral("label")].toString(), QStringLiteral("After 1 minute"));
        QCOMPARE(choices[1].toMap()[QStringLiteral("minutes")].toInt(), 5);
        QCOMPARE(choices[3].toMap()[QStringLiteral("label")].toString(), QStringLiteral("After 1 hour"));
        QSignalSpy changed(&lock, &LockController::idleMinutesChanged);
        lock.setIdleMinutes(7);
        QCOMPARE(lock.idleMinutes(), 5);
        QCOMPARE(changed.count(), 0);
        lock.setIdleMinutes(60);
        QCOMPARE(lock.idleMinutes(), 60);
        QCOMPARE(changed.count(), 1);
        LockController restarted(m_test->session.get(), m_privacy, testOptions());
        QCOMPARE(restarted.idleMinutes(), 60);
    }

    void removingThePinNeedsTheCurrentOne() {
        auto lock = startWithPin();
        QVERIFY(lock->unlock(QStringLiteral("2468")));
        QVERIFY(!lock->removePin(QStringLiteral("1111")));
        QVERIFY(lock->enabled());
        QCOMPARE(lock->setupMessage(), QStringLiteral("That PIN didn't match. Please try again."));
        QVERIFY(lock->removePin(QStringLiteral("2468")));
        QVERIFY(!lock->enabled());
        QCOMPARE(lock->setupMessage(), QStringLiteral("Your PIN has been removed."));
        LockController restarted(m_test->session.get(), m_privacy, testOptions());
        QVERIFY(!restarted.locked());
    }

    void changingThePinNeedsTheCurrentOne() {
        auto lock = startWithPin();
        QVERIFY(lock->unlock(QStringLiteral("2468")));
        // A problem with the new PIN is named before the current one is checked, so it costs no attempt.
        QVERIFY(!lock->changePin(QStringLiteral("1111"), QStringLiteral("abc"), QStringLiteral("abc")));
        QCOMPARE(lock->setupMessage(), QStringLiteral("A passphrase needs at least 6 characters."));
        QVERIFY(!lock->changePin(QStringLiteral("1111"), QStringLiteral("bread and roses"),
                                 QStringLiteral("bread and roses")));
        QCOMPARE(lock->setupMessage(), QStringLiteral("That PIN didn't match. Please try again."));
        QVERIFY(lock->changePin(QStringLiteral("2468"), QStringLiteral("bread and roses"),
                                QStringLiteral("bread and roses")));
        QVERIFY(!lock->digitsOnly());
        QCOMPARE(lock->setupMessage(), QStringLiteral("Your new passphrase is set."));
        lock->lockNow();
        QVERIFY(!lock->unlock(QStringLiteral("2468")));
        QVERIFY(lock->unlock(QStringLiteral("bread and roses")));
    }

    void confirmWithoutPinAsksPlainly() {
        LockController lock(m_test->session.get(), m_privacy, testOptions());
        QSignalSpy confirmed(&lock, &LockController::confirmed);
        QSignalSpy cancelled(&lock, &LockController::confirmCancelled);
        QVERIFY(!lock.confirmWithoutPin()); // nothing was asked
        lock.confirm(QStringLiteral("export"));
        QVERIFY(lock.confirming());
        QCOMPARE(lock.confirmTitle(), QStringLiteral("Export your data"));
        QVERIFY(!lock.confirmWithPin(QStringLiteral("2468")));
        QVERIFY(lock.confirmWithoutPin());
        QVERIFY(!lock.confirming());
        QCOMPARE(confirmed.count(), 1);
        QCOMPARE(confirmed[0][0].toString(), QStringLiteral("export"));

        lock.confirm(QStringLiteral("backup"));
        lock.cancelConfirm();
        QCOMPARE(cancelled.count(), 1);
        QCOMPARE(cancelled[0][0].toString(), QStringLiteral("backup"));
        QCOMPARE(confirmed.count(), 1);
    }

    void confirmWithPinNeedsTheRightPin() {
        auto lock = startWithPin();
        QVERIFY(lock->unlock(QStringLiteral("2468")));
        QSignalSpy confirmed(lock.get(), &LockController::confirmed);
        QSignalSpy cancelled(lock.get(), &LockController::confirmCancelled);
        lock->confirm(QStringLiteral("erase"));
        QCOMPARE(lock->confirmTitle(), QStringLiteral("Erase everything"));
        QVERIFY(!lock->confirmWithoutPin());
        QVERIFY(!lock->confirmWithPin(QStringLiteral("1111")));
        QCOMPARE(lock->confirmMessage(), QStringLiteral("That PIN didn't match. Please try again."));
        QCOMPARE(confirmed.count(), 0);
        QVERIFY(lock->confirmWithPin(QStringLiteral("2468")));
        QCOMPARE(confirmed.count(), 1);
        QCOMPARE(confirmed[0][0].toString(), QStringLiteral("erase"));

        // Locking in the middle of a confirmation cancels it.
        lock->confirm(QStringLiteral("sharing"));
        lock->lockNow();
        QVERIFY(!lock->confirming());
        QCOMPARE(cancelled.count(), 1);
        QCOMPARE(cancelled[0][0].toString(), QStringLiteral("sharing"));
    }

    void confirmingSharesTheWaitWithUnlocking() {
        auto lock = startWithPin();
        QVERIFY(lock->unlock(QStringLiteral("2468")));
        QSignalSpy confirmed(lock.get(), &LockController::confirmed);
        lock->confirm(QStringLiteral("backup"));
        for (int i = 0; i < 5; ++i)
            QVERIFY(!lock->confirmWithPin(QStringLiteral("1111")));
        QCOMPARE(lock->confirmMessage(),
                 QStringLiteral("That PIN didn't match. You can try again in 30 seconds."));
        QVERIFY(!lock->confirmWithPin(QStringLiteral("2468")));
        QCOMPARE(confirmed.count(), 0);
    }

    void eraseNeedsBothSteps() {
        auto lock = startWithPin();
        QSignalSpy erase(lock.get(), &LockController::eraseEverythingRequested);
        lock->eraseEverything();
        lock->continueForgotPin();
        lock->eraseEverything();
        QCOMPARE(erase.count(), 0);
        lock->showForgotPin();
        QCOMPARE(lock->forgotStep(), 1);
        lock->eraseEverything();
        QCOMPARE(erase.count(), 0);
        lock->cancelForgotPin();
        QCOMPARE(lock->forgotStep(), 0);
        lock->showForgotPin();
        lock->continueForgotPin();
        QCOMPARE(lock->forgotStep(), 2);
        lock->eraseEverything();
        QCOMPARE(erase.count(), 1);
    }

    void forgotPinOnlyWhileLocked() {
        auto lock = startWithPin();
        QVERIFY(lock->unlock(QStringLiteral("2468")));
        QSignalSpy erase(lock.get(), &LockController::eraseEverythingRequested);
        lock->showForgotPin();
        lock->continueForgotPin();
        lock->eraseEverything();
        QCOMPARE(lock->forgotStep(), 0);
        QCOMPARE(erase.count(), 0);
    }

    void supportOpensFromTheLockScreenWithoutUnlocking() {
        auto lock = startWithPin();
        QSignalSpy shown(lock.get(), &LockController::supportShownChanged);
        QSignalSpy lockedChanged(lock.get(), &LockController::lockedChanged);
        lock->showSupport();
        QVERIFY(lock->supportShown());
        QVERIFY(lock->locked());
        QCOMPARE(shown.count(), 1);
        lock->showSupport(); // already open: nothing changes
        QCOMPARE(shown.count(), 1);
        lock->closeSupport();
        QVERIFY(!lock->supportShown());
        QVERIFY(lock->locked()); // back at the lock screen, still locked
        QCOMPARE(lockedChanged.count(), 0);
        QCOMPARE(m_privacy.calls, std::vector<bool>{true});

        // Unlocking closes it, and it cannot open while unlocked: the Support page is there instead.
        lock->showSupport();
        QVERIFY(lock->unlock(QStringLiteral("2468")));
        QVERIFY(!lock->supportShown());
        lock->showSupport();
        QVERIFY(!lock->supportShown());
        // Locking again starts at the lock screen, not in the support view.
        lock->lockNow();
        QVERIFY(!lock->supportShown());
    }
};

QTEST_MAIN(TestLockController)

#include "tst_lockcontroller.moc"
