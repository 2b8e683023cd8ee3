#include "security/pinbackoff.h"
#include "security/pinhash.h"
#include "security/pinlock.h"
#include "security/pinrules.h"
#include "storage/database.h"
#include "storage/settingsrepository.h"
#include "testdatabases.h"
#include "time/clock.h"

#include <boost/date_time/posix_time/posix_time.hpp>

#include <QTest>

#include <climits>
#include <optional>
#include <stdexcept>

using tend::Database;
using tend::FixedClock;
using tend::PinHashCost;
using tend::PinLock;
using tend::SettingsRepository;

using Outcome = PinLock::Outcome;
using boost::posix_time::hours;
using boost::posix_time::minutes;
using boost::posix_time::ptime;
using boost::posix_time::seconds;

Q_DECLARE_METATYPE(PinLock::Outcome)

namespace {

const ptime kStart(boost::gregorian::date(2026, 11, 27), hours(18) + minutes(30));

QString stored(SettingsRepository& settings, std::string_view key) {
    const auto value = settings.value(key);
    return value ? QString::fromStdString(*value) : QStringLiteral("<missing>");
}

} // namespace

class TestPinLock final : public QObject {
    Q_OBJECT

private:
    tend::test::TestDatabases m_databases;
    FixedClock m_clock{kStart};
    std::optional<Database> m_db;
    std::optional<SettingsRepository> m_settings;
    std::optional<PinLock> m_lock;

    // A new PinLock over the same database, as after a restart of the app.
    void reopen(PinHashCost cost = PinHashCost::minimal()) {
        m_lock.reset();
        m_settings.reset();
        m_db.reset();
        m_db.emplace(Database::open(m_databases.currentFile(), tend::test::testKey()));
        m_settings.emplace(*m_db);
        m_lock.emplace(*m_db, *m_settings, m_clock, cost);
    }

    void failTimes(int count) {
        for (int i = 0; i < count; ++i)
            (void)m_lock->check("0000");
    }

private slots:
    void initTestCase() { QVERIFY(m_databases.isValid()); }

    void init() {
        m_clock.set(kStart);
        m_db.emplace(m_databases.openMigrated());
        m_settings.emplace(*m_db);
        m_lock.emplace(*m_db, *m_settings, m_clock, PinHashCost::minimal());
    }

    void cleanup() {
        m_lock.reset();
        m_settings.reset();
        m_db.reset();
    }

    void withoutPinNothingIsLocked() {
        QVERIFY(!m_lock->isEnabled());
        QCOMPARE(m_lock->check("anything").outcome, Outcome::Accepted);
        QCOMPARE(m_lock->secondsToWait(), 0);
    }

    void storesOnlyAnArgon2idHash_data() {
        QTest::addColumn<QString>("pin");
        QTest::addColumn<bool>("digits");
        QTest::newRow("digits") << QStringLiteral("2468") << true;
        QTest::newRow("passphrase") << QStringLiteral("bread and roses") << false;
    }

    void storesOnlyAnArgon2idHash() {
        QFETCH(QString, pin);
        QFETCH(bool, digits);
        m_lock->setPin(pin.toStdString());
        QVERIFY(m_lock->isEnabled());
        QCOMPARE(m_lock->isDigitsOnly(), digits);
        const QString hash = stored(*m_settings, "lock.pin_hash");
        // The minimal test factors are embedded: 8 KiB of memory, one pass, one lane.
        QVERIFY2(hash.startsWith(QStringLiteral("$argon2id$v=19$m=8,t=1,p=1$")), qPrintable(hash));
        QVERIFY(!hash.contains(pin));
        // No other setting holds the PIN either.
        auto statement = m_db->prepare("SELECT key, value FROM settings");
        while (statement.step())
            QVERIFY(!QString::fromStdString(statement.text(1)).contains(pin));
    }

    void acceptsTheRightPinOnly() {
        m_lock->setPin("2468");
        QCOMPARE(m_lock->check("2468").outcome, Outcome::Accepted);
        QCOMPARE(m_lock->check("2469").outcome, Outcome::Wrong);
        QCOMPARE(m_lock->check("").outcome, Outcome::Wrong);
        QCOMPARE(m_lock->check("24680").outcome, Outcome::Wrong);
        QCOMPARE(m_lock->failedAttempts(), 3);
        QCOMPARE(m_lock->check("2468").outcome, Outcome::Accepted);
        QCOMPARE(m_lock->failedAttempts(), 0);
    }

