#include "cli/newfolderguard.h"

#include <system_error>

namespace tend::ui {

namespace fs = std::filesystem;

NewFolderGuard::NewFolderGuard(fs::path dataDir)
    : m_dir(fs::absolute(std::move(dataDir))) {
    std::error_code error;
    m_holdsNoData = !fs::exists(m_dir / "tend.db", error) && !error;
    if (!m_holdsNoData)
        return;
    for (auto folder = m_dir; !folder.empty() && !fs::exists(folder, error); folder = folder.parent_path()) {
        m_firstMissing = folder;
        if (folder == folder.parent_path())
            break;
    }
    if (m_firstMissing.empty())
        for (const auto& entry : fs::directory_iterator(m_dir, error))
            m_before.insert(entry.path().filename());
}

void NewFolderGuard::undo() {
    if (!m_holdsNoData)
        return;
    std::error_code error;
    if (!m_firstMissing.empty()) {
        fs::remove_all(m_firstMissing, error);
        return;
    }
    std::set<fs::path> added;
    for (const auto& entry : fs::directory_iterator(m_dir, error))
        if (!m_before.contains(entry.path().filename()))
            added.insert(entry.path());
    for (const auto& path : added)
        fs::remove_all(path, error);
}

} // namespace tend::ui
