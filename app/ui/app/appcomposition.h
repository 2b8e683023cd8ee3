#pragma once

#include "lock/lockcontroller.h"

#include <QString>

#include <filesystem>
#include <memory>

class QQmlEngine;

namespace tend {
class Clock;
class KeyProvider;
class PlatformServices;
} // namespace tend

namespace tend::ui {

class AppController;
class AppSession;
class HistoryModel;
class SessionHandle;
class TrackedItemsModel;
class TrendsModel;

// Everything one window works with, built in one place and in the right order: the key and the data
// session over a folder (or the reason they could not be opened), the window's own state, the app lock,
// the lists and charts QML shows, and the handle QML gives the controllers it creates. publishTo() hands
// them to a QML engine as its singletons (App, Lock, History, Trends, Tracking, Session).
//
// main.cpp builds one per window (the window is built anew after the data was erased or set aside); the
// QML tests build one over a scratch folder. Nothing here is static: two compositions never share state.
class AppComposition final {
public:
    struct Settings {
        std::filesystem::path dataDir;
        bool demo = false; // fill an empty folder with the demo story
        LockOptions lock;
    };

    AppComposition(PlatformServices& platform, const Clock& clock, const Settings& settings);
    ~AppComposition();
    AppComposition(const AppComposition&) = delete;
    AppComposition& operator=(const AppComposition&) = delete;

    void publishTo(QQmlEngine& engine);

    // Null when the data could not be opened; app().startupError() then says why.
    [[nodiscard]] AppSession* session() { return m_session.get(); }
    [[nodiscard]] AppController& app() { return *m_app; }
    [[nodiscard]] LockController& lock() { return *m_lock; }
    [[nodiscard]] KeyProvider& keys() { return *m_keys; }

private:
    std::unique_ptr<KeyProvider> m_keys;
    std::unique_ptr<AppSession> m_session;
    std::unique_ptr<AppController> m_app;
    std::unique_ptr<LockController> m_lock;
    std::unique_ptr<SessionHandle> m_sessionHandle;
    std::unique_ptr<HistoryModel> m_history;
    std::unique_ptr<TrendsModel> m_trends;
    std::unique_ptr<TrackedItemsModel> m_tracking;
};

} // namespace tend::ui
