#pragma once

#include <cstddef>
#include <filesystem>
#include <string>
#include <string_view>

namespace tend {

// Replaces `target` with `bytes` so that, even if the process is killed or the power fails, the file
// holds either its old content or the complete new one, never a mix. The new file is readable by its
// owner only (0600), since what Tend writes (exports, backups, reports) is private.
// Throws FileError(CannotWrite); on failure the old file is untouched and no temporary file is left.
void writeFileAtomically(const std::filesystem::path& target, std::string_view bytes);

// The whole content of `file`, refusing one larger than `maxBytes` before reading it, so a huge or
// endless file given to an import cannot exhaust memory. Throws FileError(Missing, TooLarge, CannotRead).
[[nodiscard]] std::string readFileBounded(const std::filesystem::path& file, std::size_t maxBytes);

} // namespace tend
