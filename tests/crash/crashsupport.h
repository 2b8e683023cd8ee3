#pragma once

#include "storage/database.h"

#include <cstdint>
#include <filesystem>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

// Helpers the scenarios share, in the writer and in the driver's checks.
namespace tend::crash {

// A broken promise found after a kill: lost or partial data, a damaged database.
class CrashCheckFailure final : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// Writer side: prints one line and flushes it at once, so that the driver sees it even if the writer is
// killed right after. Lines are short, so each arrives in one piece.
void report(std::string_view line);

// Opens a database with the tests' key, as the app would after a restart (WAL recovery included).
[[nodiscard]] Database openDatabase(const std::filesystem::path& file);

// PRAGMA integrity_check says "ok" and no row breaks a foreign key. Throws CrashCheckFailure.
void requireIntact(Database& db, const std::string& what);

// The numbers of every report "<word> <number>", in order.
[[nodiscard]] std::vector<std::int64_t> reportedNumbers(const std::vector<std::string>& reports,
                                                        std::string_view word);
// The highest of them, if any.
[[nodiscard]] std::optional<std::int64_t> highestReported(const std::vector<std::string>& reports,
                                                          std::string_view word);

// The number after `prefix` at the start of `text` ("step 12: ..." -> 12), if there is one.
[[nodiscard]] std::optional<std::int64_t> numberAfter(std::string_view text, std::string_view prefix);

} // namespace tend::crash