    void unreadableHashIsNeverAccepted() {
        m_lock->setPin("2468");
        m_settings->setValue("lock.pin_hash", "$argon2id$broken");
        QCOMPARE(m_lock->check("2468").outcome, Outcome::Wrong);
        QVERIFY(!tend::verifyPin("", "2468"));
        QVERIFY(!tend::verifyPin(std::string(500, '$'), "2468"));
    }

    void waitSchedule_data() {
        QTest::addColumn<int>("failures");
        QTest::addColumn<int>("wait");
        QTest::newRow("none") << 0 << 0;
        QTest::newRow("negative") << -3 << 0;
        QTest::newRow("1") << 1 << 0;
        QTest::newRow("4") << 4 << 0;
        QTest::newRow("5") << 5 << 30;
        QTest::newRow("6") << 6 << 60;
        QTest::newRow("7") << 7 << 120;
        QTest::newRow("8") << 8 << 240;
        QTest::newRow("9") << 9 << 480;
        QTest::newRow("10") << 10 << 960;
        QTest::newRow("11") << 11 << 1920;
        QTest::newRow("12 capped") << 12 << 3600;
        QTest::newRow("13") << 13 << 3600;
        QTest::newRow("int max") << INT_MAX << 3600;
    }

    void waitSchedule() {
        QFETCH(int, failures);
        QFETCH(int, wait);
        QCOMPARE(tend::pinWaitSecondsAfter(failures), wait);
    }

    void backsOffAfterFourFreeAttempts() {
        m_lock->setPin("2468");
        for (int i = 1; i <= 4; ++i) {
            const auto result = m_lock->check("1111");
            QCOMPARE(result.outcome, Outcome::Wrong);
            QCOMPARE(result.secondsToWait, 0);
        }
        const auto fifth = m_lock->check("1111");
        QCOMPARE(fifth.outcome, Outcome::Wrong);
        QCOMPARE(fifth.secondsToWait, 30);
        QCOMPARE(stored(*m_settings, "lock.next_attempt_at"), QStringLiteral("2026-11-27T18:30:30"));

        // While waiting even the right PIN is not checked, so guessing gains nothing.
        const auto early = m_lock->check("2468");
        QCOMPARE(early.outcome, Outcome::MustWait);
        QCOMPARE(early.secondsToWait, 30);
        m_clock.set(kStart + seconds(10));
        QCOMPARE(m_lock->secondsToWait(), 20);
        QCOMPARE(m_lock->check("2468").secondsToWait, 20);
        QCOMPARE(m_lock->failedAttempts(), 5);

        m_clock.set(kStart + seconds(30));
        QCOMPARE(m_lock->secondsToWait(), 0);
        const auto sixth = m_lock->check("1111");
        QCOMPARE(sixth.outcome, Outcome::Wrong);
        QCOMPARE(sixth.secondsToWait, 60);

        m_clock.set(kStart + seconds(90));
        QCOMPARE(m_lock->check("1111").secondsToWait, 120);
        m_clock.set(kStart + seconds(210));
        QCOMPARE(m_lock->check("2468").outcome, Outcome::Accepted);
        QCOMPARE(m_lock->failedAttempts(), 0);
        QCOMPARE(m_lock->secondsToWait(), 0);
        QCOMPARE(stored(*m_settings, "lock.next_attempt_at"), QStringLiteral("<missing>"));
        // After a success the free attempts are free again.
        QCOMPARE(m_lock->check("1111").secondsToWait, 0);
    }

    void waitsCountUpToTheHourAndStayThere() {
        m_lock->setPin("2468");
        int expected[] = {0, 0, 0, 0, 30, 60, 120, 240, 480, 960, 1920, 3600, 3600};
        ptime now = kStart;
        for (int wait : expected) {
            m_clock.set(now);
            QCOMPARE(m_lock->check("1111").secondsToWait, wait);
            now += seconds(wait);
        }
        QCOMPARE(m_lock->failedAttempts(), 13);
    }

