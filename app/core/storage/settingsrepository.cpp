#include "storage/settingsrepository.h"

#include "storage/database.h"

namespace tend {

std::optional<std::string> SettingsRepository::value(std::string_view key) {
    Statement statement = m_db.prepare("SELECT value FROM settings WHERE key = ?1");
    statement.bind(1, key);
    if (!statement.step())
        return std::nullopt;
    return statement.text(0);
}

std::string SettingsRepository::value(std::string_view key, std::string_view fallback) {
    return value(key).value_or(std::string(fallback));
}

bool SettingsRepository::flag(std::string_view key, bool fallback) {
    const auto stored = value(key);
    if (stored == "1")
        return true;
    if (stored == "0")
        return false;
    // Missing, or not a value setFlag writes: the caller's default is the safe reading.
    return fallback;
}

void SettingsRepository::setValue(std::string_view key, std::string_view value) {
    // REPLACE is safe here (nothing references settings); it is also the only upsert SQLite 3.15 has.
    m_db.prepare("INSERT OR REPLACE INTO settings (key, value) VALUES (?1, ?2)")
        .bind(1, key)
        .bind(2, value)
        .run();
    m_changes.notify();
}

void SettingsRepository::setFlag(std::string_view key, bool value) {
    setValue(key, value ? "1" : "0");
}

void SettingsRepository::remove(std::string_view key) {
    m_db.prepare("DELETE FROM settings WHERE key = ?1").bind(1, key).run();
    if (m_db.changes() > 0)
        m_changes.notify();
}

std::map<std::string, std::string> SettingsRepository::values(std::span<const std::string_view> keys) {
    std::map<std::string, std::string> found;
    Transaction snapshot(m_db);
    Statement statement = m_db.prepare("SELECT value FROM settings WHERE key = ?1");
    for (const auto key : keys) {
        statement.bind(1, key);
        if (statement.step())
            found.emplace(std::string(key), statement.text(0));
        statement.reset();
    }
    snapshot.commit();
    return found;
}

void SettingsRepository::setValues(const std::map<std::string, std::string>& values) {
    if (values.empty())
        return;
    Transaction transaction(m_db);
    Statement statement = m_db.prepare("INSERT OR REPLACE INTO settings (key, value) VALUES (?1, ?2)");
    for (const auto& [key, value] : values)
        statement.bind(1, key).bind(2, value).run();
    transaction.commit();
    m_changes.notify();
}

void SettingsRepository::remove(std::span<const std::string_view> keys) {
    Transaction transaction(m_db);
    Statement statement = m_db.prepare("DELETE FROM settings WHERE key = ?1");
    bool removed = false;
    for (const auto key : keys) {
        statement.bind(1, key).run();
        removed = removed || m_db.changes() > 0;
    }
    transaction.commit();
    if (removed)
        m_changes.notify();
}

} // namespace tend
