#pragma once

#include <QString>

class QQmlApplicationEngine;

namespace tend::ui {

class AppController;
class AppSession;
class CheckinEditor;

// The review modes of `tend`: --self-test walks every page and saves a check-in through the Today page,
// failing on any QML warning; --screenshot writes one PNG per page and theme.
class UiReview final {
public:
    UiReview(QQmlApplicationEngine& engine, AppController& app, AppSession& session)
        : m_engine(engine)
        , m_app(app)
        , m_session(session) {}

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

    QQmlApplicationEngine& m_engine;
    AppController& m_app;
    AppSession& m_session;
};

} // namespace tend::ui
