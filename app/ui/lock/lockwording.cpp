#include "lock/lockwording.h"

#include <QCoreApplication>

namespace tend::ui::lockwording {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("AppLock", text);
}

} // namespace

QString waitDuration(int seconds) {
    if (seconds < 60)
        return seconds == 1 ? tr("1 second") : tr("%1 seconds").arg(seconds);
    const int minutes = (seconds + 59) / 60;
    return minutes == 1 ? tr("1 minute") : tr("%1 minutes").arg(minutes);
}

QString pinProblem(const std::string& problem) {
    // Core's own English text is the translation key (see security/pinrules.cpp).
    return QCoreApplication::translate("PinRules", problem.c_str());
}

QString confirmTitle(const QString& purpose) {
    if (purpose == QLatin1String("export"))
        return tr("Export your data");
    if (purpose == QLatin1String("backup"))
        return tr("Make a backup");
    if (purpose == QLatin1String("import"))
        return tr("Bring data in");
    if (purpose == QLatin1String("restore"))
        return tr("Restore a backup");
    if (purpose == QLatin1String("erase"))
        return tr("Erase everything");
    if (purpose == QLatin1String("sharing"))
        return tr("Change what you share");
    return tr("Confirm it's you");
}

} // namespace tend::ui::lockwording
