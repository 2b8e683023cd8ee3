#include "storage/atomicfile.h"

#include "storage/fileerror.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdint>
#include <system_error>
#include <vector>

namespace tend {

namespace {

using Kind = FileError::Kind;

[[nodiscard]] std::string systemReason(int error) {
    return std::generic_category().message(error);
}

[[nodiscard]] FileError writeError(const std::filesystem::path& target, const std::string& what, int error) {
    return FileError(Kind::CannotWrite, target,
                     "Could not write " + target.string() + ": " + what + " (" + systemReason(error) + ")");
}

[[nodiscard]] std::string temporaryPrefix(const std::filesystem::path& target) {
    return std::string(".").append(target.filename().string()).append(".tmp-");
}

// A process killed between creating its temporary file and renaming it leaves the temporary behind, and for
// a plain export that is a readable copy of private notes nobody knows is there. Each write to a target
// first removes the leftovers of earlier writes to the same target (mkstemp's six characters after the
// prefix; only regular files, never what a symlink points to). Two writes racing to the same file could
// remove each other's temporary; the loser then reports a failed write, and nothing is lost.
void removeLeftoverTemporaries(const std::filesystem::path& folder, const std::filesystem::path& target) {
    const std::string prefix = temporaryPrefix(target);
    std::error_code error;
    for (const auto& entry : std::filesystem::directory_iterator(folder, error)) {
        const std::string name = entry.path().filename().string();
        if (name.size() == prefix.size() + 6 && name.compare(0, prefix.size(), prefix) == 0 &&
            entry.is_regular_file(error) && !entry.is_symlink(error))
            std::filesystem::remove(entry.path(), error);
    }
}

// Closes the descriptor and removes the temporary file unless the rename made it the target.
class TemporaryFile final {
public:
    explicit TemporaryFile(const std::filesystem::path& target)
        : m_path(target.parent_path() / (temporaryPrefix(target) + "XXXXXX")) {
        std::string pattern = m_path.string();
        // mkstemp creates the file with owner-only permissions and never reuses an existing name.
        m_fd = ::mkostemp(pattern.data(), O_CLOEXEC);
        if (m_fd < 0)
            throw writeError(target, "cannot create a file in its folder", errno);
        m_path = pattern;
    }
    TemporaryFile(const TemporaryFile&) = delete;
    TemporaryFile& operator=(const TemporaryFile&) = delete;
    ~TemporaryFile() {
        if (m_fd >= 0)
            ::close(m_fd);
        if (!m_renamed)
            ::unlink(m_path.c_str());
    }

    [[nodiscard]] int fd() const { return m_fd; }
    [[nodiscard]] const std::filesystem::path& path() const { return m_path; }

    // Closing reports delayed write errors on some file systems, so it is checked like a write.
    [[nodiscard]] int close() {
        const int rc = ::close(m_fd);
        m_fd = -1;
        return rc;
    }
    void markRenamed() { m_renamed = true; }

private:
    std::filesystem::path m_path;
    int m_fd = -1;
    bool m_renamed = false;
};

void writeAll(int fd, std::string_view bytes, const std::filesystem::path& target) {
    while (!bytes.empty()) {
        const ssize_t written = ::write(fd, bytes.data(), bytes.size());
        if (written < 0) {
            if (errno == EINTR)
                continue;
            throw writeError(target, "writing the new content failed", errno);
        }
        bytes.remove_prefix(static_cast<std::size_t>(written));
    }
}

// Without this the rename itself may be lost on power failure, leaving the old file in place even though
// the write was reported as done.
void syncFolder(const std::filesystem::path& folder, const std::filesystem::path& target) {
    const int fd = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        throw writeError(target, "the file was replaced but its folder could not be opened to make it last",
                         errno);
    const int rc = ::fsync(fd);
    const int error = errno;
    ::close(fd);
    // Some file systems cannot sync a folder at all and say so with EINVAL; there is nothing more to do.
    if (rc != 0 && error != EINVAL)
        throw writeError(target, "the file was replaced but its folder could not be synced to disk", error);
}

} // namespace

void writeFileAtomically(const std::filesystem::path& target, std::string_view bytes) {
    std::error_code ignored;
    if (std::filesystem::is_directory(target, ignored))
        throw FileError(Kind::CannotWrite, target,
                        "Could not write " + target.string() + ": there is a folder with that name");
    if (target.filename().empty())
        throw FileError(Kind::CannotWrite, target,
                        "Could not write " + target.string() + ": it names no file");
    const auto folder = target.parent_path().empty() ? std::filesystem::path(".") : target.parent_path();

    removeLeftoverTemporaries(folder, target);
    TemporaryFile temporary(folder / target.filename());
    if (::fchmod(temporary.fd(), S_IRUSR | S_IWUSR) != 0)
        throw writeError(target, "cannot make the new file private", errno);
    writeAll(temporary.fd(), bytes, target);
    if (::fsync(temporary.fd()) != 0)
        throw writeError(target, "the new content could not be synced to disk", errno);
    if (temporary.close() != 0)
        throw writeError(target, "the new content could not be written completely", errno);
    if (::rename(temporary.path().c_str(), target.c_str()) != 0)
        throw writeError(target, "the new file could not take the place of the old one", errno);
    temporary.markRenamed();
    syncFolder(folder, target);
}

std::string readFileBounded(const std::filesystem::path& file, std::size_t maxBytes) {
    // Non-blocking open so that a named pipe without a writer cannot hang the reader.
    const int fd = ::open(file.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0) {
        const int error = errno;
        if (error == ENOENT || error == ENOTDIR)
            throw FileError(Kind::Missing, file, "There is no file at " + file.string());
        throw FileError(Kind::CannotRead, file,
                        "Could not read " + file.string() + " (" + systemReason(error) + ")");
    }
    struct Closer {
        int fd;
        ~Closer() { ::close(fd); }
    } closer{fd};

    struct stat status {};
    if (::fstat(fd, &status) != 0)
        throw FileError(Kind::CannotRead, file,
                        "Could not read " + file.string() + " (" + systemReason(errno) + ")");
    if (S_ISDIR(status.st_mode))
        throw FileError(Kind::CannotRead, file,
                        "Could not read " + file.string() + ": it is a folder, not a file");
    const auto tooLarge = [&] {
        return FileError(Kind::TooLarge, file,
                         "The file " + file.string() + " is larger than the " + std::to_string(maxBytes) +
                             " bytes that can be read here");
    };
    if (S_ISREG(status.st_mode) && static_cast<std::uintmax_t>(status.st_size) > maxBytes)
        throw tooLarge();
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);

    // Read until the end rather than trusting the size: the file may grow meanwhile, or be a pipe.
    std::string content;
    std::vector<char> buffer(64 * 1024);
    for (;;) {
        const ssize_t got = ::read(fd, buffer.data(), buffer.size());
        if (got < 0) {
            if (errno == EINTR)
                continue;
            throw FileError(Kind::CannotRead, file,
                            "Could not read " + file.string() + " (" + systemReason(errno) + ")");
        }
        if (got == 0)
            return content;
        if (content.size() + static_cast<std::size_t>(got) > maxBytes)
            throw tooLarge();
        content.append(buffer.data(), static_cast<std::size_t>(got));
    }
}

} // namespace tend
