#pragma once

#include <cstddef>
#include <stdexcept>
#include <string>
#include <string_view>

namespace tend {

// The Argon2id work factors for hashing the app-lock PIN. The hash string records the factors it was
// made with, so a hash stays verifiable when the defaults change; it is redone at the next unlock.
struct PinHashCost {
    unsigned long long opsLimit = 0;
    std::size_t memLimit = 0;

    // libsodium's "interactive" level: about a second's worth of work on a phone, 64 MiB of memory.
    [[nodiscard]] static PinHashCost interactive();
    // The smallest Argon2id allows: for tests only, where thousands of hashes must stay fast.
    [[nodiscard]] static PinHashCost minimal();
};

class PinHashError final : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// An encoded Argon2id hash ("$argon2id$v=19$m=...,t=...,p=1$salt$hash") with a fresh random salt.
// Throws PinHashError when the system cannot provide the memory.
[[nodiscard]] std::string hashPin(std::string_view pin, PinHashCost cost);
// True when `pin` matches `hash`; false for a wrong PIN and for anything that is not such a hash.
[[nodiscard]] bool verifyPin(std::string_view hash, std::string_view pin);
// True when `hash` was made with other factors than `cost` (or is not an Argon2id hash at all).
[[nodiscard]] bool pinHashNeedsRehash(std::string_view hash, PinHashCost cost);

} // namespace tend
