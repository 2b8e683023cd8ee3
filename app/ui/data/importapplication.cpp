#include "data/importapplication.h"

#include "common/storageerrorwording.h"
#include "data/datawording.h"
#include "exchange/importplan.h"
#include "formats/datafileerror.h"
#include "storage/storageerror.h"

namespace tend::ui {

QString applyImportOrExplain(Database& db, const ExportData& data, ImportMode mode, const QString& fileName) {
    try {
        (void)applyImport(db, data, mode);
        return {};
    } catch (const DataFileError& error) {
        return datatext::dataFileProblem(fileName, error) + QLatin1Char(' ') + datatext::nothingChanged();
    } catch (const StorageError& error) {
        return storageErrorText(error) + QLatin1Char(' ') + datatext::nothingChanged();
    }
}

} // namespace tend::ui
