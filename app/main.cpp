// The composition root: picks the platform's services, builds one composition per window over the data
// folder, loads the QML and runs the review or command the command line asks for. No behaviour of its own
// lives here.
#include "app/appcomposition.h"
#include "app/appcontroller.h"
#include "app/appsession.h"
#include "app/datarestart.h"
#include "app/launchoptions.h"
#include "cli/datacommands.h"
#include "cli/headlesscommands.h"
#include "cli/newfolderguard.h"
#include "common/dateconversion.h"
#include "common/systemclock.h"
#include "platformservices.h"
#include "review/firstframe.h"
#include "review/reviewcopy.h"
#include "review/uireview.h"
#include "storage/datadirectory.h"
#include "storage/storageerror.h"

#include <QApplication>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtQml/QQmlExtensionPlugin>

#include <iostream>
#include <memory>
#include <optional>

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

// The application object a command needs. Laying out a PDF needs fonts, which only a GUI application
// has; on the offscreen platform (unless another is asked for) it needs no display either.
std::unique_ptr<QCoreApplication> commandApplication(int& argc, char* argv[]) {
    if (!commandNeedsFonts(headlessCommandIn(argc, argv)))
        return std::make_unique<QCoreApplication>(argc, argv);
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    return std::make_unique<QGuiApplication>(argc, argv);
}

// `tend [--data-dir DIR] [--today D] <command> ...`: no window, no display needed. Only import and restore
// may start from an empty folder; for the other commands a folder without Tend data is reported rather
// than created.
int runHeadless(int argc, char* argv[]) {
    const auto app = commandApplication(argc, argv);
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
    // A refused import or restore leaves a folder without data exactly as it was, a new folder included.
    std::optional<NewFolderGuard> folder;
    if (commandMayCreateData(options.command.constFirst()))
        folder.emplace(directory);
    const auto clock = makeClock(options);
    const auto platform = createPlatformServices();
    // A command that only reads runs even where the folder cannot be written, so that a worker can still
    // get their data out of a full or read-only disk; one that writes is refused with the reason.
    const QString& command = options.command.constFirst();
    const SessionAccess access =
        commandOnlyReadsData(command) ? SessionAccess::ReadingIsEnough : SessionAccess::ReadWrite;
    int exitCode = 1;
    {
        const auto keys = platform->keyProvider(directory);
        try {
            auto session = AppSession::open(directory, *keys, loadBundledDefinition(), *clock, access);
            if (session->readOnly())
                std::cerr << qPrintable(
                                 QCoreApplication::translate(
                                     "Headless", "Reading only: Tend cannot write to %1 just now (%2).")
                                     .arg(dataDir, QString::fromStdString(session->readOnlyReason())))
                          << std::endl;
            exitCode = runHeadlessCommand(options, *session, std::cout, std::cerr);
        } catch (const SessionInUseError& error) {
            std::cerr << error.what() << ". "
                      << qPrintable(QCoreApplication::translate("Headless", "Nothing was changed."))
                      << std::endl;
        } catch (const StorageError& error) {
            std::cerr << error.what() << std::endl;
            if (error.kind() == StorageError::Kind::ReadOnly && access == SessionAccess::ReadWrite)
                std::cerr << qPrintable(
                                 QCoreApplication::translate(
                                     "Headless",
                                     "%1 needs to write there, so it was not done. Nothing was changed.")
                                     .arg(command))
                          << std::endl;
        } catch (const std::exception& error) {
            std::cerr << error.what() << std::endl;
        }
    }
    if (exitCode != 0 && folder)
        folder->undo();
    return exitCode;
}

// What one window ended with: the exit code, and what the worker asked to be done to the data before the
// window opens again.
struct WindowOutcome {
    int exitCode = 0;
    RestartAction restartAction = RestartAction::None;
};

// `openFirst` names a page to open over the first one (after setting damaged data aside to restore a backup).
WindowOutcome runWindow(const LaunchOptions& options, PlatformServices& platform, const QString& dataDir,
                        const Clock& clock, const QString& openFirst) {
    AppComposition::Settings settings;
    settings.dataDir = dataDir.toStdString();
    settings.demo = options.demo;
    AppComposition composition(platform, clock, settings);
    AppController& controller = composition.app();
    if (!openFirst.isEmpty())
        controller.openPage(openFirst);
    // Erasing or setting data aside needs the database closed: leave the event loop, let everything here
    // be destroyed, and let main() carry it out before building the window again.
    QObject::connect(
        &controller, &AppController::restartRequested, &controller, [] { QCoreApplication::exit(0); },
        Qt::QueuedConnection);

    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    composition.publishTo(engine);
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/Tend/Ui/Main.qml")));
    AppSession* session = composition.session();
    WindowOutcome outcome;
    if (engine.rootObjects().isEmpty()) {
        outcome.exitCode = 1;
    } else if (options.isReview() && !session) {
        std::cerr << "The data could not be opened, so the review cannot run." << std::endl;
        outcome.exitCode = 1;
    } else if (options.selfTest) {
        outcome.exitCode = UiReview(engine, controller, *session, composition.lock()).runSelfTest();
    } else if (options.quitAfterFirstFrame) {
        if (!session)
            std::cerr << "The data could not be opened; the window shows why." << std::endl;
        outcome.exitCode = runUntilFirstFrame(engine) == 0 && session ? 0 : 1;
    } else if (!options.screenshotDir.isEmpty()) {
        outcome.exitCode = UiReview(engine, controller, *session, composition.lock())
                               .writeScreenshots(options.screenshotDir);
    } else {
        outcome.exitCode = QApplication::exec();
        outcome.restartAction = controller.restartAction();
    }
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

    // Review modes never touch real data: they run in a scratch folder (private to this user, removed on
    // exit), which holds a copy of --data-dir when one is given.
    QTemporaryDir scratch;
    QString dataDir = options.dataDir;
    if (options.isReview()) {
        if (!scratch.isValid()) {
            std::cerr << qPrintable(scratch.errorString()) << std::endl;
            return 1;
        }
        if (!options.dataDir.isEmpty()) {
            const QString problem =
                copyDataForReview(options.dataDir.toStdString(), scratch.path().toStdString());
            if (!problem.isEmpty()) {
                std::cerr << qPrintable(problem) << std::endl;
                return 1;
            }
        }
        dataDir = scratch.path();
    } else if (dataDir.isEmpty()) {
        dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    }
    const auto clock = makeClock(options);
    const auto platform = createPlatformServices();
    QString openFirst;
    for (;;) {
        const WindowOutcome outcome = runWindow(options, *platform, dataDir, *clock, openFirst);
        if (outcome.restartAction == RestartAction::None)
            return outcome.exitCode;
        const auto keys = platform->keyProvider(dataDir.toStdString());
        const QString problem = carryOutRestartAction(
            outcome.restartAction, DataDirectory(dataDir.toStdString()), *keys, clock->nowLocal());
        if (!problem.isEmpty())
            std::cerr << qPrintable(problem) << std::endl;
        const bool restoreNext =
            outcome.restartAction == RestartAction::SetAsideAndRestore && problem.isEmpty();
        openFirst = restoreNext ? QStringLiteral("data") : QString();
        options.demo = false; // after erasing, Tend starts as on first use, not with the demo story again
    }
}
