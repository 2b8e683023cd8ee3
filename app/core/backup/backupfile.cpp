#include "backup/backupfile.h"

#include "backup/backupdeflate.h"
#include "backup/backuperror.h"
#include "backup/backupinflater.h"
#include "backup/backuppassphrase.h"
#include "backup/littleendian.h"
#include "crypto/sodiuminit.h"

#include <sodium.h>

#include <array>
#include <stdexcept>
#include <vector>

namespace tend {

namespace {

using Kind = BackupError::Kind;

constexpr std::size_t lengthPrefixBytes = 4;

// The secretstream key, wiped when it goes out of scope so it does not linger in freed memory.
class StreamKey final {
public:
    StreamKey() = default;
    StreamKey(const StreamKey&) = delete;
    StreamKey& operator=(const StreamKey&) = delete;
    ~StreamKey() { sodium_memzero(m_bytes.data(), m_bytes.size()); }
    [[nodiscard]] unsigned char* data() { return m_bytes.data(); }
    [[nodiscard]] const unsigned char* data() const { return m_bytes.data(); }

private:
    std::array<unsigned char, crypto_secretstream_xchacha20poly1305_KEYBYTES> m_bytes{};
};

// The stream state holds key material too, so it is wiped on every way out, exceptions included.
struct StreamState final {
    crypto_secretstream_xchacha20poly1305_state state{};
    StreamState() = default;
    StreamState(const StreamState&) = delete;
    StreamState& operator=(const StreamState&) = delete;
    ~StreamState() { sodium_memzero(&state, sizeof state); }
};

void deriveKey(StreamKey& key, std::string_view passphrase, const BackupHeader& header) {
    if (crypto_pwhash(key.data(), crypto_secretstream_xchacha20poly1305_KEYBYTES, passphrase.data(),
                      passphrase.size(), header.salt.data(), header.kdfParams.opsLimit,
                      header.kdfParams.memLimit, crypto_pwhash_ALG_ARGON2ID13) != 0)
        throw std::runtime_error("There is not enough memory to derive the backup key (" +
                                 std::to_string(header.kdfParams.memLimit) + " bytes are needed)");
}

[[nodiscard]] std::string at(std::size_t chunk, std::size_t offset) {
    return "chunk " + std::to_string(chunk) + " at byte " + std::to_string(offset);
}

} // namespace

std::string sealBackup(std::string_view json, std::string_view passphrase, const BackupKdfParams& params) {
    if (const auto problem = backupPassphraseProblem(passphrase))
        throw std::invalid_argument(*problem);
    if (!backupKdfParamsAllowed(params))
        throw std::invalid_argument("The key derivation cost is outside what a backup may ask for");
    if (json.size() > maxBackupJsonBytes)
        throw BackupError(Kind::TooLarge, "There is more data (" + std::to_string(json.size()) +
                                              " bytes) than a backup can hold (" +
                                              std::to_string(maxBackupJsonBytes) + " bytes).");
    ensureSodiumInitialized();

    BackupHeader header;
    header.formatVersion = backupFormatVersion;
    header.kdf = backupKdfArgon2id13;
    header.kdfParams = params;
    randombytes_buf(header.salt.data(), header.salt.size());
    StreamKey key;
    deriveKey(key, passphrase, header);
    StreamState stream;
    crypto_secretstream_xchacha20poly1305_init_push(&stream.state, header.streamHeader.data(), key.data());

    const std::string compressed = deflateForBackup(json);
    std::string file = encodeBackupHeader(header);
    const std::string additionalData = file;
    file.reserve(file.size() + compressed.size() +
                 (compressed.size() / backupChunkBytes + 1) * (lengthPrefixBytes + backupChunkOverheadBytes));
    std::vector<unsigned char> sealed(maxBackupChunkCiphertextBytes);
    std::size_t offset = 0;
    do {
        const auto length = std::min(backupChunkBytes, compressed.size() - offset);
        const bool last = offset + length == compressed.size();
        // The header rides as additional data on the first chunk, so changing any parameter, the salt or the
        // stream header makes the first chunk fail to open.
        const bool first = offset == 0;
        unsigned long long sealedLength = 0;
        crypto_secretstream_xchacha20poly1305_push(
            &stream.state, sealed.data(), &sealedLength,
            reinterpret_cast<const unsigned char*>(compressed.data() + offset), length,
            first ? reinterpret_cast<const unsigned char*>(additionalData.data()) : nullptr,
            first ? additionalData.size() : 0,
            last ? crypto_secretstream_xchacha20poly1305_TAG_FINAL
                 : crypto_secretstream_xchacha20poly1305_TAG_MESSAGE);
        appendLittleEndian(file, static_cast<std::uint32_t>(sealedLength));
        file.append(reinterpret_cast<const char*>(sealed.data()), static_cast<std::size_t>(sealedLength));
        offset += length;
    } while (offset < compressed.size());
    return file;
}

std::string openBackup(std::string_view fileBytes, std::string_view passphrase) {
    const BackupHeader header = readBackupHeader(fileBytes);
    if (fileBytes.size() > maxBackupFileBytes)
        throw BackupError(Kind::TooLarge, "This backup file is " + std::to_string(fileBytes.size()) +
                                              " bytes, larger than any backup Tend writes (" +
                                              std::to_string(maxBackupFileBytes) + " bytes).");
    ensureSodiumInitialized();

    StreamKey key;
    deriveKey(key, passphrase, header);
    StreamState stream;
    if (crypto_secretstream_xchacha20poly1305_init_pull(&stream.state, header.streamHeader.data(),
                                                        key.data()) != 0)
        throw BackupError(Kind::WrongPassphraseOrDamaged,
                          "The backup header is damaged: its stream header is invalid.");

    const std::string_view additionalData = fileBytes.substr(0, backupHeaderBytes);
    BackupInflater inflater(maxBackupJsonBytes);
    std::vector<unsigned char> plain(backupChunkBytes);
    std::size_t offset = backupHeaderBytes;
    for (std::size_t chunk = 1;; ++chunk) {
        const auto chunkStart = offset;
        if (fileBytes.size() - offset < lengthPrefixBytes) {
            const auto where = chunk == 1 ? std::string("right after its header")
                                          : "after chunk " + std::to_string(chunk - 1) + ", at byte " +
                                                std::to_string(offset) + ", before its final chunk";
            throw BackupError(Kind::Truncated,
                              "The backup ends too early: the file is cut off " + where + ".");
        }
        const auto length = readLittleEndian<std::uint32_t>(fileBytes, offset);
        offset += lengthPrefixBytes;
        if (length <= backupChunkOverheadBytes || length > maxBackupChunkCiphertextBytes)
            throw BackupError(Kind::Damaged, "The backup is damaged: " + at(chunk, chunkStart) +
                                                 " claims a length of " + std::to_string(length) +
                                                 " bytes, but chunks hold " +
                                                 std::to_string(backupChunkOverheadBytes + 1) + " to " +
                                                 std::to_string(maxBackupChunkCiphertextBytes) + ".");
        if (fileBytes.size() - offset < length)
            throw BackupError(Kind::Truncated, "The backup ends too early: the file is cut off in " +
                                                   at(chunk, chunkStart) + " (" + std::to_string(length) +
                                                   " bytes expected, " +
                                                   std::to_string(fileBytes.size() - offset) + " found).");
        const bool first = chunk == 1;
        unsigned long long plainLength = 0;
        unsigned char tag = 0;
        if (crypto_secretstream_xchacha20poly1305_pull(
                &stream.state, plain.data(), &plainLength, &tag,
                reinterpret_cast<const unsigned char*>(fileBytes.data() + offset), length,
                first ? reinterpret_cast<const unsigned char*>(additionalData.data()) : nullptr,
                first ? additionalData.size() : 0) != 0) {
            if (first)
                throw BackupError(
                    Kind::WrongPassphraseOrDamaged,
                    "The passphrase does not unlock this backup, or the file is damaged at its start "
                    "(header or " +
                        at(chunk, chunkStart) +
                        "). Encryption cannot tell these apart; please check the passphrase and try "
                        "again.");
            throw BackupError(Kind::Damaged, "The backup is damaged: " + at(chunk, chunkStart) +
                                                 " was changed, moved, or belongs to another backup.");
        }
        offset += length;
        if (tag != crypto_secretstream_xchacha20poly1305_TAG_MESSAGE &&
            tag != crypto_secretstream_xchacha20poly1305_TAG_FINAL)
            throw BackupError(Kind::Damaged, "The backup is damaged: " + at(chunk, chunkStart) +
                                                 " carries a marker Tend never writes (" +
                                                 std::to_string(tag) + ").");
        inflater.feed(std::string_view(reinterpret_cast<const char*>(plain.data()),
                                       static_cast<std::size_t>(plainLength)),
                      chunk);
        if (tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL) {
            if (offset != fileBytes.size()) {
                const auto extra = fileBytes.size() - offset;
                throw BackupError(Kind::Damaged,
                                  "The backup is damaged: " + std::to_string(extra) +
                                      (extra == 1 ? " unexpected byte follows" : " unexpected bytes follow") +
                                      " its final chunk, from byte " + std::to_string(offset) + ".");
            }
            return inflater.finish();
        }
    }
}

} // namespace tend