    void waitSurvivesARestart() {
        m_lock->setPin("2468");
        failTimes(5);
        m_clock.set(kStart + seconds(12));
        reopen();
        QVERIFY(m_lock->isEnabled());
        QCOMPARE(m_lock->failedAttempts(), 5);
        QCOMPARE(m_lock->secondsToWait(), 18);
        QCOMPARE(m_lock->check("2468").outcome, Outcome::MustWait);
        m_clock.set(kStart + seconds(30));
        // The count survived too: the next failure doubles the wait.
        QCOMPARE(m_lock->check("1111").secondsToWait, 60);
    }

    void clockTurnedBackWaitsAtMostAnHour() {
        m_lock->setPin("2468");
        failTimes(5);
        m_clock.set(kStart - hours(24 * 30));
        QCOMPARE(m_lock->secondsToWait(), 3600);
        // The capped wait is stored, so it runs out an hour later by the new clock.
        reopen();
        m_clock.set(kStart - hours(24 * 30) + minutes(59));
        QCOMPARE(m_lock->secondsToWait(), 60);
        m_clock.set(kStart - hours(24 * 30) + hours(1));
        QCOMPARE(m_lock->secondsToWait(), 0);
        QCOMPARE(m_lock->check("2468").outcome, Outcome::Accepted);
    }

    void clockTurnedBackALittleKeepsTheWait() {
        m_lock->setPin("2468");
        failTimes(5);
        m_clock.set(kStart - minutes(10));
        QCOMPARE(m_lock->secondsToWait(), 630);
    }

    void clockTurnedForwardEndsTheWait() {
        m_lock->setPin("2468");
        failTimes(5);
        m_clock.set(kStart + hours(24 * 365));
        QCOMPARE(m_lock->secondsToWait(), 0);
        QCOMPARE(m_lock->check("2468").outcome, Outcome::Accepted);
    }

    void changingThePinReplacesItAndForgetsFailures() {
        m_lock->setPin("2468");
        failTimes(5);
        const QString oldHash = stored(*m_settings, "lock.pin_hash");
        m_lock->setPin("bread and roses");
        QVERIFY(stored(*m_settings, "lock.pin_hash") != oldHash);
        QVERIFY(!m_lock->isDigitsOnly());
        QCOMPARE(m_lock->failedAttempts(), 0);
        QCOMPARE(m_lock->secondsToWait(), 0);
        QCOMPARE(m_lock->check("2468").outcome, Outcome::Wrong);
        QCOMPARE(m_lock->check("bread and roses").outcome, Outcome::Accepted);
    }

    void removingThePinTurnsTheLockOff() {
        m_lock->setPin("2468");
        failTimes(5);
        m_lock->removePin();
        QVERIFY(!m_lock->isEnabled());
        QVERIFY(!m_lock->isDigitsOnly());
        QCOMPARE(m_lock->failedAttempts(), 0);
        QCOMPARE(m_lock->secondsToWait(), 0);
        QCOMPARE(m_lock->check("1111").outcome, Outcome::Accepted);
        auto statement = m_db->prepare("SELECT count(*) FROM settings WHERE key LIKE 'lock.%'");
        QVERIFY(statement.step());
        QCOMPARE(statement.integer(0), 0);
    }

