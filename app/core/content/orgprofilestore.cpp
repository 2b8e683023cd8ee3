#include "content/orgprofilestore.h"

#include "storage/settingsrepository.h"

namespace tend {

OrgProfileStore::Loaded OrgProfileStore::load() {
    Loaded loaded;
    if (const auto stored = m_settings.value(settingsKey)) {
        try {
            loaded.profile = parseOrgProfile(*stored);
            loaded.imported = true;
            return loaded;
        } catch (const DataFileError& error) {
            loaded.storedProblem = error.what();
        }
    }
    loaded.profile = parseOrgProfile(m_defaultText);
    return loaded;
}

OrgProfile OrgProfileStore::importProfile(std::string_view text) {
    auto profile = parseOrgProfile(text);
    m_settings.setValue(settingsKey, text);
    return profile;
}

void OrgProfileStore::resetToDefault() {
    m_settings.remove(settingsKey);
}

} // namespace tend
