// Qt Quick Test harness: publishes a real app session (temporary encrypted database, fixed clock) so that
// components bind to the same C++ objects as in the app.
#include "appcontroller.h"
#include "appsession.h"
#include "desktop/desktopscreenprivacy.h"
#include "desktop/filekeyprovider.h"
#include "historymodel.h"
#include "lockcontroller.h"
#include "trackeditemsmodel.h"
#include "trendsmodel.h"

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
        // Each test file gets its own engine; the session and singletons are made once and published to each.
        if (!m_session)
            createSession();
        tend::ui::publishToEngine(*engine, m_app.get());
        tend::ui::publishToEngine(*engine, m_history.get());
        tend::ui::publishToEngine(*engine, m_trends.get());
        tend::ui::publishToEngine(*engine, m_tracking.get());
        tend::ui::publishToEngine(*engine, m_lock.get());
    }

private:
    void createSession() {
        const std::filesystem::path dir = m_dir.path().toStdString();
        m_keys = std::make_unique<tend::FileKeyProvider>(dir / "database.key");
        m_session = tend::ui::AppSession::open(dir, *m_keys, tend::ui::loadBundledDefinition(), m_clock);
        tend::ui::AppSession::setCurrent(m_session.get());
        m_app = std::make_unique<tend::ui::AppController>(m_session.get(), QString());
        m_history = std::make_unique<tend::ui::HistoryModel>(*m_session);
        m_trends = std::make_unique<tend::ui::TrendsModel>(*m_session);
        m_tracking = std::make_unique<tend::ui::TrackedItemsModel>(*m_session);
        tend::ui::LockOptions lockOptions;
        lockOptions.hashCost = tend::PinHashCost::minimal();
        m_lock = std::make_unique<tend::ui::LockController>(m_session.get(), m_screenPrivacy, lockOptions);
    }

    QTemporaryDir m_dir;
    tend::FixedClock m_clock{
        boost::posix_time::ptime(boost::gregorian::date(2026, 11, 27), boost::posix_time::hours(18))};
    std::unique_ptr<tend::FileKeyProvider> m_keys;
    std::unique_ptr<tend::ui::AppSession> m_session;
    std::unique_ptr<tend::ui::AppController> m_app;
    std::unique_ptr<tend::ui::HistoryModel> m_history;
    std::unique_ptr<tend::ui::TrendsModel> m_trends;
    std::unique_ptr<tend::ui::TrackedItemsModel> m_tracking;
    tend::DesktopScreenPrivacy m_screenPrivacy;
    std::unique_ptr<tend::ui::LockController> m_lock;
};

} // namespace

QUICK_TEST_MAIN_WITH_SETUP(tend_qml, Setup)

#include "tst_qml.moc"
