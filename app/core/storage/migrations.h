#pragma once

#include <string_view>
#include <vector>

namespace tend {

class Database;

// One schema step. The list is append-only: a released step is never edited, only followed by another.
struct Migration {
    int version;          // user_version after this step
    std::string_view sql; // one or more statements
};

// Tend's schema history.
[[nodiscard]] const std::vector<Migration>& schemaMigrations();
[[nodiscard]] int latestSchemaVersion();

// Brings `db` up to the last step of `migrations` in one transaction. A database newer than the code is
// refused (StorageError::TooNew) and left untouched; a failing step rolls everything back
// (StorageError::MigrationFailed).
void migrate(Database& db, const std::vector<Migration>& migrations);
inline void migrate(Database& db) {
    migrate(db, schemaMigrations());
}

} // namespace tend
