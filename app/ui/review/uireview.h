#pragma once

#include <QString>

class QQmlApplicationEngine;

namespace tend::ui {

class AppController;
class AppSession;
class CheckinEditor;
class LockController;

// The review modes of `tend`: --self-test walks every page, saves a check-in through the Today page and
// locks and unlocks the app (opening the lock screen's support view on the way), failing on any QML
// warning; --screenshot writes one PNG per page and theme, and of the lock screen and its support view. Both
// need data without an app lock (they set a PIN for a moment themselves).
class UiReview final {
public:
    UiReview(QQmlApplicationEngine& engine, AppController& app, AppSession& session, LockController& lock)
        : m_engine(engine)
        , m_app(app)
        , m_session(session)
        , m_lock(lock) {}

    // Must be installed before QML loads so that no warning is missed.
    static void startCollectingWarnings();
    [[nodiscard]] static int warningCount();

    // Both return a process exit code.
    [[nodiscard]] int runSelfTest();
    [[nodiscard]] int writeScreenshots(const QString& directory);

private:
    [[nodiscard]] bool showPage(const QString& page);
    [[nodiscard]] bool exerciseCheckin();
    [[nodiscard]] bool exerciseAcuteSupport(CheckinEditor& editor);
    [[nodiscard]] bool exerciseLock();
    [[nodiscard]] bool exerciseLockSupport();
    [[nodiscard]] bool writeLockScreenshots(const QString& directory);

    QQmlApplicationEngine& m_engine;
    AppController& m_app;
    AppSession& m_session;
    LockController& m_lock;
};

} // namespace tend::ui
