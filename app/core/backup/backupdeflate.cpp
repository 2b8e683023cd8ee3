#include "backup/backupdeflate.h"

#include <zlib.h>

#include <stdexcept>

namespace tend {

std::string deflateForBackup(std::string_view content) {
    z_stream stream{};
    // Level 9: a backup is written rarely and JSON compresses well, so the smaller file is worth the time.
    if (deflateInit(&stream, Z_BEST_COMPRESSION) != Z_OK)
        throw std::runtime_error("The backup could not be compressed: zlib did not start");
    std::string compressed(deflateBound(&stream, static_cast<uLong>(content.size())), '\0');
    stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(content.data()));
    stream.avail_in = static_cast<uInt>(content.size());
    stream.next_out = reinterpret_cast<Bytef*>(compressed.data());
    stream.avail_out = static_cast<uInt>(compressed.size());
    // deflateBound() leaves room for the whole stream, so one call finishes it.
    const int rc = deflate(&stream, Z_FINISH);
    compressed.resize(stream.total_out);
    deflateEnd(&stream);
    if (rc != Z_STREAM_END)
        throw std::runtime_error("The backup could not be compressed (zlib error " + std::to_string(rc) +
                                 ")");
    return compressed;
}

} // namespace tend
