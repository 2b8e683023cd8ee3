#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace tend {

inline constexpr std::size_t minBackupPassphraseCharacters = 10;
inline constexpr std::size_t maxBackupPassphraseBytes = 1024;

// A kind, plain reason why `passphrase` is not good enough to protect a backup that may leave the phone,
// or nothing when it is fine. Characters are counted as the worker sees them (UTF-8 code points).
[[nodiscard]] std::optional<std::string> backupPassphraseProblem(std::string_view passphrase);

} // namespace tend
