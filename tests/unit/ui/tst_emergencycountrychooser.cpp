#include "settings/emergencycountrysetting.h"
#include "support/emergencycountrychooser.h"
#include "testsession.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

using tend::EmergencyCountrySetting;
using tend::ui::EmergencyCountryChooser;

class TestEmergencyCountryChooser final : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<tend::test::TestSession> m_env;

    std::unique_ptr<EmergencyCountryChooser> chooser(const QString& region) {
        m_env->session->setDeviceRegion(region);
        return std::make_unique<EmergencyCountryChooser>(*m_env->session);
    }

    EmergencyCountrySetting::Choice stored() {
        return EmergencyCountrySetting(m_env->session->settings()).load();
    }

private slots:
    void init() { m_env = std::make_unique<tend::test::TestSession>(); }
    void cleanup() { m_env.reset(); }

    void listsTheRegionEveryCountryAndNotListed() {
        const auto chooserForGb = chooser(QStringLiteral("GB"));
        const auto choices = chooserForGb->choices();
        const auto countries = m_env->session->content().emergencyNumbers.countries.size();
        QCOMPARE(std::size_t(choices.size()), countries + 2);
        QCOMPARE(choices.first(), QStringLiteral("This device's region: United Kingdom (999)"));
        QCOMPARE(choices.last(), QStringLiteral("My country is not listed"));
        QVERIFY(choices.contains(QStringLiteral("Japan: 110, 119")));
        // By name, so a worker can find their country.
        QStringList names = choices.mid(1, choices.size() - 2);
        QStringList sorted = names;
        std::sort(sorted.begin(), sorted.end());
        QCOMPARE(names, sorted);
        QCOMPARE(chooserForGb->currentIndex(), 0);
        QCOMPARE(chooserForGb->summary(),
                 QStringLiteral("Support and the lock screen offer 999 first (United Kingdom)."));
    }

    void saysWhenTheRegionIsUnknownOrMissing() {
        QCOMPARE(chooser(QString())->choices().first(),
                 QStringLiteral("This device's region (not set on this device)"));
        const auto missing = chooser(QStringLiteral("AQ"));
        QCOMPARE(missing->choices().first(),
                 QStringLiteral("This device's region: Antarctica (not in Tend's list)"));
        QCOMPARE(missing->summary(),
                 QStringLiteral("Tend has no emergency number to offer, so Support says to call "
                                "your local emergency number."));
    }

    void storesTheChoice() {
        const auto c = chooser(QStringLiteral("GB"));
        QSignalSpy changed(c.get(), &EmergencyCountryChooser::changed);
        const int japan = int(c->choices().indexOf(QStringLiteral("Japan: 110, 119")));
        QVERIFY(c->choose(japan));
        QCOMPARE(stored(), (EmergencyCountrySetting::Choice{EmergencyCountrySetting::Kind::Country, "JP"}));
        QCOMPARE(c->currentIndex(), japan);
        QVERIFY(changed.count() >= 1);
        QCOMPARE(c->summary(), QStringLiteral("Support and the lock screen offer 110, 119 first (Japan)."));

        QVERIFY(c->choose(int(c->choices().size()) - 1));
        QCOMPARE(stored().kind, EmergencyCountrySetting::Kind::NotListed);
        QCOMPARE(c->currentIndex(), int(c->choices().size()) - 1);
        QVERIFY(c->summary().startsWith(QStringLiteral("Tend has no emergency number to offer")));

        QVERIFY(c->choose(0));
        QCOMPARE(stored().kind, EmergencyCountrySetting::Kind::DeviceRegion);
        QCOMPARE(c->currentIndex(), 0);

        QVERIFY(!c->choose(-1));
        QVERIFY(!c->choose(int(c->choices().size())));
    }

    void followsAChoiceMadeElsewhere() {
        const auto c = chooser(QStringLiteral("GB"));
        // An import brings the setting in.
        m_env->session->settings().setValue("emergency_country", "US");
        QCOMPARE(c->choices().at(c->currentIndex()), QStringLiteral("United States: 911"));
    }
};

QTEST_GUILESS_MAIN(TestEmergencyCountryChooser)
#include "tst_emergencycountrychooser.moc"
