#include "exchange/exportedsettings.h"
#include "storage/settingskeys.h"

#include <QTest>

#include <algorithm>
#include <set>

namespace keys = tend::settingskeys;

// One registry of every settings key: no key twice, every exported key in it, and the app lock never among
// the settings that travel with an export.
class TestSettingsKeys final : public QObject {
    Q_OBJECT

private slots:
    void everyKeyIsListedOnce() {
        const std::set<std::string_view> unique(keys::all.begin(), keys::all.end());
        QCOMPARE(unique.size(), keys::all.size());
        for (const auto key : keys::all)
            QVERIFY(!key.empty());
    }

    void exportedKeysAreRegistered() {
        for (const auto key : tend::exportedSettingKeys)
            QVERIFY2(std::find(keys::all.begin(), keys::all.end(), key) != keys::all.end(),
                     std::string(key).c_str());
    }

    void theLockAndPassingArrangementsStayOnTheDevice() {
        for (const auto key : {keys::lockPinHash, keys::lockPinDigits, keys::lockFailedAttempts,
                               keys::lockNextAttemptAt, keys::lockIdleMinutes, keys::momentRecheckOn})
            QVERIFY2(!tend::isExportedSetting(key), std::string(key).c_str());
    }
};

QTEST_GUILESS_MAIN(TestSettingsKeys)
#include "tst_settingskeys.moc"
