#include "crashsupport.h"

#include "testkey.h"

#include <algorithm>
#include <charconv>
#include <cstdio>

namespace tend::crash {

void report(std::string_view line) {
    std::fwrite(line.data(), 1, line.size(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

Database openDatabase(const std::filesystem::path& file) {
    return Database::open(file, test::testKey());
}

void requireIntact(Database& db, const std::string& what) {
    {
        Statement check = db.prepare("PRAGMA integrity_check");
        std::string result;
        while (check.step())
            result += (result.empty() ? "" : "; ") + check.text(0);
        if (result != "ok")
            throw CrashCheckFailure(what + ": integrity_check says: " + result);
    }
    Statement foreignKeys = db.prepare("PRAGMA foreign_key_check");
    if (foreignKeys.step())
        throw CrashCheckFailure(what + ": a row in " + foreignKeys.text(0) + " breaks a foreign key");
}

std::vector<std::int64_t> reportedNumbers(const std::vector<std::string>& reports, std::string_view word) {
    std::vector<std::int64_t> numbers;
    const std::string prefix = std::string(word) + " ";
    for (const auto& line : reports) {
        if (const auto number = numberAfter(line, prefix))
            numbers.push_back(*number);
    }
    return numbers;
}

std::optional<std::int64_t> highestReported(const std::vector<std::string>& reports, std::string_view word) {
    const auto numbers = reportedNumbers(reports, word);
    if (numbers.empty())
        return std::nullopt;
    return *std::max_element(numbers.begin(), numbers.end());
}

std::optional<std::int64_t> numberAfter(std::string_view text, std::string_view prefix) {
    if (!text.starts_with(prefix))
        return std::nullopt;
    text.remove_prefix(prefix.size());
    std::int64_t number = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), number);
    if (error != std::errc() || end == text.data())
        return std::nullopt;
    return number;
}

} // namespace tend::crash
