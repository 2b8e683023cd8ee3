#include "settings/daystartsetting.h"
#include "storage/settingsrepository.h"
#include "testdatabases.h"

#include <QTest>

class TestDayStartSetting final : public QObject {
    Q_OBJECT

    tend::test::TestDatabases m_databases;

private slots:
    void unsetMeansMidnight() {
        auto db = m_databases.openMigrated();
        tend::SettingsRepository settings(db);
        QCOMPARE(tend::DayStartSetting(settings).load(), tend::DayStart{});
    }

    void savedStartComesBack() {
        auto db = m_databases.openMigrated();
        tend::SettingsRepository settings(db);
        tend::DayStartSetting setting(settings);
        setting.save(*tend::DayStart::parse("06:30"));
        QCOMPARE(settings.value("day_start"), std::optional<std::string>("06:30"));
        QCOMPARE(setting.load().minutes(), 390);
        setting.save(tend::DayStart{});
        QVERIFY(!settings.value("day_start"));
    }

    void anUnreadableValueIsMidnightAndIsKept() {
        auto db = m_databases.openMigrated();
        tend::SettingsRepository settings(db);
        settings.setValue("day_start", "25:00");
        QCOMPARE(tend::DayStartSetting(settings).load(), tend::DayStart{});
        QCOMPARE(settings.value("day_start"), std::optional<std::string>("25:00"));
    }
};

QTEST_GUILESS_MAIN(TestDayStartSetting)
#include "tst_daystartsetting.moc"
