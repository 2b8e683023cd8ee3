#pragma once

#include <filesystem>
#include <stdexcept>
#include <string>

namespace tend {

// A file that could not be read or written. `kind` lets the ui layer pick a translated message; what()
// names the file and the reason in plain English.
class FileError final : public std::runtime_error {
public:
    enum class Kind {
        Missing,     // nothing at that path
        TooLarge,    // larger than the reader accepts; nothing was read
        CannotRead,  // a folder, or no permission, or an input/output error
        CannotWrite, // the folder is read-only, the disk is full, the target is a folder...; old file kept
    };

    FileError(Kind kind, std::filesystem::path path, const std::string& message)
        : std::runtime_error(message)
        , m_kind(kind)
        , m_path(std::move(path)) {}
    [[nodiscard]] Kind kind() const { return m_kind; }
    [[nodiscard]] const std::filesystem::path& path() const { return m_path; }

private:
    Kind m_kind;
    std::filesystem::path m_path;
};

} // namespace tend
