#include "review/uireview.h"

#include "app/appcontroller.h"
#include "app/appsession.h"
#include "checkin/checkineditor.h"
#include "lock/lockcontroller.h"

#include <QCoreApplication>

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QHash>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTextStream>

#include <algorithm>
#include <atomic>

namespace tend::ui {

namespace {

std::atomic<int> warnings{0};
QtMessageHandler previousHandler = nullptr;

void countingHandler(QtMsgType type, const QMessageLogContext& context, const QString& message) {
    if (type == QtWarningMsg || type == QtCriticalMsg || type == QtFatalMsg)
        ++warnings;
    if (previousHandler)
        previousHandler(type, context, message);
}

// Lets bindings, layouts and charts settle; a fixed short pause is enough offscreen.
void settle(int milliseconds = 250) {
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < milliseconds)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
}

QQuickWindow* mainWindow(QQmlApplicationEngine& engine) {
    const auto roots = engine.rootObjects();
    return roots.isEmpty() ? nullptr : qobject_cast<QQuickWindow*>(roots.first());
}

QTextStream& out() {
    static QTextStream stream(stdout);
    return stream;
}

// A PIN set only for the length of a review, on data that had none.
const QString reviewPin = QStringLiteral("2468");

bool isShown(QQuickWindow* window, const char* objectName) {
    const auto* item = window->findChild<QQuickItem*>(QString::fromLatin1(objectName));
    return item && item->isVisible();
}

} // namespace

void UiReview::startCollectingWarnings() {
    previousHandler = qInstallMessageHandler(countingHandler);
}

int UiReview::warningCount() {
    return warnings.load();
}

bool UiReview::showPage(const QString& page) {
    // Pages opened on top of a tab are reviewed from the tab workers usually reach them from, so the
    // navigation bar in a screenshot shows where they are.
    static const QHash<QString, int> homeTab{
        {QStringLiteral("trends"), 1},      {QStringLiteral("day"), 3},        {QStringLiteral("support"), 0},
        {QStringLiteral("supervision"), 0}, {QStringLiteral("assessment"), 0}, {QStringLiteral("data"), 4}};
    if (homeTab.contains(page))
        m_app.showTab(homeTab.value(page));
    // The day editor is reviewed on a past day, the way workers reach it from History.
    if (page == QStringLiteral("day"))
        m_app.openDay(m_app.today().addDays(-1));
    else if (homeTab.contains(page))
        m_app.openPage(page);
    else
        m_app.setCurrentPage(page);
    settle();
    if (m_app.currentPage() != page) {
        out() << "FAIL: could not show page " << page << Qt::endl;
        return false;
    }
    return true;
}

bool UiReview::exerciseCheckin() {
    QQuickWindow* window = mainWindow(m_engine);
    auto* editor = window ? window->findChild<CheckinEditor*>(QStringLiteral("todayCheckin")) : nullptr;
    if (!editor) {
        out() << "FAIL: the Today page has no check-in editor" << Qt::endl;
        return false;
    }
    const auto today = m_session.clock().today();
    editor->setAnswer(QStringLiteral("mood"), 3);
    editor->setNote(QStringLiteral("Self-test note"));
    editor->flush();
    const int momentsBefore = static_cast<int>(m_session.hardMoments().inRange(today, today).size());
    const bool logged = editor->logHardMoment(2);
    settle(100);

    const auto stored = m_session.checkins().find(today);
    const bool saved = stored && stored->answer("mood") == 3 && stored->note == "Self-test note";
    const int momentsAfter = static_cast<int>(m_session.hardMoments().inRange(today, today).size());
    if (!saved || !logged || momentsAfter != momentsBefore + 1 || !editor->saved()) {
        out() << "FAIL: saving through the Today page did not reach the database" << Qt::endl;
        return false;
    }
    out() << "ok: check-in and hard moment saved through the Today page" << Qt::endl;
    return exerciseAcuteSupport(*editor);
}

