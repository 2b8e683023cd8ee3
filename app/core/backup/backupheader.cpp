#include "backup/backupheader.h"

#include "backup/backuperror.h"
#include "backup/littleendian.h"

#include <sodium.h>

#include <algorithm>

namespace tend {

namespace {

using Kind = BackupError::Kind;

static_assert(backupSaltBytes == crypto_pwhash_argon2id_SALTBYTES);
static_assert(backupStreamHeaderBytes == crypto_secretstream_xchacha20poly1305_HEADERBYTES);
static_assert(backupChunkOverheadBytes == crypto_secretstream_xchacha20poly1305_ABYTES);
static_assert(backupKdfArgon2id13 == crypto_pwhash_ALG_ARGON2ID13);
static_assert(minBackupOpsLimit == crypto_pwhash_argon2id_OPSLIMIT_MIN);
static_assert(minBackupMemLimit == crypto_pwhash_argon2id_MEMLIMIT_MIN);
static_assert(backupHeaderBytes == 68);

constexpr std::size_t versionOffset = 8;
constexpr std::size_t kdfOffset = 10;
constexpr std::size_t opsLimitOffset = 12;
constexpr std::size_t memLimitOffset = 20;
constexpr std::size_t saltOffset = 28;
constexpr std::size_t streamHeaderOffset = saltOffset + backupSaltBytes;

constexpr std::uint64_t defaultOpsLimit = 3;
constexpr std::size_t defaultMemLimit = std::size_t{128} * 1024 * 1024;

[[nodiscard]] BackupError truncatedHeader(std::size_t size) {
    return BackupError(Kind::Truncated, "The backup ends too early: the file is cut off in its header (" +
                                            std::to_string(backupHeaderBytes) + " bytes expected, " +
                                            std::to_string(size) + " found).");
}

} // namespace

BackupKdfParams defaultBackupKdfParams() {
    return {defaultOpsLimit, defaultMemLimit};
}

bool backupKdfParamsAllowed(const BackupKdfParams& params) {
    return params.opsLimit >= minBackupOpsLimit && params.opsLimit <= maxBackupOpsLimit &&
           params.memLimit >= minBackupMemLimit && params.memLimit <= maxBackupMemLimit;
}

BackupHeader readBackupHeader(std::string_view fileBytes) {
    if (fileBytes.empty())
        throw BackupError(Kind::NotABackup, "This file is empty, so it is not a Tend backup.");
    const auto markLength = std::min(fileBytes.size(), backupMagic.size());
    if (fileBytes.substr(0, markLength) != backupMagic.substr(0, markLength))
        throw BackupError(Kind::NotABackup,
                          "This is not a Tend backup: it does not start with the Tend backup mark.");
    // The version comes before the full size check so that a future format with a longer header is
    // reported as newer, not as cut off.
    if (fileBytes.size() < versionOffset + 2)
        throw truncatedHeader(fileBytes.size());
    BackupHeader header;
    header.formatVersion = readLittleEndian<std::uint16_t>(fileBytes, versionOffset);
    if (header.formatVersion > backupFormatVersion)
        throw BackupError(Kind::NewerVersion,
                          "This backup was made by a newer version of Tend (backup format " +
                              std::to_string(header.formatVersion) + "; this version reads format " +
                              std::to_string(backupFormatVersion) + "). Please update Tend to restore it.");
    if (header.formatVersion == 0)
        throw BackupError(Kind::Damaged, "The backup header is damaged: format version 0 at byte " +
                                             std::to_string(versionOffset) + " does not exist.");
    if (fileBytes.size() < backupHeaderBytes)
        throw truncatedHeader(fileBytes.size());

    header.kdf = readLittleEndian<std::uint16_t>(fileBytes, kdfOffset);
    if (header.kdf != backupKdfArgon2id13)
        throw BackupError(Kind::Damaged, "The backup header is damaged: key derivation " +
                                             std::to_string(header.kdf) + " at byte " +
                                             std::to_string(kdfOffset) + " is unknown.");

    const auto opsLimit = readLittleEndian<std::uint64_t>(fileBytes, opsLimitOffset);
    if (opsLimit < minBackupOpsLimit || opsLimit > maxBackupOpsLimit)
        throw BackupError(Kind::HostileParameters,
                          "The backup header asks for " + std::to_string(opsLimit) +
                              " passes of key derivation (byte " + std::to_string(opsLimitOffset) +
                              "); Tend allows " + std::to_string(minBackupOpsLimit) + " to " +
                              std::to_string(maxBackupOpsLimit) + ", so it will not try to open it.");
    const auto memLimit = readLittleEndian<std::uint64_t>(fileBytes, memLimitOffset);
    if (memLimit < minBackupMemLimit || memLimit > maxBackupMemLimit)
        throw BackupError(Kind::HostileParameters,
                          "The backup header asks for " + std::to_string(memLimit) +
                              " bytes of memory for key derivation (byte " + std::to_string(memLimitOffset) +
                              "); Tend allows " + std::to_string(minBackupMemLimit) + " to " +
                              std::to_string(maxBackupMemLimit) + ", so it will not try to open it.");
    header.kdfParams = {opsLimit, static_cast<std::size_t>(memLimit)};

    std::copy_n(fileBytes.begin() + saltOffset, backupSaltBytes, header.salt.begin());
    std::copy_n(fileBytes.begin() + streamHeaderOffset, backupStreamHeaderBytes, header.streamHeader.begin());
    return header;
}

std::string encodeBackupHeader(const BackupHeader& header) {
    std::string bytes(backupMagic);
    appendLittleEndian(bytes, header.formatVersion);
    appendLittleEndian(bytes, header.kdf);
    appendLittleEndian(bytes, header.kdfParams.opsLimit);
    appendLittleEndian(bytes, static_cast<std::uint64_t>(header.kdfParams.memLimit));
    bytes.append(header.salt.begin(), header.salt.end());
    bytes.append(header.streamHeader.begin(), header.streamHeader.end());
    return bytes;
}

} // namespace tend
