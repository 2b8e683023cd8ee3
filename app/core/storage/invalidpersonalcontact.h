#pragma once

#include "domain/personalcontactcheck.h"

#include <stdexcept>
#include <vector>

namespace tend {

// A contact that cannot be stored as it is, with every reason, so the editor can show each at its field.
class InvalidPersonalContact final : public std::invalid_argument {
public:
    explicit InvalidPersonalContact(std::vector<PersonalContactProblem> problems)
        : std::invalid_argument(problems.empty() ? std::string("invalid contact")
                                                 : describeContactProblem(problems.front()))
        , m_problems(std::move(problems)) {}

    [[nodiscard]] const std::vector<PersonalContactProblem>& problems() const { return m_problems; }

private:
    std::vector<PersonalContactProblem> m_problems;
};

} // namespace tend
