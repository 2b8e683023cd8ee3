#pragma once

#include "storage/changenotifier.h"

#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace tend {

class Database;

// Key/value settings kept inside the encrypted database (never in QSettings, which is plaintext).
class SettingsRepository final {
public:
    explicit SettingsRepository(Database& db)
        : m_db(db) {}

    [[nodiscard]] std::optional<std::string> value(std::string_view key);
    [[nodiscard]] std::string value(std::string_view key, std::string_view fallback);
    [[nodiscard]] bool flag(std::string_view key, bool fallback);
    void setValue(std::string_view key, std::string_view value);
    void setFlag(std::string_view key, bool value);
    void remove(std::string_view key);

    // Several at once, for exports and imports: the stored values of `keys` (keys without one are left
    // out); setting several in one transaction, with one notification; removing several.
    [[nodiscard]] std::map<std::string, std::string> values(std::span<const std::string_view> keys);
    void setValues(const std::map<std::string, std::string>& values);
    void remove(std::span<const std::string_view> keys);

    ChangeNotifier& changes() { return m_changes; }

private:
    Database& m_db;
    ChangeNotifier m_changes;
};

} // namespace tend
