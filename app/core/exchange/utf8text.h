#pragma once

#include <cstddef>
#include <string_view>

namespace tend {

// The length in bytes of the well-formed UTF-8 character starting at `pos` (1 for ASCII), or 0 when
// the bytes there are not one: a stray continuation byte, a cut sequence, an overlong form, a surrogate or
// a code point above U+10FFFF.
[[nodiscard]] std::size_t utf8SequenceLength(std::string_view text, std::size_t pos);

// Whether `text` is well-formed UTF-8 throughout. Text read back from the database is checked before it
// goes into a file, because JSON cannot carry anything else and a half-written character would make the
// whole export unreadable; import readers check each character as they read it.
[[nodiscard]] bool isValidUtf8(std::string_view text);

} // namespace tend
