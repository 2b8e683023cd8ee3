#pragma once

#include "storage/storageerror.h"
#include "time/isodate.h"

#include <string>

namespace tend {

// Stored dates and times are only ever written by Tend, so one that does not parse means the file was
// damaged or edited: report it as a storage error rather than inventing a value.
[[nodiscard]] inline boost::gregorian::date storedDate(const std::string& text, const char* what) {
    const auto date = parseIsoDate(text);
    if (!date)
        throw StorageError(StorageError::Kind::Query,
                           std::string("Unreadable date in stored ") + what + ": '" + text + "'");
    return *date;
}

[[nodiscard]] inline boost::posix_time::ptime storedDateTime(const std::string& text, const char* what) {
    const auto time = parseIsoDateTime(text);
    if (!time)
        throw StorageError(StorageError::Kind::Query,
                           std::string("Unreadable time in stored ") + what + ": '" + text + "'");
    return *time;
}

} // namespace tend
