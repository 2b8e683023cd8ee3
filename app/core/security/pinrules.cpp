#include "security/pinrules.h"

#include <algorithm>

namespace tend {

namespace {

bool isContinuationByte(char byte) {
    return (static_cast<unsigned char>(byte) & 0xC0) == 0x80;
}

std::size_t characterCount(std::string_view text) {
    return static_cast<std::size_t>(
        std::count_if(text.begin(), text.end(), [](char byte) { return !isContinuationByte(byte); }));
}

// True when the text repeats a single character (which may take several bytes in UTF-8).
bool isOneCharacterRepeated(std::string_view text) {
    std::size_t firstLength = 1;
    while (firstLength < text.size() && isContinuationByte(text[firstLength]))
        ++firstLength;
    if (text.size() % firstLength != 0)
        return false;
    const std::string_view first = text.substr(0, firstLength);
    for (std::size_t at = firstLength; at < text.size(); at += firstLength) {
        if (text.substr(at, firstLength) != first)
            return false;
    }
    return true;
}

} // namespace

bool isDigitsOnly(std::string_view pin) {
    return !pin.empty() && std::all_of(pin.begin(), pin.end(), [](char c) { return c >= '0' && c <= '9'; });
}

std::optional<std::string> pinProblem(std::string_view pin) {
    if (pin.empty())
        return "Please enter a PIN or a passphrase.";
    if (isDigitsOnly(pin)) {
        if (pin.size() < kPinMinDigits)
            return "A PIN needs at least 4 digits.";
        if (pin.size() > kPinMaxDigits)
            return "A PIN has at most 8 digits. For something longer, add a letter or another character.";
        return std::nullopt;
    }
    const std::size_t characters = characterCount(pin);
    if (characters < kPassphraseMinCharacters)
        return "A passphrase needs at least 6 characters.";
    if (characters > kPassphraseMaxCharacters)
        return "A passphrase can have at most 128 characters.";
    if (isOneCharacterRepeated(pin))
        return "Please use more than one kind of character.";
    return std::nullopt;
}

} // namespace tend
