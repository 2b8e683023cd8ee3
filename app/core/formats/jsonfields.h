#pragma once

#include "formats/datafileerror.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

// Strict readers for the fields of Tend's JSON data files. Each names the exact path of a problem in a
// DataFileError, so a person fixing a file by hand learns where and what ("items[2].scale.max: expected
// an integer from 1 to 10, found 12"). Paths are built with member() and indexed().
namespace tend::jsonfields {

using nlohmann::json;

[[nodiscard]] std::string inQuotes(std::string_view text);
[[nodiscard]] std::string describeType(const json& value); // "a string", "an array", "null"
[[nodiscard]] std::string indexed(const std::string& path, std::size_t index);
[[nodiscard]] std::string member(const std::string& path, std::string_view key);
// Code points rather than bytes, so that limits treat every language alike.
[[nodiscard]] std::size_t characterCount(std::string_view text);

// Parses JSON text; a syntax error (or a number beyond double's range) becomes a DataFileError saying
// what and where ("at line 3, column 7").
[[nodiscard]] json parseJson(std::string_view text);

// Parses `text` and hands the document to `read`. Every reader checks types before it accesses a value;
// should one miss a check, the library's exception still becomes a DataFileError ("unreadable <what>")
// rather than escaping as something callers do not expect.
template <typename Read>
[[nodiscard]] auto readDocument(std::string_view text, std::string_view what, Read read) {
    try {
        return read(parseJson(text));
    } catch (const DataFileError&) {
        throw;
    } catch (const json::exception& error) {
        throw DataFileError("", "unreadable " + std::string(what) + ": " + error.what());
    }
}

void expectObject(const json& value, const std::string& path);
void expectArray(const json& value, const std::string& path, std::size_t minSize, std::size_t maxSize);
// `format` must equal `expected`: the first check, so a file of the wrong kind is named as such.
void checkFormat(const json& root, std::string_view expected);
[[nodiscard]] const json& require(const json& object, std::string_view key, const std::string& path);
[[nodiscard]] std::string readString(const json& value, const std::string& path);
// A non-empty string of at most maxLength characters.
[[nodiscard]] std::string readText(const json& value, const std::string& path, std::size_t maxLength);
[[nodiscard]] bool readBool(const json& value, const std::string& path);
// Whole numbers only: 4.0 and 1e30 are numbers, but not the integers a scale or version needs.
[[nodiscard]] std::int64_t readInteger(const json& value, const std::string& path, std::int64_t lowest,
                                       std::int64_t highest);
// Any finite number within [lowest, highest].
[[nodiscard]] double readNumber(const json& value, const std::string& path, double lowest, double highest);
// A scale's "min" and "max" members of `object` (at `path`): integers within +-magnitude, min below max.
[[nodiscard]] std::pair<int, int> readMinMax(const json& object, const std::string& path,
                                             std::int64_t magnitude);
// One label per point of the scale min..max, each a non-empty text of at most maxLength characters.
[[nodiscard]] std::vector<std::string> readPointLabels(const json& value, const std::string& path, int min,
                                                       int max, std::size_t maxLength);
// [a-z0-9_]+, 1 to maxLength characters.
[[nodiscard]] std::string readId(const json& value, const std::string& path, std::size_t maxLength = 64);

void rejectUnknownKeys(const json& object, const std::string& path, const char* const* allowed,
                       std::size_t allowedCount);

template <std::size_t N>
void rejectUnknownKeys(const json& object, const std::string& path,
                       const std::array<const char*, N>& allowed) {
    rejectUnknownKeys(object, path, allowed.data(), N);
}

} // namespace tend::jsonfields
