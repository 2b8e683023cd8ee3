#pragma once

#include "backup/backupheader.h"
#include "domain/checkindefinition.h"
#include "exchange/exportdata.h"

#include <optional>
#include <set>
#include <string>
#include <string_view>

namespace tend {

class Repositories;

// The few steps every way out of and back into Tend shares, so that the app's screens and the `tend`
// command line do exactly the same thing.

enum class ExportFormat { Json, Csv, Fhir };

// "json", "csv" or "fhir"; nothing for anything else.
[[nodiscard]] std::optional<ExportFormat> exportFormatFromName(std::string_view name);

// What a worker chose to take out, in the chosen format, read in one transaction. `trackedItems` are the
// items the worker tracks, so that FHIR index values match what Insights shows. Throws StorageError.
[[nodiscard]] std::string exportDataAs(ExportFormat format, Repositories& repositories,
                                       const CheckinDefinition& definition,
                                       const std::set<std::string>& trackedItems,
                                       const ExportSelection& selection);

// Everything (the full JSON export, notes included) sealed under the worker's passphrase. Throws
// StorageError, std::invalid_argument for a passphrase backupPassphraseProblem() refuses, BackupError.
[[nodiscard]] std::string makeBackup(Repositories& repositories, std::string_view passphrase,
                                     const BackupKdfParams& params);

// Opens and checks a whole backup before anything is changed: decrypted, complete, and a valid export for
// `definition`. Throws BackupError (wrong passphrase, damage, truncation...) or DataFileError (the content
// is not a valid export).
[[nodiscard]] ExportData readBackup(std::string_view fileBytes, std::string_view passphrase,
                                    const CheckinDefinition& definition);

} // namespace tend
