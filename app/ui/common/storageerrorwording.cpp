#include "common/storageerrorwording.h"

#include <QCoreApplication>

namespace tend::ui {

QString storageErrorText(const StorageError& error) {
    switch (error.kind()) {
    case StorageError::Kind::CannotOpen:
        return QCoreApplication::translate("Storage",
                                           "Tend couldn't open its data file. Nothing has been changed "
                                           "or deleted.");
    case StorageError::Kind::WrongKey:
        return QCoreApplication::translate("Storage",
                                           "Tend couldn't unlock its data with the key on this device. "
                                           "The data file has been left exactly as it was.");
    case StorageError::Kind::Damaged:
        return QCoreApplication::translate("Storage",
                                           "Tend's data file on this device is damaged, perhaps cut short "
                                           "or overwritten. It has been left exactly as it was.");
    case StorageError::Kind::TooNew:
        return QCoreApplication::translate("Storage",
                                           "Your data was saved by a newer version of Tend. Please "
                                           "update the app; your data has been left untouched.");
    case StorageError::Kind::MigrationFailed:
        return QCoreApplication::translate("Storage",
                                           "Tend couldn't update its data to this version. Everything "
                                           "was put back as it was.");
    case StorageError::Kind::ReadOnly:
        return QCoreApplication::translate("Storage",
                                           "Tend can only read your data just now, because its folder "
                                           "can't be written to, so this wasn't saved. Everything saved "
                                           "before is safe.");
    case StorageError::Kind::Query:
        return QCoreApplication::translate("Storage",
                                           "That couldn't be saved just now. Your earlier entries are "
                                           "safe; please try again.");
    }
    return {};
}

} // namespace tend::ui
