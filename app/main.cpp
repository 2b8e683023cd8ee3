// The composition root: builds the services, wires them to the controllers, loads the QML. No behaviour
// of its own lives here.
#include "appcontroller.h"
#include "appsession.h"
#include "datacommands.h"
#include "datarestart.h"
#include "dateconversion.h"
#include "desktop/desktopscreenprivacy.h"
#include "desktop/filekeyprovider.h"
#include "firstframe.h"
#include "headlesscommands.h"
#include "historymodel.h"
#include "launchoptions.h"
#include "lockcontroller.h"
#include "storage/datadirectory.h"
#include "storageerrortext.h"
#include "systemclock.h"
#include "trackeditemsmodel.h"
#include "trendsmodel.h"
#include "uireview.h"

#include <QApplication>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtQml/QQmlExtensionPlugin>

#include <iostream>

Q_IMPORT_QML_PLUGIN(Tend_UiPlugin)

using namespace tend;
using namespace tend::ui;

namespace {

std::unique_ptr<Clock> makeClock(const LaunchOptions& options) {
    if (!options.today)
        return std::make_unique<SystemClock>();
    // An evening on the chosen day: the time a worker most often checks in.
    return std::make_unique<FixedClock>(boost::posix_time::ptime(
        toBoostDate(*options.today), boost::posix_time::hours(18) + boost::posix_time::minutes(30)));
}

void nameTheApplication() {
    QCoreApplication::setOrganizationName(QStringLiteral("Tend"));
    QCoreApplication::setApplicationName(QStringLiteral("Tend"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TEND_VERSION));
}

// `tend [--data-dir DIR] [--today D] <command> ...`: no window, no display needed. Only import and restore
// may start from an empty folder; for the other commands a folder without Tend data is reported rather
// than created.
int runHeadless(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    nameTheApplication();
    const LaunchOptions options = parseLaunchOptions(QCoreApplication::arguments());
    if (!options.error.isEmpty()) {
        std::cerr << qPrintable(options.error) << std::endl;
        return 2;
    }
    const QString dataDir = options.dataDir.isEmpty()
                                ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                                : options.dataDir;
    const std::filesystem::path directory(dataDir.toStdString());
    if (!commandMayCreateData(options.command.constFirst()) &&
        !std::filesystem::exists(directory / "tend.db")) {
        std::cerr << "No Tend data in " << directory.string() << std::endl;
        return 1;
    }
    const auto clock = makeClock(options);
    FileKeyProvider keys(directory / "database.key");
    try {
        auto session = AppSession::open(directory, keys, loadBundledDefinition(), *clock);
        return runHeadlessCommand(options, *session, std::cout, std::cerr);
    } catch (const std::exception& error) {
        std::cerr << error.what() << std::endl;
        return 1;
    }
}

// Everything one window needs, built over the data folder, run until the window closes. Returns the exit
// code and what the worker asked to be done to the data before the window opens again.
struct WindowOutcome {
    int exitCode = 0;
    RestartAction restartAction = RestartAction::None;
};

// `openFirst` names a page to open over the first one (after setting damaged data aside to restore a backup).
WindowOutcome runWindow(const LaunchOptions& options, const QString& dataDir, const Clock& clock,
                        const QString& openFirst) {
    FileKeyProvider keys(std::filesystem::path(dataDir.toStdString()) / "database.key");
    std::unique_ptr<AppSession> session;
    QString startupError;
    bool offerFreshStart = false;
    try {
        session = AppSession::open(dataDir.toStdString(), keys, loadBundledDefinition(), clock);
        if (options.demo) {
            if (session->seedDemoData())
                session->settings().setFlag("onboarding_done", true);
            else
                std::cerr << "Demo data was not added: this data directory already has check-ins."
                          << std::endl;
        }
    } catch (const StorageError& error) {
        std::cerr << error.what() << std::endl;
        startupError = storageErrorText(error);
        offerFreshStart =
            error.kind() == StorageError::Kind::WrongKey || error.kind() == StorageError::Kind::Damaged;
    } catch (const SessionInUseError& error) {
        std::cerr << error.what() << std::endl;
        startupError =
            QCoreApplication::translate("Startup", "Tend is already open in another window. Please use "
                                                   "that one; nothing has been changed.");
    } catch (const std::exception& error) {
        std::cerr << error.what() << std::endl;
        startupError = QCoreApplication::translate("Startup", "Tend couldn't start: %1")
                           .arg(QString::fromUtf8(error.what()));
    }
    AppSession::setCurrent(session.get());

    AppController controller(session.get(), startupError, offerFreshStart);
    if (!openFirst.isEmpty())
        controller.openPage(openFirst);
    // Erasing or setting data aside needs the database closed: leave the event loop, let everything here
    // be destroyed, and let main() carry it out before building the window again.
    QObject::connect(
        &controller, &AppController::restartRequested, &controller, [] { QCoreApplication::exit(0); },
        Qt::QueuedConnection);
    DesktopScreenPrivacy screenPrivacy;
    LockController lock(session.get(), screenPrivacy);
    // A forgotten PIN ends, after the lock screen's warnings, in erasing everything and starting again.
    QObject::connect(&lock, &LockController::eraseEverythingRequested, &controller,
                     &AppController::eraseEverything);
    std::unique_ptr<HistoryModel> history;
    std::unique_ptr<TrendsModel> trends;
    std::unique_ptr<TrackedItemsModel> tracking;
    if (session) {
        history = std::make_unique<HistoryModel>(*session);
        trends = std::make_unique<TrendsModel>(*session);
        tracking = std::make_unique<TrackedItemsModel>(*session);
        // At local midnight the lists and charts move on to the new day.
        QObject::connect(&controller, &AppController::todayChanged, history.get(), &HistoryModel::reload);
        QObject::connect(&controller, &AppController::todayChanged, trends.get(), &TrendsModel::dataRevised);
    }

    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    publishToEngine(engine, &controller);
    publishToEngine(engine, &lock);
    publishToEngine(engine, history.get());
    publishToEngine(engine, trends.get());
    publishToEngine(engine, tracking.get());
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/Tend/Ui/Main.qml")));
    WindowOutcome outcome;
    if (engine.rootObjects().isEmpty()) {
        outcome.exitCode = 1;
    } else if (options.isReview() && !session) {
        std::cerr << "The data could not be opened, so the review cannot run." << std::endl;
        outcome.exitCode = 1;
    } else if (options.selfTest) {
        outcome.exitCode = UiReview(engine, controller, *session, lock).runSelfTest();
    } else if (options.quitAfterFirstFrame) {
        if (!session)
            std::cerr << "The data could not be opened; the window shows why." << std::endl;
        outcome.exitCode = runUntilFirstFrame(engine) == 0 && session ? 0 : 1;
    } else if (!options.screenshotDir.isEmpty()) {
        outcome.exitCode =
            UiReview(engine, controller, *session, lock).writeScreenshots(options.screenshotDir);
    } else {
        outcome.exitCode = QApplication::exec();
        outcome.restartAction = controller.restartAction();
    }
    // The session may not outlive this window: the next one opens its own, or none without data.
    AppSession::setCurrent(nullptr);
    return outcome;
}

} // namespace

