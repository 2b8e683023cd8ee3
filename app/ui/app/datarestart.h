#pragma once

#include <boost/date_time/posix_time/posix_time_types.hpp>

#include <QString>

namespace tend {
class DataDirectory;
class KeyProvider;
} // namespace tend

namespace tend::ui {

// What happens to the data folder between closing the window and opening it again. These steps need every
// object that uses the database gone, so the composition root carries them out between two runs.
enum class RestartAction {
    None,                  // just quit
    EraseEverything,       // delete everything: data, its key, the app's own copies; then first start
    SetAsideAndStartFresh, // the data could not be opened: keep the file aside, start with an empty one
    SetAsideAndRestore,    // the same, then the window opens where a backup is restored
};

// Carries out `action`. Returns an empty string on success, otherwise a translated message saying what
// could not be done and what is left, for the next start to show.
[[nodiscard]] QString carryOutRestartAction(RestartAction action, const DataDirectory& data,
                                            KeyProvider& keys, boost::posix_time::ptime now);

} // namespace tend::ui
