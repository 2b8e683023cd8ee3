#include "data/backupcontroller.h"

#include "app/appsession.h"
#include "backup/backupheader.h"
#include "backup/backuppassphrase.h"
#include "common/dateconversion.h"
#include "common/storageerrorwording.h"
#include "data/datawording.h"
#include "data/importapplication.h"
#include "exchange/datatransfer.h"
#include "exchange/importplan.h"
#include "storage/atomicfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>
#include <QTimer>

namespace tend::ui {

namespace {

const QString backupPurpose = QStringLiteral("backup");
const QString restorePurpose = QStringLiteral("restore");
// Long enough for "checking" to be drawn before the ui thread is busy stretching the passphrase.
constexpr int checkDelayMs = 50;

std::string utf8(const QString& text) {
    return text.toStdString();
}

} // namespace

BackupController::BackupController(QObject* parent)
    : SessionClient(parent) {}

BackupController::BackupController(AppSession& session, QObject* parent)
    : BackupController(parent) {
    attachTo(session);
}

void BackupController::onAttached() {}

BackupController::~BackupController() {
    forgetPassphrases();
}

void BackupController::forgetPassphrases() {
    // QString offers no secure wipe; overwriting at least keeps the text out of later reads of this object.
    m_passphrase.fill(QLatin1Char(' '));
    m_repeat.fill(QLatin1Char(' '));
    m_restorePassphrase.fill(QLatin1Char(' '));
    m_passphrase.clear();
    m_repeat.clear();
    m_restorePassphrase.clear();
}

void BackupController::setPassphrase(const QString& passphrase) {
    if (passphrase == m_passphrase)
        return;
    m_passphrase = passphrase;
    setBackupMessage({}, {});
}

void BackupController::setRepeat(const QString& repeat) {
    if (repeat == m_repeat)
        return;
    m_repeat = repeat;
    setBackupMessage({}, {});
}

QString BackupController::passphraseProblem() const {
    if (m_passphrase.isEmpty())
        return {};
    if (const auto problem = backupPassphraseProblem(utf8(m_passphrase)))
        return QCoreApplication::translate("Core", problem->c_str());
    if (m_repeat.isEmpty())
        return tr("Please type it once more below.");
    if (m_repeat != m_passphrase)
        return tr("The two passphrases are not the same yet.");
    return {};
}

bool BackupController::canBackUp() const {
    return !m_passphrase.isEmpty() && passphraseProblem().isEmpty();
}

QUrl BackupController::defaultFolder() const {
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty())
        folder = QDir::homePath();
    return QUrl::fromLocalFile(folder);
}

QUrl BackupController::defaultFile() const {
    if (!attached())
        return {};
    const QString name =
        QStringLiteral("tend-backup-%1.tendbackup").arg(toQDate(session()->today()).toString(Qt::ISODate));
    return QUrl::fromLocalFile(QDir(defaultFolder().toLocalFile()).filePath(name));
}

void BackupController::setBackupMessage(QString confirmation, QString error) {
    m_backupConfirmation = std::move(confirmation);
    m_backupError = std::move(error);
    emit backupChanged();
}

void BackupController::backUpTo(const QUrl& file) {
    if (file.isEmpty() || !canBackUp()) {
        setBackupMessage({}, tr("Please choose a passphrase, type it twice, and choose where to save."));
        return;
    }
    m_pendingBackup = file;
    setBackupMessage({}, {});
    emit confirmationNeeded(backupPurpose);
}

void BackupController::writeBackup() {
    const QUrl file = std::exchange(m_pendingBackup, QUrl());
    try {
        const std::string sealed =
            makeBackup(session()->repositories(), utf8(m_passphrase), defaultBackupKdfParams());
        writeFileAtomically(datatext::localPath(file), sealed);
    } catch (const FileError& error) {
        setBackupMessage({}, datatext::fileProblem(error));
        return;
    } catch (const StorageError& error) {
        setBackupMessage({}, storageErrorText(error));
        return;
    } catch (const ExportLimitError& error) {
        setBackupMessage({}, datatext::tooMuchForOneFile(error));
        return;
    } catch (const std::exception& error) {
        qWarning("Making a backup failed: %s", error.what());
        setBackupMessage({}, tr("The backup couldn't be made. Your data here is unchanged."));
        return;
    }
    m_passphrase.clear();
    m_repeat.clear();
    setBackupMessage(tr("Backup saved as “%1”. Keep the passphrase safe: without it the backup can't be "
                        "opened, by anyone.")
                         .arg(datatext::fileName(file)),
                     {});
}

