#include "app/datarestart.h"

#include "keyprovider.h"
#include "storage/datadirectory.h"

#include <QCoreApplication>

namespace tend::ui {

QString carryOutRestartAction(RestartAction action, const DataDirectory& data, KeyProvider& keys,
                              boost::posix_time::ptime now) {
    try {
        switch (action) {
        case RestartAction::None:
            return {};
        case RestartAction::EraseEverything:
            // The key goes last: while it exists, a half-finished erase can still be read and finished.
            data.eraseData();
            keys.deleteKey();
            return {};
        case RestartAction::SetAsideAndStartFresh:
        case RestartAction::SetAsideAndRestore:
            (void)data.setAsideDatabase(now);
            return {};
        }
    } catch (const std::exception& error) {
        qWarning("Could not finish %s: %s",
                 action == RestartAction::EraseEverything ? "erasing" : "setting the data aside",
                 error.what());
        if (action == RestartAction::EraseEverything)
            return QCoreApplication::translate(
                "Restart", "Not everything could be erased. Please try \"Delete everything\" again.");
        return QCoreApplication::translate("Restart",
                                           "The data file could not be moved aside, so nothing was "
                                           "changed.");
    }
    return {};
}

} // namespace tend::ui
