#pragma once

#include <stdexcept>
#include <string>

namespace tend {

// Every failure of the storage layer. `kind` lets the ui layer pick a translated, human message; what()
// keeps the technical detail for logs and tests.
class StorageError final : public std::runtime_error {
public:
    enum class Kind {
        CannotOpen,      // file missing, unreadable, or not a database
        WrongKey,        // the key does not decrypt this database (or the file is not one)
        Damaged,         // the key fits but pages are missing or broken (truncated, overwritten)
        TooNew,          // written by a newer version of Tend; left untouched
        MigrationFailed, // an upgrade step failed; rolled back, nothing changed
        ReadOnly,        // the data can be read but not written just now (read-only folder, disk, file)
        Query,           // any other SQLite error
    };

    StorageError(Kind kind, const std::string& message)
        : std::runtime_error(message)
        , m_kind(kind) {}
    [[nodiscard]] Kind kind() const { return m_kind; }

private:
    Kind m_kind;
};

} // namespace tend
