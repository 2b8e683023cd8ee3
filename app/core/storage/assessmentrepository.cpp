#include "storage/assessmentrepository.h"

#include "storage/database.h"
#include "storage/rowparsing.h"
#include "storage/storageerror.h"
#include "time/isodate.h"

#include <nlohmann/json.hpp>

#include <string>
#include <utility>

namespace tend {

namespace {

// Insertion-ordered, so scales read back in the pack's order.
using ordered_json = nlohmann::ordered_json;

constexpr const char* selectColumns =
    "SELECT id, pack_id, pack_version, taken_on, taken_at, answers, scores FROM assessment_results ";
constexpr const char* oldestFirst = " ORDER BY taken_on, taken_at, id";

StorageError damaged(const std::string& what) {
    return StorageError(StorageError::Kind::Query, "Unreadable " + what + " in a stored assessment result");
}

std::string answersToJson(const std::map<std::string, int>& answers) {
    ordered_json object = ordered_json::object();
    for (const auto& [itemId, value] : answers)
        object[itemId] = value;
    return object.dump();
}

std::string scoresToJson(const AssessmentScores& scores) {
    ordered_json object = ordered_json::object();
    for (const auto& scale : scores.scales) {
        ordered_json entry = ordered_json::object();
        entry["score"] = scale.score ? ordered_json(*scale.score) : ordered_json(nullptr);
        entry["band"] = scale.bandId ? ordered_json(*scale.bandId) : ordered_json(nullptr);
        object[scale.scaleId] = std::move(entry);
    }
    return object.dump();
}

ordered_json parseStoredObject(const std::string& text, const std::string& what) {
    auto value = ordered_json::parse(text, nullptr, false);
    if (!value.is_object())
        throw damaged(what);
    return value;
}

std::map<std::string, int> answersFromJson(const std::string& text) {
    std::map<std::string, int> answers;
    const auto object = parseStoredObject(text, "answers");
    for (const auto& [itemId, value] : object.items()) {
        if (!value.is_number_integer())
            throw damaged("answers");
        answers[itemId] = value.get<int>();
    }
    return answers;
}

AssessmentScores scoresFromJson(const std::string& text) {
    AssessmentScores scores;
    const auto object = parseStoredObject(text, "scores");
    for (const auto& [scaleId, entry] : object.items()) {
        if (!entry.is_object() || !entry.contains("score") || !entry.contains("band"))
            throw damaged("scores");
        const auto& score = entry["score"];
        const auto& band = entry["band"];
        if (!(score.is_number() || score.is_null()) || !(band.is_string() || band.is_null()))
            throw damaged("scores");
        ScaleScore scale;
        scale.scaleId = scaleId;
        if (score.is_number())
            scale.score = score.get<double>();
        if (band.is_string())
            scale.bandId = band.get<std::string>();
        scores.scales.push_back(std::move(scale));
    }
    return scores;
}

std::vector<AssessmentResult> readResults(Statement& rows) {
    std::vector<AssessmentResult> results;
    while (rows.step()) {
        AssessmentResult result;
        result.id = rows.int64(0);
        result.packId = rows.text(1);
        result.packVersion = rows.integer(2);
        result.takenOn = storedDate(rows.text(3), "assessment result");
        result.takenAt = storedDateTime(rows.text(4), "assessment result");
        result.answers = answersFromJson(rows.text(5));
        result.scores = scoresFromJson(rows.text(6));
        results.push_back(std::move(result));
    }
    return results;
}

void insert(Database& db, const AssessmentResult& result, std::optional<std::int64_t> id) {
    if (result.takenOn.is_special() || result.takenAt.is_special())
        throw StorageError(StorageError::Kind::Query,
                           "An assessment result needs a real date and time to be stored");
    if (result.packId.empty())
        throw StorageError(StorageError::Kind::Query, "An assessment result needs the id of its pack");
    Statement statement = db.prepare(
        "INSERT INTO assessment_results (id, pack_id, pack_version, taken_on, taken_at, answers, scores) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    if (id)
        statement.bind(1, *id);
    else
        statement.bindNull(1);
    statement.bind(2, result.packId)
        .bind(3, result.packVersion)
        .bind(4, toIsoDate(result.takenOn))
        .bind(5, toIsoDateTime(result.takenAt))
        .bind(6, answersToJson(result.answers))
        .bind(7, scoresToJson(result.scores))
        .run();
}

} // namespace

std::int64_t AssessmentRepository::add(const AssessmentResult& result) {
    insert(m_db, result, std::nullopt);
    const std::int64_t id = m_db.lastInsertRowId();
    m_changes.notify();
    return id;
}

void AssessmentRepository::addWithId(const AssessmentResult& result) {
    insert(m_db, result, result.id);
    m_changes.notify();
}

void AssessmentRepository::removeAll() {
    m_db.execute("DELETE FROM assessment_results");
    if (m_db.changes() > 0)
        m_changes.notify();
}

std::vector<AssessmentResult> AssessmentRepository::history(const std::string& packId) {
    Statement rows = m_db.prepare(std::string(selectColumns) + "WHERE pack_id = ?1" + oldestFirst);
    rows.bind(1, packId);
    return readResults(rows);
}

std::optional<AssessmentResult> AssessmentRepository::latest(const std::string& packId) {
    Statement rows =
        m_db.prepare(std::string(selectColumns) +
                     "WHERE pack_id = ?1 ORDER BY taken_on DESC, taken_at DESC, id DESC LIMIT 1");
    rows.bind(1, packId);
    auto results = readResults(rows);
    if (results.empty())
        return std::nullopt;
    return std::move(results.front());
}

std::vector<AssessmentResult> AssessmentRepository::all() {
    Statement rows = m_db.prepare(std::string(selectColumns) + oldestFirst);
    return readResults(rows);
}

} // namespace tend
