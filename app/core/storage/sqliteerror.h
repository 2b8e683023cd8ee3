#pragma once

#include "storage/storageerror.h"

#include <sqlite3.h>

#include <string>
#include <string_view>

namespace tend {

// Builds the StorageError for a failed SQLite call, keeping SQLite's own explanation and code for logs.
[[nodiscard]] inline StorageError sqliteError(sqlite3* db, StorageError::Kind kind,
                                              std::string_view context) {
    std::string message(context);
    // Whatever the caller was doing, a write refused because the database is open for reading only is
    // that and nothing else: the worker is told why, not that something went wrong.
    if (db && (sqlite3_extended_errcode(db) & 0xff) == SQLITE_READONLY)
        kind = StorageError::Kind::ReadOnly;
    if (db) {
        message += ": ";
        message += sqlite3_errmsg(db);
        message += " (SQLite error " + std::to_string(sqlite3_extended_errcode(db)) + ")";
    }
    return StorageError(kind, message);
}

} // namespace tend
