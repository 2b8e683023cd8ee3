#pragma once

#include <stdexcept>
#include <string>

namespace tend {

// Why a backup file cannot be opened. `kind` lets the ui layer pick a translated message; what() is plain
// English naming what is wrong and where (byte offset, chunk number counted from 1).
class BackupError final : public std::runtime_error {
public:
    enum class Kind {
        NotABackup,        // empty, or does not start with the Tend backup mark
        NewerVersion,      // a format this version of Tend does not know yet
        Truncated,         // the file ends before the final chunk is complete
        HostileParameters, // the header asks for more memory or time than Tend allows (or impossibly little)
        // The first chunk does not decrypt. A wrong passphrase and damage to the header or first chunk look
        // exactly the same to authenticated encryption, so this cannot be narrowed down.
        WrongPassphraseOrDamaged,
        Damaged,  // the passphrase was right, but a later part was changed, reordered, dropped or added
        TooLarge, // more data than a backup may hold
        CorruptCompression, // decrypted fine, but the compressed content inside is not valid
    };

    BackupError(Kind kind, const std::string& message)
        : std::runtime_error(message)
        , m_kind(kind) {}
    [[nodiscard]] Kind kind() const { return m_kind; }

private:
    Kind m_kind;
};

} // namespace tend
