#pragma once

#include "storage/storageerror.h"

#include <QString>

namespace tend::ui {

// What to tell the worker when storage fails: calm, translated, and clear that nothing was thrown away.
[[nodiscard]] QString storageErrorText(const StorageError& error);

} // namespace tend::ui
