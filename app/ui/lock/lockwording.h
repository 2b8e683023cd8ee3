#pragma once

#include <QString>

#include <string>

namespace tend::ui {

// The sentences of the app lock, in one place so the lock screen, Settings and the confirmation dialog
// speak alike. All calm: a wrong PIN is a slip, not an offence.
namespace lockwording {

// "30 seconds", "1 minute", "2 minutes" (minutes rounded up, so the wait is never longer than said).
[[nodiscard]] QString waitDuration(int seconds);
// The PIN problem core named, in the worker's language.
[[nodiscard]] QString pinProblem(const std::string& problem);
// A heading for confirm(purpose): what the worker is about to do.
[[nodiscard]] QString confirmTitle(const QString& purpose);

} // namespace lockwording

} // namespace tend::ui
