#include "app/appcontroller.h"
#include "data/erasecontroller.h"
#include "testsession.h"

#include <QSignalSpy>
#include <QTest>

using namespace tend::ui;

// "Delete everything" reaches the app's erase-and-start-again only after the worker confirmed it.
class TestEraseController final : public QObject {
    Q_OBJECT

private slots:
    void erasesOnlyAfterConfirmation() {
        tend::test::TestSession env;
        AppController app(env.session.get(), {});
        EraseController eraser;
        // As the page wires it.
        connect(&eraser, &EraseController::eraseConfirmed, &app, &AppController::eraseEverything);
        QSignalSpy asked(&eraser, &EraseController::confirmationNeeded);
        QSignalSpy restart(&app, &AppController::restartRequested);

        eraser.confirmed(QStringLiteral("erase")); // never asked
        QCOMPARE(restart.count(), 0);
        eraser.request();
        QCOMPARE(asked.count(), 1);
        QCOMPARE(asked.at(0).at(0).toString(), QStringLiteral("erase"));
        QCOMPARE(restart.count(), 0);
        eraser.confirmed(QStringLiteral("export"));
        QCOMPARE(restart.count(), 0);
        eraser.cancelled(QStringLiteral("erase"));
        eraser.confirmed(QStringLiteral("erase"));
        QCOMPARE(restart.count(), 0);
        QCOMPARE(app.restartAction(), RestartAction::None);

        eraser.request();
        eraser.confirmed(QStringLiteral("erase"));
        QCOMPARE(restart.count(), 1);
        QCOMPARE(app.restartAction(), RestartAction::EraseEverything);
    }
};

QTEST_GUILESS_MAIN(TestEraseController)
#include "tst_erasecontroller.moc"
