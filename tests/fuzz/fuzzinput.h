#pragma once

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

// What every fuzz target shares. libFuzzer hands over raw bytes; a parser of untrusted input sees them as
// text, exactly as it would see a file read from disk.
namespace tend::fuzz {

[[nodiscard]] inline std::string_view asText(const std::uint8_t* data, std::size_t size) {
    return {reinterpret_cast<const char*>(data), size};
}

// A promise an accepted input must keep. Breaking it aborts, so libFuzzer keeps the input as a crash.
inline void expect(bool condition, const char* promise) {
    if (condition)
        return;
    std::fprintf(stderr, "fuzz target: accepted input breaks a promise: %s\n", promise);
    std::abort();
}

namespace detail {

template <typename First, typename... Rest, typename Parse>
void runCatching(Parse& parse, std::string_view text) {
    try {
        if constexpr (sizeof...(Rest) == 0)
            parse(text);
        else
            runCatching<Rest...>(parse, text);
    } catch (const First&) {
    }
}

} // namespace detail

// Runs `parse` on the input. Only the exception types a parser documents (`Expected...`) are a proper
// answer to bad input; any other exception escapes, terminates the process, and libFuzzer records the
// input as a crash, just as it does for a sanitizer report.
template <typename... Expected, typename Parse>
int parseExpecting(const std::uint8_t* data, std::size_t size, Parse parse) {
    detail::runCatching<Expected...>(parse, asText(data, size));
    return 0;
}

} // namespace tend::fuzz
