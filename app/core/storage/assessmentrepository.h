#pragma once

#include "assessment/assessmentresult.h"
#include "storage/changenotifier.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace tend {

class Database;

// Owns completed self-assessments in storage. Answers and scores are kept as JSON text, so a result reads
// the same whichever version of its pack is installed later.
class AssessmentRepository final {
public:
    explicit AssessmentRepository(Database& db)
        : m_db(db) {}

    // Returns the new id. The caller scores first (scoreAssessment).
    [[nodiscard]] std::int64_t add(const AssessmentResult& result);
    // Stores a result under its own id (a replace from a file); an id already taken throws StorageError.
    void addWithId(const AssessmentResult& result);
    void removeAll();
    // Oldest first.
    [[nodiscard]] std::vector<AssessmentResult> history(const std::string& packId);
    [[nodiscard]] std::optional<AssessmentResult> latest(const std::string& packId);
    // Every pack's results, oldest first.
    [[nodiscard]] std::vector<AssessmentResult> all();

    ChangeNotifier& changes() { return m_changes; }

private:
    Database& m_db;
    ChangeNotifier m_changes;
};

} // namespace tend
