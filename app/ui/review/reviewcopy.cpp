#include "review/reviewcopy.h"

#include "storage/datadirectory.h"

#include <QCoreApplication>
#include <QLockFile>

namespace tend::ui {

namespace fs = std::filesystem;

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("ReviewCopy", text);
}

} // namespace

QString copyDataForReview(const fs::path& source, const fs::path& target) {
    std::error_code error;
    if (!fs::exists(source, error))
        return error ? tr("The folder %1 could not be read: %2")
                           .arg(QString::fromStdString(source.string()),
                                QString::fromStdString(error.message()))
                     : QString();
    const DataDirectory data(source);
    QLockFile lock(QString::fromStdString(data.lockFile().string()));
    if (!lock.tryLock(0))
        return tr("Tend is using %1 (or its lock could not be taken). Close it, then review again; nothing "
                  "in the folder was changed.")
            .arg(QString::fromStdString(source.string()));
    for (const auto& entry : fs::directory_iterator(source, error)) {
        if (entry.path().filename() == data.lockFile().filename())
            continue;
        fs::copy(entry.path(), target / entry.path().filename(),
                 fs::copy_options::recursive | fs::copy_options::copy_symlinks, error);
        if (error)
            break;
    }
    if (error)
        return tr("The folder %1 could not be copied for the review: %2. Nothing in it was changed.")
            .arg(QString::fromStdString(source.string()), QString::fromStdString(error.message()));
    return {};
}

} // namespace tend::ui
