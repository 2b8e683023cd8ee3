#pragma once

#include <stdexcept>
#include <string>

namespace tend {

// Answers that do not fit their pack (an unknown item, a value off the response scale). These come from
// code, not from a person, so the message is for logs and tests.
class AnswerError final : public std::invalid_argument {
public:
    explicit AnswerError(const std::string& message)
        : std::invalid_argument(message) {}
};

} // namespace tend
