#pragma once

#include "app/launchoptions.h"

#include <iosfwd>

namespace tend::ui {

class AppSession;

// `tend supervision --weeks N --out FILE.pdf|FILE.txt`: writes the same "prepare for supervision"
// document the app makes, for the weeks ending today, as a PDF or as text (by the file's extension),
// with the sections, scores and words the options give. It only reads the data. Returns 0 on success and
// 1 when the document could not be made or written (the problem goes to `err`). Writing a PDF needs a
// QGuiApplication (fonts); text does not.
[[nodiscard]] int runSupervisionCommand(const LaunchOptions& options, AppSession& session, std::ostream& out,
                                        std::ostream& err);

} // namespace tend::ui
