#pragma once

#include "keyprovider.h"

#include <filesystem>

namespace tend {

// Desktop key store: the raw key in a file readable only by the owner (mode 0600), created atomically
// with random bytes from libsodium. Mobile builds use the platform key stores instead.
class FileKeyProvider final : public KeyProvider {
public:
    explicit FileKeyProvider(std::filesystem::path keyFile)
        : m_keyFile(std::move(keyFile)) {}

    [[nodiscard]] DatabaseKey databaseKey() override;
    [[nodiscard]] bool hasKey() const override;
    void deleteKey() override;

private:
    [[nodiscard]] DatabaseKey readKey() const;
    [[nodiscard]] DatabaseKey createKey() const;

    std::filesystem::path m_keyFile;
};

} // namespace tend
