#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

namespace tend {

// Unpacks a backup's zlib stream as its chunks are decrypted, stopping as soon as the output would pass
// `maxOutputBytes`, so a small file that unpacks to gigabytes (a decompression bomb) costs nothing more
// than the limit.
class BackupInflater final {
public:
    explicit BackupInflater(std::size_t maxOutputBytes);
    BackupInflater(const BackupInflater&) = delete;
    BackupInflater& operator=(const BackupInflater&) = delete;
    ~BackupInflater();

    // Feeds the decrypted chunk number `chunk` (from 1, for messages), at most one chunk (64 KiB) at a
    // time. Throws BackupError (CorruptCompression, TooLarge).
    void feed(std::string_view compressed, std::size_t chunk);

    // The whole content once the final chunk was fed. Throws BackupError(CorruptCompression) if the
    // compressed stream is incomplete.
    [[nodiscard]] std::string finish();

private:
    struct Stream;
    std::unique_ptr<Stream> m_stream;
    std::size_t m_maxOutputBytes;
    std::string m_output;
    bool m_ended = false;
};

} // namespace tend
