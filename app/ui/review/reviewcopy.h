#pragma once

#include <QString>

#include <filesystem>

namespace tend::ui {

// The review modes (--self-test, --screenshot) drive the app as a worker would: they save a check-in, set a
// PIN, lock and unlock. Pointed at a real folder with --data-dir they must not change a thing in it, so
// they run on a copy of it instead.
//
// Copies everything in `source` (the database with its WAL, the key file on platforms that keep it there,
// Tend's own backups) into `target`, an empty folder, while holding the source's lock so that no running
// Tend writes to it half-way through. The lock file itself is not copied. A source that does not exist
// gives an empty copy; the source is never created. Returns an empty string on success, otherwise a
// translated message saying why nothing was reviewed.
[[nodiscard]] QString copyDataForReview(const std::filesystem::path& source,
                                        const std::filesystem::path& target);

} // namespace tend::ui
