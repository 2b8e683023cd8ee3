#pragma once

#include <string>
#include <string_view>

namespace tend {

// `content` as one zlib stream (deflate with zlib's header and checksum), the body format of a backup.
// The caller keeps `content` within maxBackupJsonBytes.
[[nodiscard]] std::string deflateForBackup(std::string_view content);

} // namespace tend
