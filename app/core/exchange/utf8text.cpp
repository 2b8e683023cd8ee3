#include "exchange/utf8text.h"

namespace tend {

namespace {

bool inRange(unsigned char c, unsigned char low, unsigned char high) {
    return c >= low && c <= high;
}

} // namespace

std::size_t utf8SequenceLength(std::string_view text, std::size_t pos) {
    const auto byte = [&](std::size_t offset) {
        return pos + offset < text.size() ? static_cast<unsigned char>(text[pos + offset]) : 0;
    };
    const auto lead = byte(0);
    const auto continuation = [&](std::size_t offset) {
        return inRange(byte(offset), 0x80, 0xBF);
    };
    if (pos < text.size() && lead < 0x80)
        return 1;
    if (inRange(lead, 0xC2, 0xDF))
        return continuation(1) ? 2 : 0;
    // The second byte's range rules out overlong forms (E0, F0), surrogates (ED) and code points beyond
    // U+10FFFF (F4).
    if (inRange(lead, 0xE0, 0xEF)) {
        const auto low = lead == 0xE0 ? 0xA0 : 0x80;
        const auto high = lead == 0xED ? 0x9F : 0xBF;
        return inRange(byte(1), low, high) && continuation(2) ? 3 : 0;
    }
    if (inRange(lead, 0xF0, 0xF4)) {
        const auto low = lead == 0xF0 ? 0x90 : 0x80;
        const auto high = lead == 0xF4 ? 0x8F : 0xBF;
        return inRange(byte(1), low, high) && continuation(2) && continuation(3) ? 4 : 0;
    }
    return 0;
}

bool isValidUtf8(std::string_view text) {
    for (std::size_t i = 0; i < text.size();) {
        const std::size_t length = utf8SequenceLength(text, i);
        if (length == 0)
            return false;
        i += length;
    }
    return true;
}

} // namespace tend
