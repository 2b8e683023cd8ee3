#pragma once

#include "exchange/daymerge.h"
#include "exchange/exportdata.h"

#include <vector>

namespace tend {

// Merge adds what the file has and the device lacks and never removes or overwrites anything the device
// holds, except a conflicting answer the worker chose to take from the file; Replace makes each
// section the file holds exactly the file's (docs/export-json.md has the rules).
enum class ImportMode { Merge, Replace };

struct ImportCounts {
    int added = 0;
    int unchanged = 0;
    int removed = 0; // Replace only

    friend bool operator==(const ImportCounts&, const ImportCounts&) = default;
};

struct CheckinImportCounts {
    int added = 0;     // days only in the file
    int changed = 0;   // days in both that change: Merge, the device's day gains something; Replace, the
                       // file's copy is taken
    int unchanged = 0; // days in both that stay exactly as they are
    int removed = 0;   // Replace: days only on the device

    friend bool operator==(const CheckinImportCounts&, const CheckinImportCounts&) = default;
};

// What an import will change (previewImport) or changed (applyImport), for the worker to see before
// confirming. Sections the file does not hold (see `contents`) are left exactly as they are.
struct ImportPreview {
    ImportMode mode = ImportMode::Merge;
    ExportSelection contents; // the sections the file holds, whether its notes came along, its date range
    CheckinImportCounts checkins;
    ImportCounts hardMoments;
    ImportCounts plan;
    ImportCounts assessments;
    ImportCounts promptEvents;
    int settingsChanged = 0;       // settings that get a new value, or (Replace) lose theirs
    ImportCounts personalContacts; // see personalcontactsimport.h
    // Merge: every answer and rest-day flag the two sides hold differently, by day and item, with what will
    // happen to it.
    std::vector<MergeConflict> conflicts;

    [[nodiscard]] bool changesNothing() const;

    friend bool operator==(const ImportPreview&, const ImportPreview&) = default;
};

} // namespace tend