// Answers that signal acute distress must bring support to the top of Today at once, with the crisis
// lines, without leaving the page.
bool UiReview::exerciseAcuteSupport(CheckinEditor& editor) {
    QQuickWindow* window = mainWindow(m_engine);
    // Pages left earlier may still await deletion here, so count only what is on screen.
    const auto shownSupport = [&] {
        const auto areas = window->findChildren<QQuickItem*>(QStringLiteral("hardDaySupport"));
        return std::count_if(areas.begin(), areas.end(), [](const QQuickItem* area) {
            return area->isVisible() && area->height() >= 100;
        });
    };
    if (shownSupport() != 0) {
        out() << "FAIL: support for a hard day showed before any such answer" << Qt::endl;
        return false;
    }
    for (const char* id : {"intrusion", "avoid_reminders", "avoid_work_tasks", "on_edge"})
        editor.setAnswer(QString::fromLatin1(id), 0);
    editor.setAnswer(QStringLiteral("mood"), 0);
    editor.setAnswer(QStringLiteral("numb"), 4);
    settle(100);
    if (shownSupport() != 1 || m_app.currentPage() != QStringLiteral("today")) {
        out() << "FAIL: answers signalling acute distress did not bring support to Today" << Qt::endl;
        return false;
    }
    out() << "ok: acute support shown on Today" << Qt::endl;
    return true;
}

// The lock hides every page (not just covers it), a wrong PIN is refused calmly, the right one brings
// the pages back, and the re-authentication dialog opens and closes.
bool UiReview::exerciseLock() {
    QQuickWindow* window = mainWindow(m_engine);
    if (!m_lock.setPin(reviewPin, reviewPin)) {
        out() << "FAIL: could not set a PIN for the lock check" << Qt::endl;
        return false;
    }
    m_lock.lockNow();
    settle(100);
    bool passed = true;
    if (isShown(window, "mainContent") || !isShown(window, "lockScreen")) {
        out() << "FAIL: while locked the pages are still drawn, or the lock screen is not" << Qt::endl;
        passed = false;
    }
    passed = exerciseLockSupport() && passed;
    if (m_lock.unlock(QStringLiteral("1357")) || m_lock.message().isEmpty()) {
        out() << "FAIL: a wrong PIN unlocked the app, or said nothing" << Qt::endl;
        passed = false;
    }
    if (!m_lock.unlock(reviewPin)) {
        out() << "FAIL: the right PIN did not unlock the app" << Qt::endl;
        passed = false;
    }
    settle(100);
    if (!isShown(window, "mainContent") || isShown(window, "lockScreen")) {
        out() << "FAIL: after unlocking the pages are not back" << Qt::endl;
        passed = false;
    }
    m_lock.confirm(QStringLiteral("export"));
    settle(100);
    if (!isShown(window, "confirmContinue")) {
        out() << "FAIL: the confirmation dialog did not open" << Qt::endl;
        passed = false;
    }
    m_lock.cancelConfirm();
    settle(100);
    if (!m_lock.removePin(reviewPin)) {
        out() << "FAIL: could not remove the PIN after the lock check" << Qt::endl;
        passed = false;
    }
    if (passed)
        out() << "ok: locked, refused a wrong PIN, unlocked, asked to confirm" << Qt::endl;
    return passed;
}

// While locked, support is one tap away: its view shows the contacts over the lock screen, with the pages
// still not drawn, and going back returns to the PIN pad without unlocking.
bool UiReview::exerciseLockSupport() {
    QQuickWindow* window = mainWindow(m_engine);
    m_lock.showSupport();
    settle(100);
    bool passed = true;
    if (!isShown(window, "lockSupportContacts") || isShown(window, "pinPad") ||
        isShown(window, "mainContent") || !m_lock.locked()) {
        out() << "FAIL: the lock screen's support view did not show its contacts alone" << Qt::endl;
        passed = false;
    }
    m_lock.closeSupport();
    settle(100);
    if (!isShown(window, "pinPad") || isShown(window, "lockSupportContacts") || !m_lock.locked()) {
        out() << "FAIL: leaving the support view did not return to the locked PIN pad" << Qt::endl;
        passed = false;
    }
    if (passed)
        out() << "ok: support opened from the lock screen and closed again, still locked" << Qt::endl;
    return passed;
}

