#include "storage/database.h"
#include "storage/settingsrepository.h"
#include "testdatabases.h"

#include <QTest>

#include <array>
#include <map>
#include <optional>

using tend::Database;
using tend::SettingsRepository;

namespace {

using tend::test::testKey;

QString q(const std::optional<std::string>& text) {
    return text ? QString::fromStdString(*text) : QStringLiteral("<missing>");
}

} // namespace

class TestSettingsRepository final : public QObject {
    Q_OBJECT

private:
    tend::test::TestDatabases m_databases;
    std::optional<Database> m_db;
    std::optional<SettingsRepository> m_settings;
    int m_notifications = 0;
    tend::Subscription m_counting;

private slots:
    void initTestCase() { QVERIFY(m_databases.isValid()); }

    void init() { tend::test::openRepository(m_databases, m_db, m_settings, m_notifications, m_counting); }

    void cleanup() {
        m_settings.reset();
        m_db.reset();
    }

    // Imports and exports read and write the settings that travel all at once.
    void readsWritesAndRemovesSeveralAtOnce() {
        m_settings->setValue("theme", "dark");
        m_settings->setValue("lock.pin_hash", "x");
        const std::array<std::string_view, 3> keys{"day_start", "onboarding_done", "theme"};
        QCOMPARE(m_settings->values(keys), (std::map<std::string, std::string>{{"theme", "dark"}}));
        m_notifications = 0;
        m_settings->setValues({{"day_start", "06:00"}, {"onboarding_done", "1"}});
        QCOMPARE(m_notifications, 1);
        QCOMPARE(m_settings->values(keys),
                 (std::map<std::string, std::string>{
                     {"day_start", "06:00"}, {"onboarding_done", "1"}, {"theme", "dark"}}));
        m_settings->remove(keys);
        QCOMPARE(m_notifications, 2);
        QVERIFY(m_settings->values(keys).empty());
        QCOMPARE(q(m_settings->value("lock.pin_hash")), QStringLiteral("x"));
        m_settings->remove(keys); // nothing left to remove: no news
        m_settings->setValues({});
        QCOMPARE(m_notifications, 2);
    }

    void missingValuesUseTheFallback() {
        QCOMPARE(q(m_settings->value("theme")), QStringLiteral("<missing>"));
        QCOMPARE(QString::fromStdString(m_settings->value("theme", "system")), QStringLiteral("system"));
        QCOMPARE(m_settings->flag("reminders", true), true);
        QCOMPARE(m_settings->flag("reminders", false), false);
    }

    void storesAndReplacesValues() {
        m_settings->setValue("theme", "dark");
        QCOMPARE(q(m_settings->value("theme")), QStringLiteral("dark"));
        QCOMPARE(QString::fromStdString(m_settings->value("theme", "system")), QStringLiteral("dark"));
        m_settings->setValue("theme", "light");
        QCOMPARE(q(m_settings->value("theme")), QStringLiteral("light"));
        m_settings->setValue("other", "x");
        QCOMPARE(q(m_settings->value("theme")), QStringLiteral("light"));
    }

    void emptyValueIsStoredNotMissing() {
        m_settings->setValue("nickname", "");
        QCOMPARE(q(m_settings->value("nickname")), QString());
        QCOMPARE(QString::fromStdString(m_settings->value("nickname", "fallback")), QString());
    }

    void flagsRoundTripAndIgnoreForeignValues() {
        m_settings->setFlag("reminders", true);
        QCOMPARE(q(m_settings->value("reminders")), QStringLiteral("1"));
        QCOMPARE(m_settings->flag("reminders", false), true);
        m_settings->setFlag("reminders", false);
        QCOMPARE(q(m_settings->value("reminders")), QStringLiteral("0"));
        QCOMPARE(m_settings->flag("reminders", true), false);
        m_settings->setValue("reminders", "yes");
        QCOMPARE(m_settings->flag("reminders", true), true);
        QCOMPARE(m_settings->flag("reminders", false), false);
    }

    void removeForgetsTheValue() {
        m_settings->setValue("theme", "dark");
        m_settings->remove("theme");
        QCOMPARE(q(m_settings->value("theme")), QStringLiteral("<missing>"));
        QCOMPARE(QString::fromStdString(m_settings->value("theme", "system")), QStringLiteral("system"));
    }

    void notifiesOncePerChange() {
        m_settings->setValue("theme", "dark");
        QCOMPARE(m_notifications, 1);
        m_settings->setFlag("reminders", true);
        QCOMPARE(m_notifications, 2);
        (void)m_settings->value("theme");
        (void)m_settings->flag("reminders", false);
        QCOMPARE(m_notifications, 2);
        m_settings->remove("theme");
        QCOMPARE(m_notifications, 3);
        m_settings->remove("theme");
        QCOMPARE(m_notifications, 3);
    }

    void unicodeKeysAndValuesRoundTrip() {
        const std::string value = "مرحبا 👋 — «Tend»";
        m_settings->setValue("greeting.ar", value);
        m_settings->setValue("😀", "emoji key");
        QCOMPARE(q(m_settings->value("greeting.ar")), QString::fromStdString(value));
        QCOMPARE(q(m_settings->value("😀")), QStringLiteral("emoji key"));
    }

    void persistsAcrossReopening() {
        const auto path = m_databases.currentFile();
        m_settings->setValue("theme", "dark");
        m_settings->setFlag("reminders", true);
        cleanup();
        m_db.emplace(Database::open(path, testKey()));
        m_settings.emplace(*m_db);
        QCOMPARE(q(m_settings->value("theme")), QStringLiteral("dark"));
        QCOMPARE(m_settings->flag("reminders", false), true);
    }
};

QTEST_GUILESS_MAIN(TestSettingsRepository)
#include "tst_settingsrepository.moc"
