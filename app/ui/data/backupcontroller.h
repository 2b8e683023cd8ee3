#pragma once

#include "app/sessionclient.h"
#include "exchange/exportdata.h"
#include "exchange/importpreview.h"

#include <QObject>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

#include <optional>

namespace tend::ui {

class AppSession;

// Not final: QML wraps element types in a derived class.
// "Back up" and "Restore": a backup is everything, sealed under a passphrase the worker types twice; it is
// written only after confirmationNeeded("backup") was answered. A restore opens and checks the whole
// backup first (which takes about a second: the passphrase is stretched on purpose, and this runs on the
// ui thread while "checking" is shown), shows what replacing would change, and replaces only after
// confirmationNeeded("restore") was answered.
class BackupController : public tend::ui::SessionClient {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString passphrase READ passphrase WRITE setPassphrase NOTIFY backupChanged)
    Q_PROPERTY(QString repeat READ repeat WRITE setRepeat NOTIFY backupChanged)
    Q_PROPERTY(QString passphraseProblem READ passphraseProblem NOTIFY backupChanged)
    Q_PROPERTY(bool canBackUp READ canBackUp NOTIFY backupChanged)
    Q_PROPERTY(QUrl defaultFolder READ defaultFolder CONSTANT)
    Q_PROPERTY(QUrl defaultFile READ defaultFile NOTIFY attachedChanged)
    Q_PROPERTY(QString backupConfirmation READ backupConfirmation NOTIFY backupChanged)
    Q_PROPERTY(QString backupError READ backupError NOTIFY backupChanged)
    Q_PROPERTY(QString restoreFileText READ restoreFileText NOTIFY restoreChanged)
    Q_PROPERTY(
        QString restorePassphrase READ restorePassphrase WRITE setRestorePassphrase NOTIFY restoreChanged)
    Q_PROPERTY(bool canCheck READ canCheck NOTIFY restoreChanged)
    Q_PROPERTY(bool checking READ checking NOTIFY restoreChanged)
    Q_PROPERTY(bool hasRestorePreview READ hasRestorePreview NOTIFY restoreChanged)
    Q_PROPERTY(QString restorePreviewText READ restorePreviewText NOTIFY restoreChanged)
    Q_PROPERTY(QString restoreConfirmation READ restoreConfirmation NOTIFY restoreChanged)
    Q_PROPERTY(QString restoreError READ restoreError NOTIFY restoreChanged)

public:
    explicit BackupController(QObject* parent = nullptr);
    BackupController(AppSession& session, QObject* parent = nullptr);
    ~BackupController() override;

    [[nodiscard]] QString passphrase() const { return m_passphrase; }
    void setPassphrase(const QString& passphrase);
    [[nodiscard]] QString repeat() const { return m_repeat; }
    void setRepeat(const QString& repeat);
    // Why the passphrase cannot be used yet, or nothing.
    [[nodiscard]] QString passphraseProblem() const;
    [[nodiscard]] bool canBackUp() const;
    [[nodiscard]] QUrl defaultFolder() const;
    [[nodiscard]] QUrl defaultFile() const;
    [[nodiscard]] QString backupConfirmation() const { return m_backupConfirmation; }
    [[nodiscard]] QString backupError() const { return m_backupError; }

    [[nodiscard]] QString restoreFileText() const;
    [[nodiscard]] QString restorePassphrase() const { return m_restorePassphrase; }
    void setRestorePassphrase(const QString& passphrase);
    [[nodiscard]] bool canCheck() const;
    [[nodiscard]] bool checking() const { return m_checking; }
    [[nodiscard]] bool hasRestorePreview() const { return m_restorePreview.has_value(); }
    [[nodiscard]] QString restorePreviewText() const;
    [[nodiscard]] QString restoreConfirmation() const { return m_restoreConfirmation; }
    [[nodiscard]] QString restoreError() const { return m_restoreError; }
    [[nodiscard]] const std::optional<ImportPreview>& restorePreview() const { return m_restorePreview; }

    // Remembers where to write and asks for confirmation; nothing is written yet.
    Q_INVOKABLE void backUpTo(const QUrl& file);
    Q_INVOKABLE void chooseRestoreFile(const QUrl& file);
    // Shows "checking" first, then opens and checks the whole backup a moment later, once it is on screen.
    Q_INVOKABLE void checkBackup();
    Q_INVOKABLE void restoreChecked();
    Q_INVOKABLE void confirmed(const QString& purpose);
    Q_INVOKABLE void cancelled(const QString& purpose);
    Q_INVOKABLE void clearRestore();

signals:
    void backupChanged();
    void restoreChanged();
    void confirmationNeeded(const QString& purpose);

private:
    void onAttached() override;
    void writeBackup();
    void runCheck();
    void restore();
    void setBackupMessage(QString confirmation, QString error);
    void forgetPassphrases();

    QString m_passphrase;
    QString m_repeat;
    QUrl m_pendingBackup;
    QString m_backupConfirmation;
    QString m_backupError;
    QUrl m_restoreFile;
    QString m_restorePassphrase;
    bool m_checking = false;
    bool m_awaitingRestore = false;
    std::optional<ExportData> m_restoreData;
    std::optional<ImportPreview> m_restorePreview;
    QString m_restoreConfirmation;
    QString m_restoreError;
};

} // namespace tend::ui
