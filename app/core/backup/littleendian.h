#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace tend {

// The backup format fixes every integer as little-endian, whatever the machine, so a file moves between a
// phone and a desktop unchanged.
template <typename Unsigned> void appendLittleEndian(std::string& out, Unsigned value) {
    for (std::size_t i = 0; i < sizeof(Unsigned); ++i)
        out.push_back(static_cast<char>(static_cast<unsigned char>(value >> (8 * i))));
}

// Reads sizeof(Unsigned) bytes at `offset`; the caller has checked that they exist.
template <typename Unsigned>
[[nodiscard]] Unsigned readLittleEndian(std::string_view bytes, std::size_t offset) {
    Unsigned value = 0;
    for (std::size_t i = 0; i < sizeof(Unsigned); ++i)
        value |= static_cast<Unsigned>(static_cast<Unsigned>(static_cast<unsigned char>(bytes[offset + i]))
                                       << (8 * i));
    return value;
}

} // namespace tend
