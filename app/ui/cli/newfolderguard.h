#pragma once

#include <filesystem>
#include <set>

namespace tend::ui {

// For the commands that may start from an empty or missing data folder (import, import-daylio, restore):
// remembers the folder as it was before the data was opened, so that a command that was refused can leave
// it exactly so: no database, no key, no lock, and no folder where there was none. A folder that already
// holds Tend data is never touched (its own transaction keeps it as it was).
class NewFolderGuard final {
public:
    explicit NewFolderGuard(std::filesystem::path dataDir);

    // Removes what appeared since construction. Call only with the data closed.
    void undo();

private:
    std::filesystem::path m_dir;
    bool m_holdsNoData = false;
    std::filesystem::path m_firstMissing; // the outermost folder that did not exist, if any
    std::set<std::filesystem::path> m_before;
};

} // namespace tend::ui
