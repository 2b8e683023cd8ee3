#include "storage/selfcareplanrepository.h"

#include "formats/jsonfields.h"
#include "storage/database.h"
#include "storage/rowparsing.h"
#include "storage/storageerror.h"
#include "time/isodate.h"

#include <algorithm>
#include <stdexcept>
#include <utility>

namespace tend {

namespace {

constexpr std::string_view columns =
    "SELECT id, library_id, title, position, added_on, archived, tags FROM selfcare_plan ";

bool isAsciiSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

bool isControl(char c) {
    const auto byte = static_cast<unsigned char>(c);
    return byte < 0x20 || byte == 0x7F;
}

std::string validTitle(std::string_view title) {
    auto normalised = SelfCarePlanRepository::normalisedTitle(title);
    if (!normalised)
        throw std::invalid_argument("A self-care action needs a title of 1 to " +
                                    std::to_string(SelfCarePlanRepository::maxTitleLength) +
                                    " characters on one line");
    return std::move(*normalised);
}

bool isTag(std::string_view tag) {
    return !tag.empty() && tag.size() <= SelfCarePlanRepository::maxTagLength &&
           std::all_of(tag.begin(), tag.end(),
                       [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_'; });
}

std::vector<std::string> validTags(const std::vector<std::string>& tags) {
    auto normalised = SelfCarePlanRepository::normalisedTags(tags);
    if (!normalised)
        throw std::invalid_argument("A self-care action has at most " +
                                    std::to_string(SelfCarePlanRepository::maxTags) +
                                    " tags, each of lowercase letters a-z, digits and underscores");
    return std::move(*normalised);
}

// Stored as one text of tags separated by single spaces: tags cannot hold spaces, so it splits back
// exactly.
std::string joinedTags(const std::vector<std::string>& tags) {
    std::string text;
    for (const auto& tag : tags)
        text.append(text.empty() ? "" : " ").append(tag);
    return text;
}

std::vector<std::string> splitTags(const std::string& text) {
    std::vector<std::string> tags;
    std::size_t start = 0;
    while (start < text.size()) {
        auto end = text.find(' ', start);
        if (end == std::string::npos)
            end = text.size();
        if (end > start)
            tags.push_back(text.substr(start, end - start));
        start = end + 1;
    }
    return tags;
}

StorageError unknownAction(std::int64_t id) {
    return StorageError(StorageError::Kind::Query, "No self-care action with id " + std::to_string(id));
}

} // namespace

std::optional<std::string> SelfCarePlanRepository::normalisedTitle(std::string_view title) {
    while (!title.empty() && isAsciiSpace(title.front()))
        title.remove_prefix(1);
    while (!title.empty() && isAsciiSpace(title.back()))
        title.remove_suffix(1);
    if (title.empty() || std::any_of(title.begin(), title.end(), isControl) ||
        jsonfields::characterCount(title) > maxTitleLength)
        return std::nullopt;
    return std::string(title);
}

std::optional<std::vector<std::string>>
SelfCarePlanRepository::normalisedTags(const std::vector<std::string>& tags) {
    std::vector<std::string> sorted = tags;
    std::sort(sorted.begin(), sorted.end());
    sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
    if (sorted.size() > maxTags || !std::all_of(sorted.begin(), sorted.end(), isTag))
        return std::nullopt;
    return sorted;
}

PlanAction SelfCarePlanRepository::addFromLibrary(std::string_view libraryId, std::string_view title,
                                                  boost::gregorian::date today) {
    if (libraryId.empty())
        throw std::invalid_argument("A library action needs its library id");
    const auto normalised = validTitle(title);
    Transaction transaction(m_db);

    // Active first, then the most recently added archived one.
    Statement existing = m_db.prepare(
        "SELECT id, archived FROM selfcare_plan WHERE library_id = ?1 ORDER BY archived, id DESC");
    existing.bind(1, libraryId);
    if (existing.step()) {
        const std::int64_t id = existing.int64(0);
        const bool archived = existing.int64(1) != 0;
        existing.reset();
        if (!archived)
            return require(id);
        m_db.prepare("UPDATE selfcare_plan SET archived = 0, position = ?2 WHERE id = ?1")
            .bind(1, id)
            .bind(2, nextPosition())
            .run();
        auto restored = require(id);
        transaction.commit();
        m_changes.notify();
        return restored;
    }

    auto added = insert(libraryId, normalised, today);
    transaction.commit();
    m_changes.notify();
    return added;
}

PlanAction SelfCarePlanRepository::addOwn(std::string_view title, boost::gregorian::date today,
                                          const std::vector<std::string>& tags) {
    const auto normalised = validTitle(title);
    const auto normalisedTags = validTags(tags);
    Transaction transaction(m_db);
    auto added = insert(std::nullopt, normalised, today, normalisedTags);
    transaction.commit();
    m_changes.notify();
    return added;
}

PlanAction SelfCarePlanRepository::insert(std::optional<std::string_view> libraryId, const std::string& title,
                                          boost::gregorian::date today,
                                          const std::vector<std::string>& tags) {
    if (today.is_special())
        throw StorageError(StorageError::Kind::Query, "A self-care action needs a real date to be stored");
    Statement statement = m_db.prepare("INSERT INTO selfcare_plan (library_id, title, position, added_on, "
                                       "archived, tags) VALUES (?1, ?2, ?3, ?4, 0, ?5)");
    if (libraryId)
        statement.bind(1, *libraryId);
    else
        statement.bindNull(1);
    statement.bind(2, title)
        .bind(3, nextPosition())
        .bind(4, toIsoDate(today))
        .bind(5, joinedTags(tags))
        .run();
    return require(m_db.lastInsertRowId());
}

void SelfCarePlanRepository::rename(std::int64_t id, std::string_view title) {
    const auto normalised = validTitle(title);
    const auto action = require(id);
    if (action.title == normalised)
        return;
    m_db.prepare("UPDATE selfcare_plan SET title = ?2 WHERE id = ?1").bind(1, id).bind(2, normalised).run();
    m_changes.notify();
}

void SelfCarePlanRepository::setTags(std::int64_t id, const std::vector<std::string>& tags) {
    const auto normalised = validTags(tags);
    if (require(id).tags == normalised)
        return;
    m_db.prepare("UPDATE selfcare_plan SET tags = ?2 WHERE id = ?1")
        .bind(1, id)
        .bind(2, joinedTags(normalised))
        .run();
    m_changes.notify();
}

void SelfCarePlanRepository::move(std::int64_t id, std::size_t index) {
    Transaction transaction(m_db);
    auto plan = active();
    const auto it =
        std::find_if(plan.begin(), plan.end(), [&](const PlanAction& action) { return action.id == id; });
    if (it == plan.end()) {
        (void)require(id); // an unknown id is reported as such
        throw StorageError(StorageError::Kind::Query,
                           "Self-care action " + std::to_string(id) + " is archived and cannot be moved");
    }
    const auto from = static_cast<std::size_t>(it - plan.begin());
    const auto to = std::min(index, plan.size() - 1);
    if (from == to)
        return;
    auto moved = std::move(plan[from]);
    plan.erase(plan.begin() + static_cast<std::ptrdiff_t>(from));
    plan.insert(plan.begin() + static_cast<std::ptrdiff_t>(to), std::move(moved));

    renumber(plan);
    transaction.commit();
    m_changes.notify();
}

void SelfCarePlanRepository::archive(std::int64_t id) {
    Transaction transaction(m_db);
    if (require(id).archived)
        return;
    m_db.prepare("UPDATE selfcare_plan SET archived = 1 WHERE id = ?1").bind(1, id).run();
    renumber(active());
    transaction.commit();
    m_changes.notify();
}

void SelfCarePlanRepository::restore(std::int64_t id) {
    Transaction transaction(m_db);
    if (!require(id).archived)
        return;
    m_db.prepare("UPDATE selfcare_plan SET archived = 0, position = ?2 WHERE id = ?1")
        .bind(1, id)
        .bind(2, nextPosition())
        .run();
    transaction.commit();
    m_changes.notify();
}

void SelfCarePlanRepository::insertAsGiven(const PlanAction& action, std::optional<std::int64_t> id) {
    // Imports check every action before they write; this keeps a row the app could not have written out.
    if (normalisedTitle(action.title) != action.title)
        throw StorageError(StorageError::Kind::Query,
                           "A self-care action needs a title of 1 to " + std::to_string(maxTitleLength) +
                               " characters on one line, without spaces at either end");
    if (normalisedTags(action.tags) != action.tags)
        throw StorageError(StorageError::Kind::Query,
                           "A self-care action's tags must be sorted ids, each once");
    if (action.addedOn.is_special() || action.position < 0)
        throw StorageError(StorageError::Kind::Query,
                           "A self-care action needs a real date and a position to be stored");
    Statement statement =
        m_db.prepare("INSERT INTO selfcare_plan (id, library_id, title, position, added_on, archived, tags) "
                     "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    if (id)
        statement.bind(1, *id);
    else
        statement.bindNull(1);
    if (action.libraryId)
        statement.bind(2, *action.libraryId);
    else
        statement.bindNull(2);
    statement.bind(3, action.title)
        .bind(4, action.position)
        .bind(5, toIsoDate(action.addedOn))
        .bind(6, action.archived ? 1 : 0)
        .bind(7, joinedTags(action.tags))
        .run();
}

void SelfCarePlanRepository::addWithId(const PlanAction& action) {
    insertAsGiven(action, action.id);
    m_changes.notify();
}

std::int64_t SelfCarePlanRepository::addImported(const PlanAction& action) {
    insertAsGiven(action, std::nullopt);
    const std::int64_t id = m_db.lastInsertRowId();
    m_changes.notify();
    return id;
}

void SelfCarePlanRepository::removeAll() {
    m_db.execute("DELETE FROM selfcare_plan");
    if (m_db.changes() > 0)
        m_changes.notify();
}

std::optional<PlanAction> SelfCarePlanRepository::find(std::int64_t id) {
    auto found = select("WHERE id = ?1", id);
    if (found.empty())
        return std::nullopt;
    return std::move(found.front());
}

std::vector<PlanAction> SelfCarePlanRepository::active() {
    return select("WHERE archived = 0 ORDER BY position, id");
}

std::vector<PlanAction> SelfCarePlanRepository::all() {
    return select("ORDER BY archived, CASE archived WHEN 0 THEN position ELSE -id END, id");
}

PlanAction SelfCarePlanRepository::require(std::int64_t id) {
    auto found = find(id);
    if (!found)
        throw unknownAction(id);
    return std::move(*found);
}

// Keeps positions dense (the i-th active action has position i), so the order never depends on ties.
void SelfCarePlanRepository::renumber(const std::vector<PlanAction>& plan) {
    Statement update = m_db.prepare("UPDATE selfcare_plan SET position = ?2 WHERE id = ?1");
    for (std::size_t i = 0; i < plan.size(); ++i)
        if (plan[i].position != static_cast<int>(i))
            update.bind(1, plan[i].id).bind(2, static_cast<std::int64_t>(i)).run();
}

int SelfCarePlanRepository::nextPosition() {
    Statement statement =
        m_db.prepare("SELECT coalesce(max(position), -1) + 1 FROM selfcare_plan WHERE archived = 0");
    return statement.step() ? statement.integer(0) : 0;
}

std::vector<PlanAction> SelfCarePlanRepository::select(std::string_view whereAndOrder,
                                                       std::optional<std::int64_t> id) {
    Statement rows = m_db.prepare(std::string(columns) + std::string(whereAndOrder));
    if (id)
        rows.bind(1, *id);
    std::vector<PlanAction> actions;
    while (rows.step()) {
        PlanAction action;
        action.id = rows.int64(0);
        action.libraryId = rows.optionalText(1);
        action.title = rows.text(2);
        action.position = rows.integer(3);
        action.addedOn = storedDate(rows.text(4), "self-care action");
        action.archived = rows.int64(5) != 0;
        action.tags = splitTags(rows.text(6));
        actions.push_back(std::move(action));
    }
    return actions;
}

} // namespace tend
