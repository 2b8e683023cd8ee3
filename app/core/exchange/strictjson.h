#pragma once

#include <nlohmann/json.hpp>

#include <cstddef>
#include <string>
#include <string_view>

namespace tend {

struct StrictJsonLimits {
    std::size_t maxBytes = 0;
    std::size_t maxDepth = 0; // arrays and objects inside each other, the top level counting as 1
};

// Parses JSON that a person may have edited or an attacker may have crafted, more strictly than the JSON
// standard asks: a key twice in one object (which a plain parser would quietly resolve to one of the two),
// a NUL character in a text (which C code further on would cut short), nesting beyond the limit and a file
// beyond the size limit are all refused. Every problem, syntax errors included, becomes a DataFileError
// naming where it is: the path of the value, or the line, column and byte offset of a syntax error.
[[nodiscard]] nlohmann::json parseStrictJson(std::string_view text, const StrictJsonLimits& limits);

// `text` cut to a length fit for a message, on a character boundary.
[[nodiscard]] std::string shortened(std::string_view text);

} // namespace tend
