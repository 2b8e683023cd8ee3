#include "desktop/filekeyprovider.h"

#include <sodium.h>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace tend {

namespace {

std::string systemError(const std::string& what, const std::filesystem::path& file) {
    return what + " " + file.string() + ": " + std::strerror(errno);
}

// Writes all bytes or fails; write(2) may write less than asked.
bool writeAll(int fd, const std::uint8_t* data, std::size_t size) {
    while (size > 0) {
        const ssize_t written = ::write(fd, data, size);
        if (written < 0 && errno == EINTR)
            continue;
        if (written <= 0)
            return false;
        data += written;
        size -= static_cast<std::size_t>(written);
    }
    return true;
}

// The key file is the owner's alone (0600). Something (a copy tool, a restored home folder, a careless
// chmod) may have widened it; anyone else who can read it can read the database too. Narrow it back on
// every open, through the open descriptor so that the file checked is the file changed. If it cannot be
// narrowed (the file belongs to someone else, or sits on a read-only disk), refuse with the reason rather
// than go on using a key others may have read.
void narrowToOwner(int fd, const std::filesystem::path& file) {
    struct stat status {};
    if (::fstat(fd, &status) != 0) {
        const std::string message = systemError("Cannot inspect the key file", file);
        ::close(fd);
        throw KeyProviderError(message);
    }
    constexpr mode_t othersMask = S_IRWXG | S_IRWXO;
    if ((status.st_mode & othersMask) == 0)
        return;
    if (::fchmod(fd, status.st_mode & ~othersMask & 07777) != 0) {
        const std::string message = systemError(
            "The key file can be read by others and cannot be made private again (chmod 600)", file);
        ::close(fd);
        throw KeyProviderError(message);
    }
}

} // namespace

bool FileKeyProvider::hasKey() const {
    std::error_code error;
    return std::filesystem::exists(m_keyFile, error);
}

void FileKeyProvider::deleteKey() {
    // Overwrite before unlinking: on a disk that rewrites in place this leaves no copy of the key behind.
    // (On flash it may not, which is why the database is encrypted and the mobile keys live in hardware.)
    const int fd = ::open(m_keyFile.c_str(), O_WRONLY | O_CLOEXEC | O_NOFOLLOW);
    if (fd >= 0) {
        const DatabaseKey zeros{};
        const bool wiped = writeAll(fd, zeros.data(), zeros.size()) && ::fsync(fd) == 0;
        ::close(fd);
        if (!wiped)
            throw KeyProviderError(systemError("Cannot overwrite the key file", m_keyFile));
    }
    if (::unlink(m_keyFile.c_str()) != 0 && errno != ENOENT)
        throw KeyProviderError(systemError("Cannot remove the key file", m_keyFile));
}

DatabaseKey FileKeyProvider::databaseKey() {
    return hasKey() ? readKey() : createKey();
}

DatabaseKey FileKeyProvider::readKey() const {
    const int fd = ::open(m_keyFile.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        throw KeyProviderError(systemError("Cannot read the key file", m_keyFile));
    narrowToOwner(fd, m_keyFile);
    DatabaseKey key{};
    std::size_t total = 0;
    while (total < key.size()) {
        const ssize_t got = ::read(fd, key.data() + total, key.size() - total);
        if (got < 0 && errno == EINTR)
            continue;
        if (got <= 0)
            break;
        total += static_cast<std::size_t>(got);
    }
    std::uint8_t extra = 0;
    const bool trailing = ::read(fd, &extra, 1) > 0;
    ::close(fd);
    if (total != key.size() || trailing)
        throw KeyProviderError("The key file " + m_keyFile.string() +
                               " is damaged: it must hold exactly 32 bytes");
    return key;
}

DatabaseKey FileKeyProvider::createKey() const {
    if (sodium_init() < 0)
        throw KeyProviderError("The random number generator could not be started");
    DatabaseKey key{};
    randombytes_buf(key.data(), key.size());

    // Write beside the final name, flush, then rename: a crash leaves either no key or the whole key.
    std::filesystem::create_directories(m_keyFile.parent_path());
    const auto temporary = std::filesystem::path(m_keyFile).concat(".new");
    // A temporary left by a crash keeps its old mode under O_CREAT, which could be wider than 0600: remove it
    // and insist on a brand-new file (O_EXCL also refuses to follow a symlink planted at that name).
    ::unlink(temporary.c_str());
    const int fd = ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, S_IRUSR | S_IWUSR);
    if (fd < 0)
        throw KeyProviderError(systemError("Cannot create the key file", temporary));
    const bool written = writeAll(fd, key.data(), key.size()) && ::fsync(fd) == 0;
    ::close(fd);
    if (!written || ::rename(temporary.c_str(), m_keyFile.c_str()) != 0) {
        ::unlink(temporary.c_str());
        throw KeyProviderError(systemError("Cannot write the key file", m_keyFile));
    }
    return key;
}

} // namespace tend
