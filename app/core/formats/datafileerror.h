#pragma once

#include <stdexcept>
#include <string>

namespace tend {

// Thrown for a data file (check-in definition, rules, pack, profile, library...) that cannot be used.
// what() names the exact place, e.g. "items[3].scale.labels: expected 5 labels ..., found 4".
class DataFileError final : public std::runtime_error {
public:
    DataFileError(std::string path, const std::string& problem)
        : std::runtime_error(path.empty() ? problem : path + ": " + problem)
        , m_path(std::move(path)) {}
    [[nodiscard]] const std::string& path() const { return m_path; }

private:
    std::string m_path;
};

} // namespace tend
