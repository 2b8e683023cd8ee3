#include "data/importapplication.h"

#include "common/storageerrorwording.h"
#include "data/datawording.h"
#include "exchange/importplan.h"
#include "formats/datafileerror.h"
#include "storage/storageerror.h"

namespace tend::ui {

QString applyImportOrExplain(Repositories& repositories, const ExportData& data, ImportMode mode,
                             const QString& fileName, const MergeChoices& choices) {
    try {
        (void)applyImport(repositories, data, mode, choices);
        return {};
    } catch (const DataFileError& error) {
        return datatext::dataFileProblem(fileName, error) + QLatin1Char(' ') + datatext::nothingChanged();
    } catch (const ExportLimitError& error) {
        return datatext::tooMuchForOneFile(error) + QLatin1Char(' ') + datatext::nothingChanged();
    } catch (const StorageError& error) {
        return storageErrorText(error) + QLatin1Char(' ') + datatext::nothingChanged();
    }
}

} // namespace tend::ui
