#pragma once

#include "app/launchoptions.h"

#include <iosfwd>

namespace tend::ui {

class AppSession;

// Runs a command given on the command line (see headlessCommands()) against an open session, printing
// results to `out` and problems to `err`. Returns the process exit code: 0 only on success.
[[nodiscard]] int runHeadlessCommand(const LaunchOptions& options, AppSession& session, std::ostream& out,
                                     std::ostream& err);

} // namespace tend::ui
