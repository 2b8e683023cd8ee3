#pragma once

// What the backup tests share: small key-derivation costs for speed, a passphrase, and a way to see which
// BackupError a call throws.

#include "backup/backuperror.h"
#include "backup/backupheader.h"

#include <QString>

#include <functional>
#include <string>

namespace tend::test {

inline constexpr std::string_view backupPassphrase = "quiet harbour at dawn";

// Argon2id's minimum cost: the format is the same, only much faster than the default.
inline BackupKdfParams smallKdfParams() {
    return {minBackupOpsLimit, minBackupMemLimit};
}

inline QString kindName(BackupError::Kind kind) {
    switch (kind) {
    case BackupError::Kind::NotABackup:
        return QStringLiteral("NotABackup");
    case BackupError::Kind::NewerVersion:
        return QStringLiteral("NewerVersion");
    case BackupError::Kind::Truncated:
        return QStringLiteral("Truncated");
    case BackupError::Kind::HostileParameters:
        return QStringLiteral("HostileParameters");
    case BackupError::Kind::WrongPassphraseOrDamaged:
        return QStringLiteral("WrongPassphraseOrDamaged");
    case BackupError::Kind::Damaged:
        return QStringLiteral("Damaged");
    case BackupError::Kind::TooLarge:
        return QStringLiteral("TooLarge");
    case BackupError::Kind::CorruptCompression:
        return QStringLiteral("CorruptCompression");
    }
    return QStringLiteral("?");
}

struct Outcome {
    QString kind; // "opened" when nothing was thrown, "other: ..." for an exception that is no BackupError
    QString message;
};

inline Outcome outcomeOf(const std::function<void()>& act) {
    try {
        act();
        return {QStringLiteral("opened"), {}};
    } catch (const BackupError& error) {
        return {kindName(error.kind()), QString::fromUtf8(error.what())};
    } catch (const std::exception& error) {
        return {QStringLiteral("other"), QString::fromUtf8(error.what())};
    }
}

} // namespace tend::test
