#include "exchange/datatransfer.h"

#include "backup/backupfile.h"
#include "exchange/csvexport.h"
#include "exchange/exportjson.h"
#include "exchange/exportjsonparser.h"
#include "exchange/exportreader.h"
#include "exchange/fhirexport.h"

namespace tend {

std::optional<ExportFormat> exportFormatFromName(std::string_view name) {
    if (name == "json")
        return ExportFormat::Json;
    if (name == "csv")
        return ExportFormat::Csv;
    if (name == "fhir")
        return ExportFormat::Fhir;
    return std::nullopt;
}

std::string exportDataAs(ExportFormat format, Repositories& repositories, const CheckinDefinition& definition,
                         const std::set<std::string>& trackedItems, const ExportSelection& selection) {
    const ExportData data = readExportData(repositories, selection);
    switch (format) {
    case ExportFormat::Json: {
        auto json = exportToJson(data);
        requireWithinExportLimits(data, json.size());
        return json;
    }
    case ExportFormat::Csv:
        return exportToCsv(data, definition);
    case ExportFormat::Fhir:
        return exportToFhir(data, definition, trackedItems);
    }
    return {};
}

std::string makeBackup(Repositories& repositories, std::string_view passphrase,
                       const BackupKdfParams& params) {
    const auto data = readExportData(repositories, ExportSelection{});
    const auto json = exportToJson(data);
    // A restore reads the content as a Tend file: one it could not read is not written.
    requireWithinExportLimits(data, json.size());
    return sealBackup(json, passphrase, params);
}

ExportData readBackup(std::string_view fileBytes, std::string_view passphrase,
                      const CheckinDefinition& definition) {
    return parseExportJson(openBackup(fileBytes, passphrase), definition);
}

} // namespace tend
