#pragma once

#include "storage/storageerror.h"

#include <QtGlobal>

#include <utility>

namespace tend::ui {

// Qt cannot carry a C++ exception through QML, a model's data() or the event loop: one escaping there
// ends the app. Reads that QML reaches go through this guard, which logs the failure (without any of the
// worker's content) and shows `fallback` instead; writes report their failure to the worker themselves.
template <typename Read, typename Fallback>
auto readOr(Read&& read, Fallback&& fallback) -> decltype(read()) {
    try {
        return std::forward<Read>(read)();
    } catch (const StorageError& error) {
        qWarning("Reading stored data failed: %s", error.what());
        return std::forward<Fallback>(fallback);
    }
}

} // namespace tend::ui
