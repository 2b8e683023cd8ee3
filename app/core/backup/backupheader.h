#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace tend {

// The layout and limits of Tend's encrypted backup file; docs/backup-format.md explains each choice.

inline constexpr std::string_view backupMagic{"TENDBKUP", 8};
inline constexpr std::uint16_t backupFormatVersion = 1;
inline constexpr std::uint16_t backupKdfArgon2id13 =
    2; // the number libsodium gives crypto_pwhash_ALG_ARGON2ID13
inline constexpr std::size_t backupSaltBytes = 16;
inline constexpr std::size_t backupStreamHeaderBytes = 24;
// magic, version (u16), KDF id (u16), opslimit (u64), memlimit (u64), salt, secretstream header
inline constexpr std::size_t backupHeaderBytes =
    8 + 2 + 2 + 8 + 8 + backupSaltBytes + backupStreamHeaderBytes;

// The compressed content is sealed in pieces of at most this many bytes, each prefixed by a u32 length.
inline constexpr std::size_t backupChunkBytes = 64 * 1024;
inline constexpr std::size_t backupChunkOverheadBytes = 17; // secretstream's tag and MAC per chunk
inline constexpr std::size_t maxBackupChunkCiphertextBytes = backupChunkBytes + backupChunkOverheadBytes;

// What a backup may hold once unpacked, and so how large a backup file can be: the content can grow by
// far less than 1/256 through compression framing and chunk overhead.
inline constexpr std::size_t maxBackupJsonBytes = std::size_t{256} * 1024 * 1024;
inline constexpr std::size_t maxBackupFileBytes = maxBackupJsonBytes + maxBackupJsonBytes / 256;

// The Argon2id cost a backup file may ask for. The upper bounds stop a hostile file from making the
// phone allocate or compute without end; the lower ones are Argon2id's own minimum.
inline constexpr std::uint64_t minBackupOpsLimit = 1;
inline constexpr std::uint64_t maxBackupOpsLimit = 8;
inline constexpr std::size_t minBackupMemLimit = 8 * 1024;
inline constexpr std::size_t maxBackupMemLimit = std::size_t{256} * 1024 * 1024;

struct BackupKdfParams {
    std::uint64_t opsLimit = 0; // Argon2id passes over memory
    std::size_t memLimit = 0;   // bytes of memory Argon2id uses
};

// The cost new backups are sealed with: strong enough to slow down guessing, small enough to open on a
// modest phone (3 passes over 128 MiB).
[[nodiscard]] BackupKdfParams defaultBackupKdfParams();

struct BackupHeader {
    std::uint16_t formatVersion = 0;
    std::uint16_t kdf = 0;
    BackupKdfParams kdfParams;
    std::array<unsigned char, backupSaltBytes> salt{};
    std::array<unsigned char, backupStreamHeaderBytes> streamHeader{};
};

// Checks and decodes the header at the start of `fileBytes` (the whole file or at least its first
// backupHeaderBytes); the rest is ignored. Throws BackupError: NotABackup, Truncated, NewerVersion,
// Damaged (an unknown key derivation in a version 1 header), HostileParameters.
[[nodiscard]] BackupHeader readBackupHeader(std::string_view fileBytes);

// The backupHeaderBytes bytes that readBackupHeader() decodes back into `header`.
[[nodiscard]] std::string encodeBackupHeader(const BackupHeader& header);

// Whether sealing or opening with `params` stays within the limits above.
[[nodiscard]] bool backupKdfParamsAllowed(const BackupKdfParams& params);

} // namespace tend
