#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace tend {

// What Tend accepts as an app-lock secret: a PIN of 4 to 8 digits, or a passphrase of at least 6
// characters that are not all the same. Text is UTF-8; lengths count characters, not bytes.
inline constexpr std::size_t kPinMinDigits = 4;
inline constexpr std::size_t kPinMaxDigits = 8;
inline constexpr std::size_t kPassphraseMinCharacters = 6;
// Far beyond anything typed by hand; bounds the work and memory a pasted text can cause.
inline constexpr std::size_t kPassphraseMaxCharacters = 128;

// Plain English, for the worker, when `pin` cannot be used; nothing when it can. The ui layer translates
// the text by its own wording.
[[nodiscard]] std::optional<std::string> pinProblem(std::string_view pin);

// True for a PIN of digits only (the lock screen then shows a number pad).
[[nodiscard]] bool isDigitsOnly(std::string_view pin);

} // namespace tend
