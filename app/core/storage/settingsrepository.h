#pragma once

#include "storage/changenotifier.h"

#include <optional>
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

    ChangeNotifier& changes() { return m_changes; }

private:
    Database& m_db;
    ChangeNotifier m_changes;
};

} // namespace tend
