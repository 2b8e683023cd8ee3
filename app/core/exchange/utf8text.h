#pragma once

#include <string_view>

namespace tend {

// Whether `text` is well-formed UTF-8 (no overlong forms, no surrogates, nothing above U+10FFFF). Text
// read back from the database is checked before it goes into a file, because JSON cannot carry anything
// else and a half-written character would make the whole export unreadable.
[[nodiscard]] bool isValidUtf8(std::string_view text);

} // namespace tend
