#pragma once

#include "storage/databasekey.h"

#include <stdexcept>
#include <string>

namespace tend {

// Where the database key lives. Each OS keeps it in its own key store (Android Keystore, iOS Keychain);
// the desktop keeps it in a private file. Callers never see how.
class KeyProvider {
public:
    virtual ~KeyProvider() = default;

    // The key for this installation, created on first use. Throws KeyProviderError.
    [[nodiscard]] virtual DatabaseKey databaseKey() = 0;
    // True when a key already exists (so a missing key beside an existing database is an error, not a
    // reason to make a new one).
    [[nodiscard]] virtual bool hasKey() const = 0;
    // Forgets the key for good: whatever it encrypted can never be read again, which is what "delete
    // everything" relies on, since flash storage may keep old copies of erased file blocks. Throws
    // KeyProviderError; no key at all is not an error.
    virtual void deleteKey() = 0;
};

class KeyProviderError final : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

} // namespace tend
