#pragma once

#include "exchange/exportdata.h"

namespace tend {

// Merge adds what the file has and the device lacks and keeps the device's newer copies; Replace makes each
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
    int changed = 0;   // days in both whose copy from the file is taken
    int unchanged = 0; // days in both with the same answers, note, rest day and self-care
    int keptNewer = 0; // Merge: days in both that differ, where the device's copy was saved later
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

    [[nodiscard]] bool changesNothing() const;

    friend bool operator==(const ImportPreview&, const ImportPreview&) = default;
};

} // namespace tend
