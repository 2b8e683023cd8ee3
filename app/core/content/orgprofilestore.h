#pragma once

#include "content/orgprofile.h"
#include "storage/settingskeys.h"

#include <string>
#include <string_view>
#include <utility>

namespace tend {

class SettingsRepository;

// Keeps the organisation profile the worker imported, as its validated JSON text in the encrypted
// settings (key "org_profile"), and falls back to the shipped default when there is none.
class OrgProfileStore final {
public:
    static constexpr std::string_view settingsKey = settingskeys::orgProfile;

    struct Loaded {
        OrgProfile profile;
        bool imported = false; // false: the default profile is in use
        // Set when a stored profile could not be read (say, a later version of Tend is stricter) and
        // the default was used instead; the stored text is left alone so nothing is lost.
        std::string storedProblem;
    };

    // `defaultText` is the shipped default profile; it must be valid (load() throws DataFileError if not).
    OrgProfileStore(SettingsRepository& settings, std::string defaultText)
        : m_settings(settings)
        , m_defaultText(std::move(defaultText)) {}

    [[nodiscard]] Loaded load();
    // Validates `text` completely before storing it: a bad file throws DataFileError and changes nothing.
    OrgProfile importProfile(std::string_view text);
    // Forgets the imported profile; the default applies again.
    void resetToDefault();

private:
    SettingsRepository& m_settings;
    std::string m_defaultText;
};

} // namespace tend