    void invalidPinIsRefusedAndNothingChanges() {
        m_lock->setPin("2468");
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, m_lock->setPin("12"));
        QCOMPARE(m_lock->check("2468").outcome, Outcome::Accepted);
    }

    void oldHashIsRedoneAtUnlock() {
        m_lock->setPin("2468");
        const PinHashCost stronger{2, 16384};
        reopen(stronger);
        QVERIFY(stored(*m_settings, "lock.pin_hash").contains(QStringLiteral("m=8,t=1")));
        QCOMPARE(m_lock->check("1111").outcome, Outcome::Wrong);
        QVERIFY(stored(*m_settings, "lock.pin_hash").contains(QStringLiteral("m=8,t=1")));
        QCOMPARE(m_lock->check("2468").outcome, Outcome::Accepted);
        const QString hash = stored(*m_settings, "lock.pin_hash");
        QVERIFY2(hash.startsWith(QStringLiteral("$argon2id$v=19$m=16,t=2,p=1$")), qPrintable(hash));
        QVERIFY(!tend::pinHashNeedsRehash(hash.toStdString(), stronger));
        QCOMPARE(m_lock->check("2468").outcome, Outcome::Accepted);
        QCOMPARE(stored(*m_settings, "lock.pin_hash"), hash);
    }

    void rehashIsNeededForOtherAlgorithmsAndGarbage() {
        QVERIFY(tend::pinHashNeedsRehash("", PinHashCost::minimal()));
        QVERIFY(tend::pinHashNeedsRehash("$argon2i$v=19$m=8,t=3,p=1$c2FsdHNhbHQ$aGFzaGhhc2g",
                                         PinHashCost::minimal()));
        QVERIFY(
            !tend::pinHashNeedsRehash(tend::hashPin("2468", PinHashCost::minimal()), PinHashCost::minimal()));
    }

    void idleMinutesOfferedChoicesOnly() {
        QCOMPARE(m_lock->idleMinutes(), 5);
        m_lock->setIdleMinutes(15);
        QCOMPARE(m_lock->idleMinutes(), 15);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, m_lock->setIdleMinutes(7));
        QCOMPARE(m_lock->idleMinutes(), 15);
        m_settings->setValue("lock.idle_minutes", "abc");
        QCOMPARE(m_lock->idleMinutes(), 5);
        m_settings->setValue("lock.idle_minutes", "30");
        QCOMPARE(m_lock->idleMinutes(), 5);
        reopen();
        m_lock->setIdleMinutes(60);
        reopen();
        QCOMPARE(m_lock->idleMinutes(), 60);
    }

    void validation_data() {
        QTest::addColumn<QString>("pin");
        QTest::addColumn<QString>("problem");
        const QString ok;
        QTest::newRow("empty") << QString() << QStringLiteral("Please enter a PIN or a passphrase.");
        QTest::newRow("1 digit") << QStringLiteral("1") << QStringLiteral("A PIN needs at least 4 digits.");
        QTest::newRow("3 digits") << QStringLiteral("123")
                                  << QStringLiteral("A PIN needs at least 4 digits.");
        QTest::newRow("4 digits") << QStringLiteral("1234") << ok;
        QTest::newRow("4 same digits") << QStringLiteral("0000") << ok;
        QTest::newRow("8 digits") << QStringLiteral("12345678") << ok;
        QTest::newRow("9 digits") << QStringLiteral("123456789")
                                  << QStringLiteral("A PIN has at most 8 digits. For something longer, add a "
                                                    "letter or another character.");
        QTest::newRow("5 letters") << QStringLiteral("abcde")
                                   << QStringLiteral("A passphrase needs at least 6 characters.");
        QTest::newRow("digits with a space")
            << QStringLiteral("12 34") << QStringLiteral("A passphrase needs at least 6 characters.");
        QTest::newRow("6 letters") << QStringLiteral("abcdef") << ok;
        QTest::newRow("digits and a space") << QStringLiteral("1234 5") << ok;
        QTest::newRow("one letter repeated")
            << QStringLiteral("aaaaaa") << QStringLiteral("Please use more than one kind of character.");
        QTest::newRow("one space repeated")
            << QStringLiteral("       ") << QStringLiteral("Please use more than one kind of character.");
        QTest::newRow("one umlaut repeated")
            << QStringLiteral("ääääää") << QStringLiteral("Please use more than one kind of character.");
        QTest::newRow("5 umlauts are 10 bytes")
            << QStringLiteral("äöüäö") << QStringLiteral("A passphrase needs at least 6 characters.");
        QTest::newRow("6 umlauts") << QStringLiteral("äöüäöü") << ok;
        QTest::newRow("pair repeated") << QStringLiteral("ababab") << ok;
        QTest::newRow("128 characters") << QString(127, QLatin1Char('x')) + QLatin1Char('y') << ok;
        QTest::newRow("129 characters") << QString(128, QLatin1Char('x')) + QLatin1Char('y')
                                        << QStringLiteral("A passphrase can have at most 128 characters.");
    }

    void validation() {
        QFETCH(QString, pin);
        QFETCH(QString, problem);
        const auto found = tend::pinProblem(pin.toStdString());
        QCOMPARE(found ? QString::fromStdString(*found) : QString(), problem);
        if (problem.isEmpty()) {
            m_lock->setPin(pin.toStdString());
            QCOMPARE(m_lock->check(pin.toStdString()).outcome, Outcome::Accepted);
        } else {
            QVERIFY_THROWS_EXCEPTION(std::invalid_argument, m_lock->setPin(pin.toStdString()));
            QVERIFY(!m_lock->isEnabled());
        }
    }
};

QTEST_GUILESS_MAIN(TestPinLock)

#include "tst_pinlock.moc"
