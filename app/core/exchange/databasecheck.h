#pragma once

#include "domain/checkindefinition.h"

#include <cstddef>
#include <string>
#include <vector>

namespace tend {

class Repositories;

struct DatabaseProblem {
    std::string table; // "database" for what SQLite's own checks found
    std::string key;   // the row: its date, id or key
    std::string problem;

    // "checkin_answers 2026-03-02/mood: 7 is outside 0 to 4"
    [[nodiscard]] std::string describe() const;
};

struct DatabaseCheck {
    static constexpr std::size_t maxProblems = 1000;

    bool integrityOk = false;              // PRAGMA integrity_check said "ok"
    std::vector<DatabaseProblem> problems; // the first maxProblems
    std::size_t problemsLeftOut = 0;       // found beyond those

    [[nodiscard]] bool ok() const { return integrityOk && problems.empty(); }
};

// Checks the database as `tend check` does: SQLite's integrity_check and foreign_key_check, then every row
// of every table against what Tend itself would write (dates and times that parse, answers known to
// `definition` and on their scale, intensities, plan rows, assessment answers and scores, prompt events,
// exported settings, UTF-8 text). Reads only; never throws for a damaged row, it lists it.
[[nodiscard]] DatabaseCheck checkDatabase(Repositories& repositories, const CheckinDefinition& definition);

} // namespace tend
