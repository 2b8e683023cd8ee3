#include "exchange/exportedsettings.h"
#include "settings/emergencycountrysetting.h"
#include "storage/settingsrepository.h"
#include "testdatabases.h"

#include <QTest>

#include <stdexcept>

using tend::EmergencyCountrySetting;
using Kind = tend::EmergencyCountrySetting::Kind;

class TestEmergencyCountrySetting final : public QObject {
    Q_OBJECT

private:
    tend::test::TestDatabases m_databases;

private slots:
    void initTestCase() { QVERIFY(m_databases.isValid()); }

    void storesTheChoiceInTheEncryptedSettings() {
        auto db = m_databases.openMigrated();
        tend::SettingsRepository settings(db);
        EmergencyCountrySetting setting(settings);
        QCOMPARE(setting.load(), (EmergencyCountrySetting::Choice{Kind::DeviceRegion, {}}));

        setting.chooseCountry("gb");
        QCOMPARE(settings.value("emergency_country", ""), std::string("GB"));
        QCOMPARE(setting.load(), (EmergencyCountrySetting::Choice{Kind::Country, "GB"}));

        setting.chooseNotListed();
        QCOMPARE(settings.value("emergency_country", ""), std::string("none"));
        QCOMPARE(setting.load().kind, Kind::NotListed);

        setting.useDeviceRegion();
        QVERIFY(!settings.value("emergency_country"));
        QCOMPARE(setting.load().kind, Kind::DeviceRegion);
    }

    void refusesWhatIsNoCountryCode() {
        auto db = m_databases.openMigrated();
        tend::SettingsRepository settings(db);
        EmergencyCountrySetting setting(settings);
        for (const char* code : {"", "G", "GBR", "G1", "none", "1G"})
            QVERIFY_THROWS_EXCEPTION(std::invalid_argument, setting.chooseCountry(code));
        QVERIFY(!settings.value("emergency_country"));
        // A stored value this version cannot read means "the device's region", never a guessed country.
        settings.setValue("emergency_country", "gb");
        QCOMPARE(setting.load().kind, Kind::DeviceRegion);
    }

    void travelsWithAnExportAndIsCheckedThere() {
        QVERIFY(tend::isExportedSetting("emergency_country"));
        QVERIFY(!tend::exportedSettingProblem("emergency_country", "DE"));
        QVERIFY(!tend::exportedSettingProblem("emergency_country", "none"));
        QVERIFY(tend::exportedSettingProblem("emergency_country", "de"));
        QVERIFY(tend::exportedSettingProblem("emergency_country", "DEU"));
        QVERIFY(tend::exportedSettingProblem("emergency_country", "NONE"));
    }
};

QTEST_GUILESS_MAIN(TestEmergencyCountrySetting)
#include "tst_emergencycountrysetting.moc"
