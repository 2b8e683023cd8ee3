// Qt Quick Test harness: builds the app's own composition over a scratch folder (fresh encrypted database,
// fixed clock, fake platform services) and publishes it to every test file's engine, so that components
// bind to the same C++ objects as in the app.
#include "app/appcomposition.h"
#include "fake/fakeplatformservices.h"
#include "time/clock.h"

#include <QQmlEngine>
#include <QTemporaryDir>
#include <QtQml/QQmlExtensionPlugin>
#include <QtQuickTest>

Q_IMPORT_QML_PLUGIN(Tend_UiPlugin)

namespace {

class Setup final : public QObject {
    Q_OBJECT

public slots:
    void qmlEngineAvailable(QQmlEngine* engine) {
        engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
        // Each test file gets its own engine; the composition is made once and published to each.
        if (!m_composition) {
            tend::ui::AppComposition::Settings settings;
            settings.dataDir = m_dir.path().toStdString();
            settings.lock.hashCost = tend::PinHashCost::minimal();
            m_composition = std::make_unique<tend::ui::AppComposition>(m_platform, m_clock, settings);
        }
        m_composition->publishTo(*engine);
    }

private:
    QTemporaryDir m_dir;
    tend::FixedClock m_clock{
        boost::posix_time::ptime(boost::gregorian::date(2026, 11, 27), boost::posix_time::hours(18))};
    tend::FakePlatformServices m_platform;
    std::unique_ptr<tend::ui::AppComposition> m_composition;
};

} // namespace

QUICK_TEST_MAIN_WITH_SETUP(tend_qml, Setup)

#include "tst_qml.moc"