bool UiReview::writeLockScreenshots(const QString& directory) {
    QQuickWindow* window = mainWindow(m_engine);
    if (!m_lock.setPin(reviewPin, reviewPin)) {
        out() << "FAIL: could not set a PIN for the lock screen" << Qt::endl;
        return false;
    }
    m_lock.lockNow();
    bool passed = true;
    for (const QString& theme : {QStringLiteral("light"), QStringLiteral("dark")}) {
        m_app.setThemeMode(theme);
        settle();
        for (const bool support : {false, true}) {
            if (support)
                m_lock.showSupport();
            else
                m_lock.closeSupport();
            settle();
            const QString file = QDir(directory).filePath(
                (support ? QStringLiteral("lock-support-%1.png") : QStringLiteral("lock-%1.png")).arg(theme));
            const bool written = window->grabWindow().save(file);
            out() << (written ? "wrote " : "FAIL: could not write ") << file << Qt::endl;
            passed = written && passed;
        }
    }
    m_lock.closeSupport();
    passed = m_lock.unlock(reviewPin) && m_lock.removePin(reviewPin) && passed;
    return passed;
}

int UiReview::runSelfTest() {
    if (!mainWindow(m_engine)) {
        out() << "FAIL: the main window did not load" << Qt::endl;
        return 1;
    }
    if (m_lock.enabled()) {
        out() << "FAIL: this data has an app lock; please review data without one" << Qt::endl;
        return 1;
    }
    bool passed = true;
    for (const QString& page : m_app.pages()) {
        if (page == QStringLiteral("error"))
            continue;
        passed = showPage(page) && passed;
        out() << "ok: page " << page << Qt::endl;
    }
    passed = showPage(QStringLiteral("today")) && exerciseCheckin() && passed;
    passed = exerciseLock() && passed;
    settle();
    if (warningCount() > 0) {
        out() << "FAIL: " << warningCount() << " QML warning(s) or error(s), see above" << Qt::endl;
        passed = false;
    }
    out() << (passed ? "self-test passed" : "self-test failed") << Qt::endl;
    return passed ? 0 : 1;
}

int UiReview::writeScreenshots(const QString& directory) {
    QQuickWindow* window = mainWindow(m_engine);
    if (!window || !QDir().mkpath(directory)) {
        out() << "FAIL: no window, or cannot create " << directory << Qt::endl;
        return 1;
    }
    if (m_lock.enabled()) {
        out() << "FAIL: this data has an app lock; please review data without one" << Qt::endl;
        return 1;
    }
    const QString originalTheme = m_app.themeMode();
    bool passed = true;
    for (const QString& theme : {QStringLiteral("light"), QStringLiteral("dark")}) {
        m_app.setThemeMode(theme);
        for (const QString& page : m_app.pages()) {
            if (page == QStringLiteral("error") || !showPage(page))
                continue;
            const QString file =
                QDir(directory).filePath(page + QLatin1Char('-') + theme + QStringLiteral(".png"));
            const bool written = window->grabWindow().save(file);
            out() << (written ? "wrote " : "FAIL: could not write ") << file << Qt::endl;
            passed = written && passed;
        }
    }
    m_app.setCurrentPage(QStringLiteral("today"));
    passed = writeLockScreenshots(directory) && passed;
    m_app.setThemeMode(originalTheme);
    return passed && warningCount() == 0 ? 0 : 1;
}

} // namespace tend::ui
