#pragma once

#include "storage/databasekey.h"

#include <cstddef>
#include <cstdint>

namespace tend::test {

// A fixed, recognisable database key for tests; different seeds give different keys.
inline DatabaseKey testKey(std::uint8_t seed = 1) {
    DatabaseKey key{};
    for (std::size_t i = 0; i < key.size(); ++i)
        key[i] = static_cast<std::uint8_t>(seed + i * 37);
    return key;
}

} // namespace tend::test
