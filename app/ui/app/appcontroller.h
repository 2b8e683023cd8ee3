#pragma once

#include "app/datarestart.h"
#include "storage/changenotifier.h"

#include "app/qmlpublished.h"

#include <QDate>
#include <QObject>
#include <QTimer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace tend::ui {

class AppSession;

// App-wide state the pages bind to: which page is shown, first-run onboarding, theme, today's date (which
// rolls over at local midnight) and whether the data is demo data. Works without a session too, to
// show a startup error.
class AppController final : public QObject {
    Q_OBJECT
    QML_NAMED_ELEMENT(App)
    QML_SINGLETON
    Q_PROPERTY(QString currentPage READ currentPage WRITE setCurrentPage NOTIFY currentPageChanged)
    Q_PROPERTY(bool canGoBack READ canGoBack NOTIFY currentPageChanged)
    Q_PROPERTY(int currentPageIndex READ currentPageIndex NOTIFY currentPageChanged)
    Q_PROPERTY(int currentTabIndex READ currentTabIndex NOTIFY currentPageChanged)
    Q_PROPERTY(QStringList pages READ pages CONSTANT)
    Q_PROPERTY(QDate today READ today NOTIFY todayChanged)
    Q_PROPERTY(QDate editingDate READ editingDate NOTIFY currentPageChanged)
    Q_PROPERTY(bool onboardingDone READ onboardingDone NOTIFY onboardingDoneChanged)
    Q_PROPERTY(QString themeMode READ themeMode WRITE setThemeMode NOTIFY themeChanged)
    Q_PROPERTY(bool darkTheme READ darkTheme NOTIFY themeChanged)
    // When the worker's check-in day begins, in minutes after midnight (0 to 720), and the choices offered.
    Q_PROPERTY(int dayStartMinutes READ dayStartMinutes WRITE setDayStartMinutes NOTIFY dayStartChanged)
    Q_PROPERTY(int dayStartIndex READ dayStartIndex NOTIFY dayStartChanged)
    Q_PROPERTY(QVariantList dayStartChoices READ dayStartChoices CONSTANT)
    Q_PROPERTY(QString dayStartText READ dayStartText NOTIFY dayStartChanged)
    Q_PROPERTY(bool isDemo READ isDemo NOTIFY isDemoChanged)
    Q_PROPERTY(bool ready READ ready CONSTANT)
    Q_PROPERTY(QString startupError READ startupError CONSTANT)
    Q_PROPERTY(QString readOnlyNotice READ readOnlyNotice CONSTANT)
    Q_PROPERTY(bool canStartFresh READ canStartFresh CONSTANT)
    Q_PROPERTY(QString version READ version CONSTANT)
    Q_PROPERTY(QString definitionAbout READ definitionAbout CONSTANT)

public:
    // QML asks for the instance the composition root published to its engine (qmlpublished.h).
    static AppController* create(QQmlEngine* engine, QJSEngine*) {
        return publishedInstance<AppController>(engine);
    }
    // `session` may be null when the data could not be opened; `startupError` then says why, and
    // `offerFreshStart` says whether the file is unreadable (damaged, wrong key) rather than busy or newer.
    AppController(AppSession* session, QString startupError, bool offerFreshStart = false,
                  QObject* parent = nullptr);
    ~AppController() override;

    [[nodiscard]] QString currentPage() const { return m_currentPage; }
    void setCurrentPage(const QString& page);
    [[nodiscard]] int currentPageIndex() const { return static_cast<int>(pages().indexOf(m_currentPage)); }
    // Index in the bottom navigation (Today, Insights, Self-care, History, Settings). A page opened from a
    // tab (a day from History, charts from Insights, Support from anywhere) keeps its tab highlighted.
    [[nodiscard]] int currentTabIndex() const;
    [[nodiscard]] bool canGoBack() const { return !m_backStack.isEmpty(); }
    [[nodiscard]] QStringList pages() const;
    [[nodiscard]] QDate today() const { return m_today; }
    [[nodiscard]] QDate editingDate() const { return m_editingDate; }
    [[nodiscard]] bool onboardingDone() const;
    [[nodiscard]] QString themeMode() const;
    void setThemeMode(const QString& mode);
    [[nodiscard]] bool darkTheme() const;
    [[nodiscard]] int dayStartMinutes() const;
    void setDayStartMinutes(int minutes);
    [[nodiscard]] int dayStartIndex() const;
    // Every half hour from midnight to noon: [{minutes, label}].
    [[nodiscard]] QVariantList dayStartChoices() const;
    [[nodiscard]] QString dayStartText() const;
    [[nodiscard]] bool isDemo() const { return m_isDemo; }
    [[nodiscard]] bool ready() const { return m_session != nullptr; }
    [[nodiscard]] QString startupError() const { return m_startupError; }
    // When the data is open for reading only (its folder cannot be written just now): a gentle sentence
    // saying so and why; empty otherwise.
    [[nodiscard]] QString readOnlyNotice() const;
    [[nodiscard]] bool canStartFresh() const { return !m_session && m_offerFreshStart; }
    // What the composition root does to the data before opening the window again (None: quit).
    [[nodiscard]] RestartAction restartAction() const { return m_restartAction; }
    [[nodiscard]] QString version() const;
    [[nodiscard]] QString definitionAbout() const;

    Q_INVOKABLE void completeOnboarding();
    Q_INVOKABLE void showTab(int index);
    // Opens a page on top of the current one; goBack() returns to where the worker was.
    Q_INVOKABLE void openPage(const QString& page);
    Q_INVOKABLE void openDay(QDate date);
    Q_INVOKABLE void closeDay();
    // Android back / Escape: leaves an opened page; returns false when there is nowhere to go back to.
    Q_INVOKABLE bool goBack();
    // The data could not be opened: put the file aside (never deleted) and begin again with empty data.
    Q_INVOKABLE void startFresh();
    // The same, and the window then opens on the Your data page to restore a backup.
    Q_INVOKABLE void startFreshAndRestore();
    // Deletes every check-in, note, setting and the key, then Tend starts as on first use. Call only after
    // the worker confirmed it (Lock.confirm), which asks for the PIN when there is one. The window is built
    // anew then, since the database file itself goes. Imports and restores need no such thing: they write
    // through the session's repositories, and every page listening to them updates in place.
    Q_INVOKABLE void eraseEverything();

signals:
    void dayStartChanged();
    void currentPageChanged();
    void todayChanged();
    void onboardingDoneChanged();
    void themeChanged();
    void isDemoChanged();
    // The window should close so that restartAction() can be carried out with the data closed.
    void restartRequested();

private:
    void checkDateRollover();
    // Settings change underneath the window too (a restore brings the theme, onboarding and demo flag).
    void settingsChanged();

    AppSession* m_session;
    QString m_startupError;
    QString m_currentPage;
    QStringList m_backStack; // pages to return to, oldest first
    QDate m_today;
    QDate m_editingDate;
    bool m_isDemo = false;
    bool m_offerFreshStart = false;
    RestartAction m_restartAction = RestartAction::None;
    QTimer m_rolloverTimer;
    // What QML was last told, so a settings change tells it only what differs.
    QString m_knownTheme;
    int m_knownDayStartMinutes = 0;
    bool m_knownOnboardingDone = false;
    Subscription m_settingsChanges;
};

} // namespace tend::ui