QString BackupController::restoreFileText() const {
    return m_restoreFile.isEmpty() ? tr("No backup chosen yet.")
                                   : tr("Backup: “%1”").arg(datatext::fileName(m_restoreFile));
}

void BackupController::chooseRestoreFile(const QUrl& file) {
    m_restoreFile = file;
    m_restoreData.reset();
    m_restorePreview.reset();
    m_restoreConfirmation.clear();
    m_restoreError.clear();
    m_awaitingRestore = false;
    emit restoreChanged();
}

void BackupController::setRestorePassphrase(const QString& passphrase) {
    if (passphrase == m_restorePassphrase)
        return;
    m_restorePassphrase = passphrase;
    m_restoreError.clear();
    emit restoreChanged();
}

bool BackupController::canCheck() const {
    return !m_restoreFile.isEmpty() && !m_restorePassphrase.isEmpty() && !m_checking;
}

void BackupController::checkBackup() {
    if (!canCheck())
        return;
    m_checking = true;
    m_restoreError.clear();
    m_restoreConfirmation.clear();
    emit restoreChanged();
    QTimer::singleShot(checkDelayMs, this, &BackupController::runCheck);
}

void BackupController::runCheck() {
    m_checking = false;
    const QString name = datatext::fileName(m_restoreFile);
    try {
        const std::string bytes = readFileBounded(datatext::localPath(m_restoreFile), maxBackupFileBytes);
        ExportData data = readBackup(bytes, utf8(m_restorePassphrase), session()->definition());
        m_restorePreview = previewImport(session()->repositories(), data, ImportMode::Replace);
        m_restoreData = std::move(data);
    } catch (const FileError& error) {
        m_restoreError = datatext::fileProblem(error) + QLatin1Char(' ') + datatext::nothingChanged();
    } catch (const BackupError& error) {
        qWarning("Backup not opened: %s", error.what());
        m_restoreError = datatext::backupProblem(error) + QLatin1Char(' ') + datatext::nothingChanged();
    } catch (const DataFileError& error) {
        m_restoreError =
            datatext::dataFileProblem(name, error) + QLatin1Char(' ') + datatext::nothingChanged();
    } catch (const StorageError& error) {
        m_restoreError = storageErrorText(error);
    }
    emit restoreChanged();
}

QString BackupController::restorePreviewText() const {
    return m_restorePreview ? datatext::previewText(*m_restorePreview, session()->definition()) : QString();
}

void BackupController::restoreChecked() {
    if (!m_restoreData)
        return;
    m_awaitingRestore = true;
    emit confirmationNeeded(restorePurpose);
}

void BackupController::restore() {
    m_restoreError = applyImportOrExplain(session()->repositories(), *m_restoreData, ImportMode::Replace,
                                          datatext::fileName(m_restoreFile));
    if (!m_restoreError.isEmpty()) {
        emit restoreChanged();
        return;
    }
    m_restoreData.reset();
    m_restorePreview.reset();
    m_restorePassphrase.clear();
    m_restoreConfirmation = tr("Restored from “%1”.").arg(datatext::fileName(m_restoreFile));
    emit restoreChanged();
}

void BackupController::confirmed(const QString& purpose) {
    if (purpose == backupPurpose && !m_pendingBackup.isEmpty())
        writeBackup();
    else if (purpose == restorePurpose && std::exchange(m_awaitingRestore, false) && m_restoreData)
        restore();
}

void BackupController::cancelled(const QString& purpose) {
    if (purpose == backupPurpose && !m_pendingBackup.isEmpty()) {
        m_pendingBackup.clear();
        setBackupMessage(tr("No backup was made."), {});
    } else if (purpose == restorePurpose && std::exchange(m_awaitingRestore, false)) {
        m_restoreConfirmation = tr("Nothing was restored.");
        emit restoreChanged();
    }
}

void BackupController::clearRestore() {
    chooseRestoreFile({});
    m_restorePassphrase.clear();
    emit restoreChanged();
}

} // namespace tend::ui