int main(int argc, char* argv[]) {
    if (namesHeadlessCommand(argc, argv))
        return runHeadless(argc, argv);

    QApplication app(argc, argv); // Qt Charts in QML needs the widgets application object
    nameTheApplication();
    QQuickStyle::setStyle(QStringLiteral("Material"));

    LaunchOptions options = parseLaunchOptions(QApplication::arguments());
    if (!options.error.isEmpty()) {
        std::cerr << qPrintable(options.error) << std::endl;
        return 2;
    }
    if (options.isReview() || options.quitAfterFirstFrame)
        UiReview::startCollectingWarnings();

    // Review modes never touch (or photograph) real data unless pointed at a directory.
    QTemporaryDir scratch;
    QString dataDir = options.dataDir;
    if (dataDir.isEmpty())
        dataDir = options.isReview() ? scratch.path()
                                     : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    const auto clock = makeClock(options);
    QString openFirst;
    for (;;) {
        const WindowOutcome outcome = runWindow(options, dataDir, *clock, openFirst);
        if (outcome.restartAction == RestartAction::None)
            return outcome.exitCode;
        FileKeyProvider keys(std::filesystem::path(dataDir.toStdString()) / "database.key");
        const QString problem = carryOutRestartAction(
            outcome.restartAction, DataDirectory(dataDir.toStdString()), keys, clock->nowLocal());
        if (!problem.isEmpty())
            std::cerr << qPrintable(problem) << std::endl;
        const bool restoreNext =
            outcome.restartAction == RestartAction::SetAsideAndRestore && problem.isEmpty();
        openFirst = restoreNext ? QStringLiteral("data") : QString();
        options.demo = false; // after erasing, Tend starts as on first use, not with the demo story again
    }
}
