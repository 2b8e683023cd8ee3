#pragma once

#include "app/launchoptions.h"

#include <iosfwd>

namespace tend::ui {

class AppSession;

// The data commands of `tend` (export, import, import-daylio, backup, restore, check; README lists them).
// Each changes nothing unless it fully succeeds, prints what it did to `out` and a precise problem to
// `err`, and returns the exit code: 0 only on success, 1 when it failed.
[[nodiscard]] int runDataCommand(const LaunchOptions& options, AppSession& session, std::ostream& out,
                                 std::ostream& err);

// Whether `command` may start from an empty data folder (import and restore fill it); the others need
// data to work on.
[[nodiscard]] bool commandMayCreateData(const QString& command);

// Whether `command` only reads the data folder (what it writes goes elsewhere): it can then run where the
// folder cannot be written (a read-only disk, a full one), on the data opened for reading only.
[[nodiscard]] bool commandOnlyReadsData(const QString& command);

} // namespace tend::ui
