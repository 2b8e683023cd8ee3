#include "backup/backupinflater.h"

#include "backup/backuperror.h"

#include <zlib.h>

#include <array>
#include <stdexcept>

namespace tend {

namespace {

using Kind = BackupError::Kind;

[[nodiscard]] BackupError corrupt(std::size_t chunk, const std::string& problem) {
    return BackupError(Kind::CorruptCompression, "The backup's content cannot be unpacked: " + problem +
                                                     " (chunk " + std::to_string(chunk) + ").");
}

} // namespace

struct BackupInflater::Stream {
    z_stream z{};
};

BackupInflater::BackupInflater(std::size_t maxOutputBytes)
    : m_stream(std::make_unique<Stream>())
    , m_maxOutputBytes(maxOutputBytes) {
    if (inflateInit(&m_stream->z) != Z_OK)
        throw std::runtime_error("The backup could not be unpacked: zlib did not start");
}

BackupInflater::~BackupInflater() {
    inflateEnd(&m_stream->z);
}

void BackupInflater::feed(std::string_view compressed, std::size_t chunk) {
    if (compressed.empty())
        return;
    if (m_ended)
        throw corrupt(chunk, "more data follows the end of the compressed content");
    auto& z = m_stream->z;
    z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(compressed.data()));
    z.avail_in = static_cast<uInt>(compressed.size());
    std::array<Bytef, 64 * 1024> buffer{};
    for (;;) {
        z.next_out = buffer.data();
        z.avail_out = static_cast<uInt>(buffer.size());
        const int rc = inflate(&z, Z_NO_FLUSH);
        const auto produced = buffer.size() - z.avail_out;
        if (produced > m_maxOutputBytes - m_output.size())
            throw BackupError(Kind::TooLarge,
                              "This backup unpacks to more than " + std::to_string(m_maxOutputBytes) +
                                  " bytes, more than Tend can restore; it stopped reading at chunk " +
                                  std::to_string(chunk) + ".");
        m_output.append(reinterpret_cast<const char*>(buffer.data()), produced);
        if (rc == Z_STREAM_END) {
            m_ended = true;
            if (z.avail_in != 0)
                throw corrupt(chunk, "more data follows the end of the compressed content");
            return;
        }
        // Z_BUF_ERROR only says that no progress was possible: all input is used and all output delivered.
        if (rc == Z_BUF_ERROR && z.avail_in == 0)
            return;
        if (rc != Z_OK)
            throw corrupt(chunk, z.msg ? z.msg : "zlib error " + std::to_string(rc));
        if (z.avail_in == 0 && z.avail_out != 0)
            return;
    }
}

std::string BackupInflater::finish() {
    if (!m_ended)
        throw BackupError(
            Kind::CorruptCompression,
            "The backup's content cannot be unpacked: the compressed content stops before its end.");
    return std::move(m_output);
}

} // namespace tend
