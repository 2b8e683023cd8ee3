#include "exchange/strictjson.h"

#include "formats/datafileerror.h"
#include "formats/jsonfields.h"

#include <algorithm>
#include <optional>
#include <vector>

namespace tend {

namespace {

using nlohmann::json;

constexpr std::size_t maxShownLength = 60;

struct Problem {
    std::string path;
    std::string message;
};

// Builds the document as nlohmann's own DOM parser does, checking each event first. Only the innermost
// open container is ever added to, so the pointers to the open containers stay valid.
class StrictBuilder final {
public:
    explicit StrictBuilder(std::size_t maxDepth)
        : m_maxDepth(maxDepth) {}

    bool null() { return add(json(nullptr)) != nullptr; }
    bool boolean(bool value) { return add(json(value)) != nullptr; }
    bool number_integer(json::number_integer_t value) { return add(json(value)) != nullptr; }
    bool number_unsigned(json::number_unsigned_t value) { return add(json(value)) != nullptr; }
    bool number_float(json::number_float_t value, const json::string_t&) {
        return add(json(value)) != nullptr;
    }
    bool string(json::string_t& value) {
        if (value.find('\0') != std::string::npos)
            return fail(pendingPath(),
                        "contains a NUL character (\\u0000), which Tend does not accept in text");
        return add(json(std::move(value))) != nullptr;
    }
    bool binary(json::binary_t&) { return fail(pendingPath(), "binary data is not JSON"); }
    bool start_object(std::size_t) { return open(json::object()); }
    bool start_array(std::size_t) { return open(json::array()); }
    bool end_object() { return close(); }
    bool end_array() { return close(); }
    bool key(json::string_t& key) {
        auto& frame = m_open.back();
        if (key.find('\0') != std::string::npos)
            return fail(pathOf(m_open.size()), "a key contains a NUL character (\\u0000)");
        if (frame.value->contains(key))
            return fail(jsonfields::member(pathOf(m_open.size()), shortened(key)),
                        "the key " + jsonfields::inQuotes(shortened(key)) + " appears twice in one object");
        frame.key = std::move(key);
        return true;
    }
    bool parse_error(std::size_t position, const std::string&, const json::exception& error) {
        m_syntaxPosition = position;
        m_syntaxMessage = error.what();
        return false;
    }

    [[nodiscard]] json& root() { return m_root; }
    [[nodiscard]] const std::optional<Problem>& problem() const { return m_problem; }
    [[nodiscard]] std::size_t syntaxPosition() const { return m_syntaxPosition; }
    [[nodiscard]] const std::string& syntaxMessage() const { return m_syntaxMessage; }

private:
    struct Frame {
        json* value;
        std::string key; // objects: the key of the member being read
    };

    json* add(json value) {
        if (m_open.empty()) {
            m_root = std::move(value);
            return &m_root;
        }
        auto& frame = m_open.back();
        if (frame.value->is_object()) {
            auto& slot = (*frame.value)[frame.key];
            slot = std::move(value);
            return &slot;
        }
        frame.value->push_back(std::move(value));
        return &frame.value->back();
    }

    bool open(json container) {
        if (m_open.size() >= m_maxDepth)
            return fail(pendingPath(), "nested too deeply; an export has at most " +
                                           std::to_string(m_maxDepth) + " levels of arrays and objects");
        json* value = add(std::move(container));
        m_open.push_back({value, {}});
        return true;
    }

    bool close() {
        m_open.pop_back();
        return true;
    }

    bool fail(std::string path, std::string message) {
        m_problem = Problem{std::move(path), std::move(message)};
        return false;
    }

    // The path of the container open at `depth` (1 is the top level).
    [[nodiscard]] std::string pathOf(std::size_t depth) const {
        std::string path;
        for (std::size_t i = 0; i + 1 < depth; ++i)
            path = step(path, m_open[i], false);
        return path;
    }

    // The path of the value about to be added.
    [[nodiscard]] std::string pendingPath() const {
        if (m_open.empty())
            return {};
        return step(pathOf(m_open.size()), m_open.back(), true);
    }

    [[nodiscard]] static std::string step(const std::string& path, const Frame& frame, bool pending) {
        if (frame.value->is_object())
            return jsonfields::member(path, shortened(frame.key));
        const auto size = frame.value->size();
        return jsonfields::indexed(path, pending ? size : size - 1);
    }

    std::size_t m_maxDepth;
    json m_root;
    std::vector<Frame> m_open;
    std::optional<Problem> m_problem;
    std::size_t m_syntaxPosition = 0;
    std::string m_syntaxMessage;
};

// nlohmann's message without its internal id, its own position and the bytes it last read, which may be
// anything (even invalid UTF-8) and would make the message itself unreadable.
std::string syntaxProblem(std::string message) {
    if (const auto start = message.find(": ");
        message.starts_with("[json.exception") && start != std::string::npos)
        message.erase(0, start + 2);
    if (const auto lastRead = message.find("; last read:"); lastRead != std::string::npos)
        message.erase(lastRead);
    return message;
}

DataFileError syntaxError(std::string_view text, std::size_t position, const std::string& message) {
    // nlohmann counts the bytes it has read, so the offending byte is the last of them.
    const std::size_t offset = position > 0 ? position - 1 : 0;
    const auto before = text.substr(0, std::min(offset, text.size()));
    const auto line = 1 + static_cast<std::size_t>(std::count(before.begin(), before.end(), '\n'));
    if (offset >= text.size())
        return DataFileError("", "the file ends in the middle of the data (at line " + std::to_string(line) +
                                     "); it may have been cut short");
    const auto lineStart = before.rfind('\n');
    const auto column = lineStart == std::string_view::npos ? offset + 1 : offset - lineStart;
    return DataFileError("", "not valid JSON at line " + std::to_string(line) + ", column " +
                                 std::to_string(column) + " (byte offset " + std::to_string(offset) +
                                 "): " + syntaxProblem(message));
}

} // namespace

std::string shortened(std::string_view text) {
    if (text.size() <= maxShownLength)
        return std::string(text);
    std::size_t end = maxShownLength;
    while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80)
        --end;
    return std::string(text.substr(0, end)) + "...";
}

json parseStrictJson(std::string_view text, const StrictJsonLimits& limits) {
    if (text.size() > limits.maxBytes)
        throw DataFileError("", "the file is " + std::to_string(text.size()) + " bytes long; at most " +
                                    std::to_string(limits.maxBytes) + " are allowed");
    if (std::all_of(text.begin(), text.end(),
                    [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }))
        throw DataFileError("", "the file is empty");
    StrictBuilder builder(limits.maxDepth);
    if (json::sax_parse(text.begin(), text.end(), &builder))
        return std::move(builder.root());
    if (const auto& problem = builder.problem())
        throw DataFileError(problem->path, problem->message);
    throw syntaxError(text, builder.syntaxPosition(), builder.syntaxMessage());
}

} // namespace tend
