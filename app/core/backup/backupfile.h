#pragma once

#include "backup/backupheader.h"

#include <string>
#include <string_view>

namespace tend {

// Seals `json` (any bytes; Tend passes its JSON export) into a backup file: a header naming the key
// derivation, then the zlib-compressed content encrypted in chunks with libsodium's secretstream under a
// key derived from `passphrase` with Argon2id. Every call uses a fresh random salt and nonce.
// Throws std::invalid_argument if backupPassphraseProblem(passphrase) names a problem or `params` are
// outside what a reader accepts, BackupError(TooLarge) for content over maxBackupJsonBytes, and
// std::runtime_error if the memory for key derivation cannot be had.
[[nodiscard]] std::string sealBackup(std::string_view json, std::string_view passphrase,
                                     const BackupKdfParams& params);

// The exact bytes that were sealed, returned only after the whole file was read and verified: every
// chunk authenticated, in order, ending with the final chunk and nothing after it, and the content
// unpacked within maxBackupJsonBytes. So a restore that uses the result changes nothing unless the file
// is complete and genuine. Throws BackupError naming what is wrong and where; std::runtime_error if the
// memory the header asks for (at most maxBackupMemLimit) cannot be had. Takes as long as one key
// derivation at the file's cost (3 passes over 128 MiB for backups with the default cost).
[[nodiscard]] std::string openBackup(std::string_view fileBytes, std::string_view passphrase);

} // namespace tend
