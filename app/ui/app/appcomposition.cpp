#include "app/appcomposition.h"

#include "app/appcontroller.h"
#include "app/appsession.h"
#include "app/qmlpublished.h"
#include "app/sessionhandle.h"
#include "checkin/historymodel.h"
#include "checkin/trackeditemsmodel.h"
#include "common/storageerrorwording.h"
#include "insights/trendsmodel.h"
#include "platformservices.h"
#include "storage/settingskeys.h"
#include "storage/storageerror.h"

#include <QCoreApplication>
#include <QQmlEngine>

#include <iostream>

namespace tend::ui {

namespace {

struct OpenedSession {
    std::unique_ptr<AppSession> session;
    QString error;                // why it could not be opened, for the worker
    bool offerFreshStart = false; // the file is unreadable (damaged, wrong key) rather than busy or newer
};

OpenedSession openSession(const AppComposition::Settings& settings, KeyProvider& keys, const Clock& clock) {
    OpenedSession opened;
    try {
        // The window opens even where the folder cannot be written, to show what is there; it says so.
        opened.session = AppSession::open(settings.dataDir, keys, loadBundledDefinition(), clock,
                                          SessionAccess::ReadingIsEnough);
        if (opened.session->readOnly())
            std::cerr << "Reading only: " << opened.session->readOnlyReason() << std::endl;
        if (settings.demo && !opened.session->readOnly()) {
            if (opened.session->seedDemoData())
                opened.session->settings().setFlag(settingskeys::onboardingDone, true);
            else
                std::cerr << "Demo data was not added: this data directory already has check-ins."
                          << std::endl;
        }
    } catch (const StorageError& error) {
        std::cerr << error.what() << std::endl;
        // Read-only here: the folder cannot be written, and what is there cannot be read as it is (no data
        // yet, or data that needs an upgrade first). Say where and why.
        opened.error = error.kind() == StorageError::Kind::ReadOnly
                           ? QCoreApplication::translate(
                                 "Startup", "Tend can't save anything in its folder just now, so "
                                            "it can't begin there (%1). Nothing has been changed.")
                                 .arg(QString::fromUtf8(error.what()))
                           : storageErrorText(error);
        opened.offerFreshStart =
            error.kind() == StorageError::Kind::WrongKey || error.kind() == StorageError::Kind::Damaged;
    } catch (const SessionInUseError& error) {
        std::cerr << error.what() << std::endl;
        opened.error = QCoreApplication::translate(
            "Startup",
            "Tend is already open in another window. Please use that one; nothing has been changed.");
    } catch (const std::exception& error) {
        std::cerr << error.what() << std::endl;
        opened.error = QCoreApplication::translate("Startup", "Tend couldn't start: %1")
                           .arg(QString::fromUtf8(error.what()));
    }
    return opened;
}

} // namespace

AppComposition::AppComposition(PlatformServices& platform, const Clock& clock, const Settings& settings)
    : m_keys(platform.keyProvider(settings.dataDir)) {
    OpenedSession opened = openSession(settings, *m_keys, clock);
    m_session = std::move(opened.session);
    m_app = std::make_unique<AppController>(m_session.get(), opened.error, opened.offerFreshStart);
    m_lock = std::make_unique<LockController>(m_session.get(), platform.screenPrivacy(), settings.lock);
    // A forgotten PIN ends, after the lock screen's warnings, in erasing everything and starting again.
    QObject::connect(m_lock.get(), &LockController::eraseEverythingRequested, m_app.get(),
                     &AppController::eraseEverything);
    if (!m_session)
        return;
    m_sessionHandle = std::make_unique<SessionHandle>(*m_session);
    m_history = std::make_unique<HistoryModel>(*m_session);
    m_trends = std::make_unique<TrendsModel>(*m_session);
    m_tracking = std::make_unique<TrackedItemsModel>(*m_session);
    // At the start of a new day the lists and charts move on to it.
    QObject::connect(m_app.get(), &AppController::todayChanged, m_history.get(), &HistoryModel::reload);
    QObject::connect(m_app.get(), &AppController::todayChanged, m_trends.get(), &TrendsModel::dataRevised);
}

// Members go in reverse order: the models and controllers before the session they read.
AppComposition::~AppComposition() = default;

void AppComposition::publishTo(QQmlEngine& engine) {
    publishToEngine(engine, m_app.get());
    publishToEngine(engine, m_lock.get());
    publishToEngine(engine, m_sessionHandle.get());
    publishToEngine(engine, m_history.get());
    publishToEngine(engine, m_trends.get());
    publishToEngine(engine, m_tracking.get());
}

} // namespace tend::ui
