#include "app/appcontroller.h"

#include "app/appsession.h"
#include "common/dateconversion.h"
#include "common/storageguard.h"
#include "storage/settingskeys.h"
#include "storage/storageerror.h"

#include <QGuiApplication>
#include <QLocale>
#include <QPalette>
#include <QTime>

#include <utility>

namespace tend::ui {

namespace {
constexpr std::string_view onboardingKey = settingskeys::onboardingDone;
constexpr std::string_view themeKey = settingskeys::theme;
const QStringList tabPages{QStringLiteral("today"), QStringLiteral("insights"), QStringLiteral("selfcare"),
                           QStringLiteral("history"), QStringLiteral("settings")};
} // namespace

QString AppController::readOnlyNotice() const {
    if (!m_session || !m_session->readOnly())
        return {};
    return tr("Tend can show your data, but it can't save anything just now: its folder can't be written "
              "to (%1). Everything saved before is safe. Once there is space again, or the folder can be "
              "written, restart Tend.")
        .arg(QString::fromStdString(m_session->readOnlyReason()));
}

AppController::AppController(AppSession* session, QString startupError, bool offerFreshStart, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_startupError(std::move(startupError))
    , m_offerFreshStart(offerFreshStart) {
    if (!m_session) {
        m_currentPage = QStringLiteral("error");
        return;
    }
    m_isDemo = readOr([this] { return m_session->isDemo(); }, false);
    m_today = toQDate(m_session->today());
    m_currentPage = onboardingDone() ? QStringLiteral("today") : QStringLiteral("onboarding");
    // Checking each half minute keeps "today" right across midnight, DST changes and time-zone travel
    // without depending on timer accuracy over many hours.
    m_rolloverTimer.setInterval(30 * 1000);
    connect(&m_rolloverTimer, &QTimer::timeout, this, &AppController::checkDateRollover);
    m_rolloverTimer.start();
    m_knownTheme = themeMode();
    m_knownDayStartMinutes = dayStartMinutes();
    m_knownOnboardingDone = onboardingDone();
    m_settingsChanges = m_session->settings().changes().subscribe([this] { settingsChanged(); });
}

AppController::~AppController() = default;

QStringList AppController::pages() const {
    return {QStringLiteral("onboarding"), QStringLiteral("today"),    QStringLiteral("insights"),
            QStringLiteral("trends"),     QStringLiteral("selfcare"), QStringLiteral("history"),
            QStringLiteral("day"),        QStringLiteral("support"),  QStringLiteral("supervision"),
            QStringLiteral("assessment"), QStringLiteral("settings"), QStringLiteral("data"),
            QStringLiteral("followup"),   QStringLiteral("error")};
}

void AppController::setCurrentPage(const QString& page) {
    if (tabPages.contains(page) || page == QStringLiteral("onboarding")) {
        if (page == m_currentPage && m_backStack.isEmpty())
            return;
        if (!pages().contains(page) || !m_session)
            return;
        m_backStack.clear();
        m_currentPage = page;
        emit currentPageChanged();
        return;
    }
    openPage(page);
}

void AppController::openPage(const QString& page) {
    if (page == m_currentPage || !pages().contains(page) || !m_session || page == QStringLiteral("error"))
        return;
    if (page == QStringLiteral("day") && !m_editingDate.isValid())
        m_editingDate = m_today;
    // Opening a page that is already further down the stack returns to it instead of piling up copies.
    if (const auto at = m_backStack.indexOf(page); at >= 0)
        m_backStack.resize(at);
    else
        m_backStack.append(m_currentPage);
    m_currentPage = page;
    emit currentPageChanged();
}

int AppController::currentTabIndex() const {
    if (m_currentPage == QStringLiteral("onboarding") || m_currentPage == QStringLiteral("error"))
        return -1;
    const QString& root = m_backStack.isEmpty() ? m_currentPage : m_backStack.constFirst();
    return static_cast<int>(tabPages.indexOf(root));
}

void AppController::showTab(int index) {
    if (index >= 0 && index < tabPages.size())
        setCurrentPage(tabPages.at(index));
}

void AppController::openDay(QDate date) {
    if (!date.isValid() || date > m_today || !m_session)
        return;
    m_editingDate = date;
    if (m_currentPage == QStringLiteral("day")) {
        emit currentPageChanged();
        return;
    }
    openPage(QStringLiteral("day"));
}

void AppController::closeDay() {
    if (!goBack())
        setCurrentPage(QStringLiteral("history"));
}

bool AppController::goBack() {
    if (m_backStack.isEmpty())
        return false;
    m_currentPage = m_backStack.takeLast();
    emit currentPageChanged();
    return true;
}

void AppController::startFresh() {
    if (!canStartFresh())
        return;
    m_restartAction = RestartAction::SetAsideAndStartFresh;
    emit restartRequested();
}

void AppController::startFreshAndRestore() {
    if (!canStartFresh())
        return;
    m_restartAction = RestartAction::SetAsideAndRestore;
    emit restartRequested();
}

void AppController::eraseEverything() {
    m_restartAction = RestartAction::EraseEverything;
    emit restartRequested();
}

bool AppController::onboardingDone() const {
    return m_session && readOr([this] { return m_session->settings().flag(onboardingKey, false); }, true);
}

void AppController::completeOnboarding() {
    if (!m_session)
        return;
    // Failing to remember onboarding only means it shows again next time; the worker can go on now.
    try {
        m_session->settings().setFlag(onboardingKey, true);
    } catch (const StorageError& error) {
        qWarning("Could not store the end of onboarding: %s", error.what());
    }
    // The settings' own notice has told QML already; if it could not be stored, the worker goes on anyway.
    if (!std::exchange(m_knownOnboardingDone, true))
        emit onboardingDoneChanged();
    setCurrentPage(QStringLiteral("today"));
}

QString AppController::themeMode() const {
    const auto stored = [this] {
        return QString::fromStdString(m_session->settings().value(themeKey, "system"));
    };
    return m_session ? readOr(stored, QStringLiteral("system")) : QStringLiteral("system");
}

void AppController::setThemeMode(const QString& mode) {
    static const QStringList modes{QStringLiteral("system"), QStringLiteral("light"), QStringLiteral("dark")};
    if (!m_session || !modes.contains(mode) || mode == themeMode())
        return;
    try {
        m_session->settings().setValue(themeKey, mode.toStdString());
    } catch (const StorageError& error) {
        qWarning("Could not store the theme: %s", error.what());
        return;
    }
    // The settings' own notice normally told QML already.
    if (std::exchange(m_knownTheme, mode) != mode)
        emit themeChanged();
}

bool AppController::darkTheme() const {
    const QString mode = themeMode();
    if (mode != QStringLiteral("system"))
        return mode == QStringLiteral("dark");
    // Qt 6.4 has no colour-scheme API; the platform palette tells whether the system runs dark.
    return QGuiApplication::palette().color(QPalette::Window).lightness() < 128;
}

QString AppController::version() const {
    return QCoreApplication::applicationVersion();
}

QString AppController::definitionAbout() const {
    if (!m_session || m_session->definition().about.empty())
        return {};
    return QCoreApplication::translate("CheckinItems", m_session->definition().about.c_str());
}

namespace {
constexpr int dayStartStepMinutes = 30;

QString clockTime(int minutes) {
    const QTime time(minutes / 60, minutes % 60);
    // Minutes are enough; some locales' short format still carries seconds.
    return QLocale().toString(time, QLocale().timeFormat(QLocale::ShortFormat).remove(QStringLiteral(":ss")));
}
} // namespace

int AppController::dayStartMinutes() const {
    return m_session ? m_session->dayStart().minutes() : 0;
}

void AppController::setDayStartMinutes(int minutes) {
    const auto start = DayStart::fromMinutes(minutes);
    if (!m_session || !start || *start == m_session->dayStart())
        return;
    // Known before the write, so that the settings notice the write sends does not announce it twice.
    const int before = std::exchange(m_knownDayStartMinutes, start->minutes());
    try {
        m_session->setDayStart(*start);
    } catch (const StorageError& error) {
        m_knownDayStartMinutes = before;
        qWarning("The start of the day was not saved: %s", error.what());
        return;
    }
    emit dayStartChanged();
    checkDateRollover(); // "today" may be another day now
}

int AppController::dayStartIndex() const {
    return dayStartMinutes() / dayStartStepMinutes;
}

QVariantList AppController::dayStartChoices() const {
    QVariantList choices;
    for (int minutes = 0; minutes <= DayStart::maxMinutes; minutes += dayStartStepMinutes)
        choices.append(
            QVariantMap{{QStringLiteral("minutes"), minutes},
                        {QStringLiteral("label"), minutes == 0 ? tr("Midnight") : clockTime(minutes)}});
    return choices;
}

QString AppController::dayStartText() const {
    const int minutes = dayStartMinutes();
    if (minutes == 0)
        return tr("Your day begins at midnight, like the calendar's.");
    return tr("Your day begins at %1: anything before it, such as the end of a night shift, belongs to the "
              "day before.")
        .arg(clockTime(minutes));
}

void AppController::settingsChanged() {
    // Each of these reads the settings afresh, so telling QML is enough; an unchanged value costs a re-read.
    // Only what really changed: the app's own writes (completing onboarding, choosing a theme) have told QML
    // already, and a restore may change any of them.
    const QString theme = themeMode();
    if (theme != m_knownTheme) {
        m_knownTheme = theme;
        emit themeChanged();
    }
    const bool done = onboardingDone();
    if (done != m_knownOnboardingDone) {
        m_knownOnboardingDone = done;
        emit onboardingDoneChanged();
    }
    // An import or restore may bring another start of the day, and with it another "today". The session
    // subscribed before this controller existed, so it has read the new start already.
    const int dayStart = dayStartMinutes();
    if (dayStart != m_knownDayStartMinutes) {
        m_knownDayStartMinutes = dayStart;
        emit dayStartChanged();
        checkDateRollover();
    }
    const bool demo = readOr([this] { return m_session->isDemo(); }, m_isDemo);
    if (demo != m_isDemo) {
        m_isDemo = demo;
        emit isDemoChanged();
    }
}

void AppController::checkDateRollover() {
    if (!m_session)
        return;
    const QDate today = toQDate(m_session->today());
    if (today == m_today)
        return;
    m_today = today;
    emit todayChanged();
}

} // namespace tend::ui
