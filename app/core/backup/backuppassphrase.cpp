#include "backup/backuppassphrase.h"

#include <algorithm>

namespace tend {

namespace {

[[nodiscard]] bool isContinuationByte(char c) {
    return (static_cast<unsigned char>(c) & 0xC0u) == 0x80u;
}

[[nodiscard]] std::size_t characterCount(std::string_view text) {
    return static_cast<std::size_t>(
        std::count_if(text.begin(), text.end(), [](char c) { return !isContinuationByte(c); }));
}

[[nodiscard]] bool onlySpaces(std::string_view text) {
    return std::all_of(text.begin(), text.end(),
                       [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; });
}

// Whether the text is one character (of any byte length) said again and again.
[[nodiscard]] bool oneRepeatedCharacter(std::string_view text) {
    std::size_t first = 1;
    while (first < text.size() && isContinuationByte(text[first]))
        ++first;
    const auto character = text.substr(0, first);
    for (std::size_t at = 0; at < text.size(); at += first) {
        if (text.substr(at, first) != character)
            return false;
    }
    return true;
}

} // namespace

std::optional<std::string> backupPassphraseProblem(std::string_view passphrase) {
    if (characterCount(passphrase) < minBackupPassphraseCharacters)
        return "A backup passphrase needs at least " + std::to_string(minBackupPassphraseCharacters) +
               " characters, so that nobody can guess it. A few words that belong together only for you work "
               "well.";
    if (passphrase.size() > maxBackupPassphraseBytes)
        return "This passphrase is longer than Tend can take (" + std::to_string(maxBackupPassphraseBytes) +
               " bytes). A few words are plenty.";
    if (onlySpaces(passphrase))
        return "A passphrase of only spaces is easy to guess. A few words that belong together only for you "
               "work "
               "well.";
    if (oneRepeatedCharacter(passphrase))
        return "A passphrase that repeats one character is easy to guess. A few words that belong together "
               "only "
               "for you work well.";
    return std::nullopt;
}

} // namespace tend
