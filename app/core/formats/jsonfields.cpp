#include "formats/jsonfields.h"

#include <cmath>

namespace tend::jsonfields {

namespace {

std::string withArticle(std::string_view typeName) {
    if (typeName == "null")
        return "null";
    const bool vowel =
        !typeName.empty() && std::string_view("aeiou").find(typeName.front()) != std::string_view::npos;
    return std::string(vowel ? "an " : "a ") + std::string(typeName);
}

} // namespace

std::string inQuotes(std::string_view text) {
    return std::string("\"").append(text).append("\"");
}

std::string describeType(const json& value) {
    return withArticle(value.type_name());
}

std::string indexed(const std::string& path, std::size_t index) {
    return path + "[" + std::to_string(index) + "]";
}

std::string member(const std::string& path, std::string_view key) {
    return path.empty() ? std::string(key) : path + "." + std::string(key);
}

// The JSON parser has already rejected invalid UTF-8, so counting non-continuation bytes is exact.
std::size_t characterCount(std::string_view text) {
    return static_cast<std::size_t>(std::count_if(
        text.begin(), text.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

json parseJson(std::string_view text) {
    try {
        return json::parse(text);
    } catch (const json::exception& error) {
        // Besides syntax errors the parser throws out_of_range for a number beyond double's range
        // ("1e400"): bad input too, so it reads the same way. nlohmann prefixes its messages with an
        // internal id ("[json.exception.parse_error.101] ").
        std::string message = error.what();
        if (const auto end = message.find("] ");
            message.starts_with("[json.exception") && end != std::string::npos)
            message.erase(0, end + 2);
        throw DataFileError("", "not valid JSON: " + message);
    }
}

void expectObject(const json& value, const std::string& path) {
    if (!value.is_object())
        throw DataFileError(path, "expected an object, found " + describeType(value));
}

void expectArray(const json& value, const std::string& path, std::size_t minSize, std::size_t maxSize) {
    if (!value.is_array())
        throw DataFileError(path, "expected an array, found " + describeType(value));
    if (value.size() < minSize)
        throw DataFileError(path, minSize == 1
                                      ? std::string("must list at least one entry")
                                      : "must list at least " + std::to_string(minSize) + " entries");
    if (value.size() > maxSize)
        throw DataFileError(path, "too many entries (" + std::to_string(value.size()) + "); at most " +
                                      std::to_string(maxSize) + " are allowed");
}

void checkFormat(const json& root, std::string_view expected) {
    const auto format = readString(require(root, "format", ""), "format");
    if (format != expected)
        throw DataFileError("format", "expected " + inQuotes(expected) + ", found " + inQuotes(format));
}

const json& require(const json& object, std::string_view key, const std::string& path) {
    const auto it = object.find(key);
    if (it == object.end())
        throw DataFileError(member(path, key), "required but missing");
    return *it;
}

std::string readString(const json& value, const std::string& path) {
    if (!value.is_string())
        throw DataFileError(path, "expected a string, found " + describeType(value));
    return value.get<std::string>();
}

std::string readText(const json& value, const std::string& path, std::size_t maxLength) {
    auto text = readString(value, path);
    if (text.empty())
        throw DataFileError(path, "must not be empty");
    if (const auto length = characterCount(text); length > maxLength)
        throw DataFileError(path, "too long (" + std::to_string(length) + " characters); at most " +
                                      std::to_string(maxLength) + " are allowed");
    return text;
}

bool readBool(const json& value, const std::string& path) {
    if (!value.is_boolean())
        throw DataFileError(path, "expected a boolean, found " + describeType(value));
    return value.get<bool>();
}

std::int64_t readInteger(const json& value, const std::string& path, std::int64_t lowest,
                         std::int64_t highest) {
    if (!value.is_number())
        throw DataFileError(path, "expected an integer, found " + describeType(value));
    if (!value.is_number_integer())
        throw DataFileError(path, "expected an integer, found " + value.dump());
    const bool inRange = value.is_number_unsigned()
                             ? value.get<std::uint64_t>() <= static_cast<std::uint64_t>(highest) &&
                                   value.get<std::int64_t>() >= lowest
                             : value.get<std::int64_t>() >= lowest && value.get<std::int64_t>() <= highest;
    if (!inRange)
        throw DataFileError(path, "expected an integer from " + std::to_string(lowest) + " to " +
                                      std::to_string(highest) + ", found " + value.dump());
    return value.get<std::int64_t>();
}

double readNumber(const json& value, const std::string& path, double lowest, double highest) {
    if (!value.is_number())
        throw DataFileError(path, "expected a number, found " + describeType(value));
    const double number = value.get<double>();
    if (!std::isfinite(number) || number < lowest || number > highest)
        throw DataFileError(path, "expected a number from " + json(lowest).dump() + " to " +
                                      json(highest).dump() + ", found " + value.dump());
    return number;
}

std::pair<int, int> readMinMax(const json& object, const std::string& path, std::int64_t magnitude) {
    const auto min = static_cast<int>(
        readInteger(require(object, "min", path), member(path, "min"), -magnitude, magnitude));
    const auto max = static_cast<int>(
        readInteger(require(object, "max", path), member(path, "max"), -magnitude, magnitude));
    if (min >= max)
        throw DataFileError(path, "min (" + std::to_string(min) + ") must be less than max (" +
                                      std::to_string(max) + ")");
    return {min, max};
}

std::vector<std::string> readPointLabels(const json& value, const std::string& path, int min, int max,
                                         std::size_t maxLength) {
    if (!value.is_array())
        throw DataFileError(path, "expected an array, found " + describeType(value));
    const auto expected = static_cast<std::size_t>(max - min + 1);
    if (value.size() != expected)
        throw DataFileError(path, "expected " + std::to_string(expected) + " labels (one per point from " +
                                      std::to_string(min) + " to " + std::to_string(max) + "), found " +
                                      std::to_string(value.size()));
    std::vector<std::string> labels;
    for (std::size_t i = 0; i < value.size(); ++i)
        labels.push_back(readText(value[i], indexed(path, i), maxLength));
    return labels;
}

std::string readId(const json& value, const std::string& path, std::size_t maxLength) {
    auto id = readText(value, path, maxLength);
    const bool valid = std::all_of(id.begin(), id.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
    });
    if (!valid)
        throw DataFileError(path, "invalid id " + inQuotes(id) +
                                      "; use only lowercase letters a-z, digits and underscores");
    return id;
}

void rejectUnknownKeys(const json& object, const std::string& path, const char* const* allowed,
                       std::size_t allowedCount) {
    for (const auto& entry : object.items()) {
        const std::string& key = entry.key();
        const bool known =
            std::any_of(allowed, allowed + allowedCount, [&](const char* name) { return key == name; });
        if (!known) {
            std::string list;
            for (std::size_t i = 0; i < allowedCount; ++i)
                list += (list.empty() ? "" : ", ") + std::string(allowed[i]);
            throw DataFileError(member(path, key),
                                "unknown key " + inQuotes(key) + "; allowed keys are " + list);
        }
    }
}

} // namespace tend::jsonfields
