#pragma once

#include <array>
#include <cstdint>

namespace tend {

// A raw 256-bit SQLCipher key. Raw keys skip SQLCipher's passphrase derivation: the key is already
// random, and unlocking stays instant on slow phones.
using DatabaseKey = std::array<std::uint8_t, 32>;

} // namespace tend
