#include "app/appcontroller.h"
#include "testsession.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

using tend::ui::AppController;

class TestAppController final : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<tend::test::TestSession> m_env;

    std::unique_ptr<AppController> makeController() {
        return std::make_unique<AppController>(m_env->session.get(), QString());
    }

    // Most tests start after onboarding, like every launch but the first.
    std::unique_ptr<AppController> onboardedController() {
        auto app = makeController();
        app->completeOnboarding();
        return app;
    }

private slots:
    void init() { m_env = std::make_unique<tend::test::TestSession>(); }
    void cleanup() { m_env.reset(); }

    void aFreshDatabaseStartsWithOnboarding() {
        auto app = makeController();
        QVERIFY(app->ready());
        QCOMPARE(app->currentPage(), QStringLiteral("onboarding"));
        QVERIFY(!app->onboardingDone());
        QCOMPARE(app->today(), QDate(2026, 11, 27));
        QVERIFY(!app->isDemo());
        QVERIFY(app->startupError().isEmpty());
        QCOMPARE(app->currentPageIndex(), int(app->pages().indexOf(QStringLiteral("onboarding"))));
    }

    // A night worker's day begins after the shift: at 02:00 with a 06:00 start it is still the day before,
    // and the choice survives a restart.
    void todayFollowsTheChosenStartOfTheDay() {
        m_env->clock.set(
            boost::posix_time::ptime(boost::gregorian::date(2026, 11, 27), boost::posix_time::hours(2)));
        auto app = onboardedController();
        QCOMPARE(app->today(), QDate(2026, 11, 27));
        QCOMPARE(app->dayStartMinutes(), 0);
        QSignalSpy todaySpy(app.get(), &AppController::todayChanged);

        app->setDayStartMinutes(6 * 60);
        QCOMPARE(app->dayStartMinutes(), 360);
        QCOMPARE(app->dayStartIndex(), 12);
        QCOMPARE(app->today(), QDate(2026, 11, 26));
        QCOMPARE(todaySpy.count(), 1);
        QVERIFY(app->dayStartText().contains(QStringLiteral("night shift")));

        app.reset();
        m_env->reopen();
        QCOMPARE(m_env->session->dayStart().minutes(), 360);
        QCOMPARE(makeController()->today(), QDate(2026, 11, 26));
    }

    void onlyHalfHoursFromMidnightToNoonAreOffered() {
        auto app = onboardedController();
        const auto choices = app->dayStartChoices();
        QCOMPARE(choices.size(), 25);
        QCOMPARE(choices.constFirst().toMap().value(QStringLiteral("minutes")).toInt(), 0);
        QCOMPARE(choices.constLast().toMap().value(QStringLiteral("minutes")).toInt(), 720);
        app->setDayStartMinutes(13 * 60); // after noon: refused, nothing stored
        app->setDayStartMinutes(-30);
        QCOMPARE(app->dayStartMinutes(), 0);
    }

    void completingOnboardingPersists() {
        auto app = makeController();
        QSignalSpy doneSpy(app.get(), &AppController::onboardingDoneChanged);
        QSignalSpy pageSpy(app.get(), &AppController::currentPageChanged);

        app->completeOnboarding();

        QCOMPARE(doneSpy.count(), 1);
        QCOMPARE(pageSpy.count(), 1);
        QVERIFY(app->onboardingDone());
        QCOMPARE(app->currentPage(), QStringLiteral("today"));

        // The next launch goes straight to today, also after the database was closed and reopened.
        QCOMPARE(makeController()->currentPage(), QStringLiteral("today"));
        app.reset();
        m_env->reopen();
        QCOMPARE(makeController()->currentPage(), QStringLiteral("today"));
    }

    void tabsMapToPages() {
        auto app = onboardedController();
        const QStringList tabs{QStringLiteral("today"), QStringLiteral("insights"),
                               QStringLiteral("selfcare"), QStringLiteral("history"),
                               QStringLiteral("settings")};
        for (int index = 0; index < tabs.size(); ++index) {
            app->showTab(index);
            QCOMPARE(app->currentPage(), tabs.at(index));
            QCOMPARE(app->currentTabIndex(), index);
            QCOMPARE(app->currentPageIndex(), int(app->pages().indexOf(tabs.at(index))));
        }
        QSignalSpy pageSpy(app.get(), &AppController::currentPageChanged);
        app->showTab(5);
        app->showTab(-1);
        QCOMPARE(app->currentPage(), QStringLiteral("settings"));
        app->showTab(4); // already there: no signal
        QCOMPARE(pageSpy.count(), 0);
    }

    void unknownPagesAreIgnored() {
        auto app = onboardedController();
        app->setCurrentPage(QStringLiteral("nowhere"));
        QCOMPARE(app->currentPage(), QStringLiteral("today"));
    }

    void openDayShowsAPastDay() {
        auto app = onboardedController();
        app->showTab(3);
        QSignalSpy pageSpy(app.get(), &AppController::currentPageChanged);

        app->openDay(QDate(2026, 11, 20));

        QCOMPARE(pageSpy.count(), 1);
        QCOMPARE(app->currentPage(), QStringLiteral("day"));
        QCOMPARE(app->editingDate(), QDate(2026, 11, 20));
        // The day editor belongs to the History tab it was opened from.
        QCOMPARE(app->currentTabIndex(), 3);

        app->openDay(app->today());
        QCOMPARE(app->editingDate(), QDate(2026, 11, 27));
    }

    void openDayRefusesTheFuture() {
        auto app = onboardedController();
        app->showTab(3);
        app->openDay(QDate(2026, 11, 20));
        QSignalSpy pageSpy(app.get(), &AppController::currentPageChanged);

        app->openDay(QDate(2026, 11, 28));
        app->openDay(QDate());

        QCOMPARE(pageSpy.count(), 0);
        QCOMPARE(app->editingDate(), QDate(2026, 11, 20));

        app->closeDay();
        app->openDay(QDate(2027, 1, 1));
        QCOMPARE(app->currentPage(), QStringLiteral("history"));
    }

    void goBackReturnsToWhereTheWorkerWas() {
        auto app = onboardedController();
        QVERIFY(!app->goBack()); // nowhere to go back to from a tab
        QVERIFY(!app->canGoBack());
        QCOMPARE(app->currentPage(), QStringLiteral("today"));

        app->showTab(3);
        app->openDay(QDate(2026, 11, 25));
        QVERIFY(app->canGoBack());
        QVERIFY(app->goBack());
        QCOMPARE(app->currentPage(), QStringLiteral("history"));
        QVERIFY(!app->goBack());
        QCOMPARE(app->currentPage(), QStringLiteral("history"));
    }

    void supportOpensFromAnyPageAndReturns() {
        auto app = onboardedController();
        app->showTab(1); // insights
        app->openPage(QStringLiteral("trends"));
        app->openPage(QStringLiteral("support"));
        QCOMPARE(app->currentPage(), QStringLiteral("support"));
        QCOMPARE(app->currentTabIndex(), 1); // still within Insights
        app->openPage(QStringLiteral("supervision"));

        // Support again from deeper down returns to the one already open instead of stacking copies.
        app->openPage(QStringLiteral("support"));
        QCOMPARE(app->currentPage(), QStringLiteral("support"));
        QVERIFY(app->goBack());
        QCOMPARE(app->currentPage(), QStringLiteral("trends"));
        QVERIFY(app->goBack());
        QCOMPARE(app->currentPage(), QStringLiteral("insights"));
        QVERIFY(!app->goBack());

        // A tab starts afresh.
        app->openPage(QStringLiteral("support"));
        app->showTab(4);
        QVERIFY(!app->canGoBack());
        QCOMPARE(app->currentPage(), QStringLiteral("settings"));

        app->openPage(QStringLiteral("error"));
        app->openPage(QStringLiteral("nowhere"));
        QCOMPARE(app->currentPage(), QStringLiteral("settings"));
    }

    void themeModeAcceptsOnlyKnownModes() {
        auto app = onboardedController();
        QSignalSpy themeSpy(app.get(), &AppController::themeChanged);
        QCOMPARE(app->themeMode(), QStringLiteral("system"));

        for (const QString& bad : {QStringLiteral("purple"), QStringLiteral("Dark"), QString()})
            app->setThemeMode(bad);
        QCOMPARE(app->themeMode(), QStringLiteral("system"));
        QCOMPARE(themeSpy.count(), 0);

        app->setThemeMode(QStringLiteral("dark"));
        QCOMPARE(themeSpy.count(), 1);
        QCOMPARE(app->themeMode(), QStringLiteral("dark"));
        QVERIFY(app->darkTheme());
        app->setThemeMode(QStringLiteral("dark"));
        QCOMPARE(themeSpy.count(), 1);

        app->setThemeMode(QStringLiteral("light"));
        QCOMPARE(themeSpy.count(), 2);
        QVERIFY(!app->darkTheme());

        app->setThemeMode(QStringLiteral("system"));
        QCOMPARE(app->themeMode(), QStringLiteral("system"));
    }

    void themeModePersists() {
        {
            auto app = onboardedController();
            app->setThemeMode(QStringLiteral("dark"));
        }
        m_env->reopen();
        auto app = makeController();
        QCOMPARE(app->themeMode(), QStringLiteral("dark"));
        QVERIFY(app->darkTheme());
    }

    void demoDataIsFlagged() {
        QVERIFY(m_env->session->seedDemoData());
        // The demo worker has a self-care plan and ticked it on some days.
        QCOMPARE(m_env->session->plan().active().size(), std::size_t(4));
        const auto checkins =
            m_env->session->checkins().range(m_env->today() - boost::gregorian::days(200), m_env->today());
        QVERIFY(std::any_of(checkins.begin(), checkins.end(),
                            [](const tend::Checkin& c) { return !c.selfCareDone.empty(); }));
        auto app = makeController();
        QVERIFY(app->isDemo());
        // Seeding never touches a database that already holds check-ins.
        QVERIFY(!m_env->session->seedDemoData());
    }

    void withoutASessionOnlyTheErrorIsShown() {
        AppController app(nullptr, QStringLiteral("The data could not be opened"));
        QVERIFY(!app.ready());
        QCOMPARE(app.currentPage(), QStringLiteral("error"));
        QCOMPARE(app.startupError(), QStringLiteral("The data could not be opened"));
        QVERIFY(!app.onboardingDone());
        QCOMPARE(app.themeMode(), QStringLiteral("system"));
        QVERIFY(app.definitionAbout().isEmpty());

        // Nothing may lead away from the error page or touch the missing session.
        app.showTab(0);
        app.setCurrentPage(QStringLiteral("today"));
        app.openDay(QDate(2020, 1, 1));
        app.completeOnboarding();
        app.setThemeMode(QStringLiteral("dark"));
        QVERIFY(!app.goBack());
        QCOMPARE(app.currentPage(), QStringLiteral("error"));
        QCOMPARE(app.themeMode(), QStringLiteral("system"));
    }

    void startingFreshIsOfferedOnlyForUnreadableData() {
        AppController busy(nullptr, QStringLiteral("Tend is already open"));
        QVERIFY(!busy.canStartFresh());
        QSignalSpy busyRestart(&busy, &AppController::restartRequested);
        busy.startFresh();
        QCOMPARE(busyRestart.count(), 0);
        QCOMPARE(busy.restartAction(), tend::ui::RestartAction::None);

        AppController damaged(nullptr, QStringLiteral("The data file is damaged"), true);
        QVERIFY(damaged.canStartFresh());
        QSignalSpy restart(&damaged, &AppController::restartRequested);
        damaged.startFresh();
        QCOMPARE(restart.count(), 1);
        QCOMPARE(damaged.restartAction(), tend::ui::RestartAction::SetAsideAndStartFresh);
        damaged.startFreshAndRestore();
        QCOMPARE(restart.count(), 2);
        QCOMPARE(damaged.restartAction(), tend::ui::RestartAction::SetAsideAndRestore);
        busy.startFreshAndRestore();
        QCOMPARE(busyRestart.count(), 0);
    }

    void erasingEverythingAsksForARestart() {
        auto app = makeController();
        QVERIFY(!app->canStartFresh());
        QSignalSpy restart(app.get(), &AppController::restartRequested);
        app->eraseEverything();
        QCOMPARE(restart.count(), 1);
        QCOMPARE(app->restartAction(), tend::ui::RestartAction::EraseEverything);
    }

    void definitionAboutComesFromTheDefinition() {
        auto app = makeController();
        QVERIFY(app->definitionAbout().contains(QStringLiteral("not a validated questionnaire")));
    }
};

QTEST_MAIN(TestAppController)
#include "tst_appcontroller.moc"
