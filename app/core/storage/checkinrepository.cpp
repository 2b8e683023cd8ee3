#include "storage/checkinrepository.h"

#include "storage/database.h"
#include "storage/rowparsing.h"
#include "storage/storageerror.h"
#include "time/isodate.h"

#include <string>
#include <string_view>
#include <utility>

namespace tend {

namespace {

void requireStorable(const Checkin& checkin) {
    if (checkin.date.is_special() || checkin.createdAt.is_special() || checkin.updatedAt.is_special())
        throw StorageError(StorageError::Kind::Query,
                           "A check-in needs a real date and save times to be stored");
}

} // namespace

std::optional<Checkin> CheckinRepository::find(boost::gregorian::date date) {
    auto checkins = range(date, date);
    if (checkins.empty())
        return std::nullopt;
    return std::move(checkins.front());
}

std::vector<Checkin> CheckinRepository::range(boost::gregorian::date from, boost::gregorian::date to) {
    const std::string first = toIsoDate(from);
    const std::string last = toIsoDate(to);
    // One snapshot for all queries, so answers and ticks always belong to the check-ins read with them.
    Transaction snapshot(m_db);

    std::vector<Checkin> checkins;
    std::vector<std::string> keys; // stored date text of checkins[i], to merge answers by
    {
        Statement rows = m_db.prepare("SELECT date, note, rest_day, created_at, updated_at FROM checkins "
                                      "WHERE date BETWEEN ?1 AND ?2 ORDER BY date");
        rows.bind(1, first).bind(2, last);
        while (rows.step()) {
            Checkin checkin;
            keys.push_back(rows.text(0));
            checkin.date = storedDate(keys.back(), "check-in");
            checkin.note = rows.text(1);
            checkin.restDay = rows.int64(2) != 0;
            checkin.createdAt = storedDateTime(rows.text(3), "check-in");
            checkin.updatedAt = storedDateTime(rows.text(4), "check-in");
            checkins.push_back(std::move(checkin));
        }
    }

    // Child rows come sorted by date like `keys`, so one forward walk finds each row's check-in.
    const auto forEachChildRow = [&](std::string_view sql, const auto& add) {
        Statement rows = m_db.prepare(sql);
        rows.bind(1, first).bind(2, last);
        std::size_t index = 0;
        while (rows.step()) {
            const std::string key = rows.text(0);
            while (index < keys.size() && keys[index] < key)
                ++index;
            // The foreign key guarantees a parent row; the check only keeps a damaged file from crashing us.
            if (index < keys.size() && keys[index] == key)
                add(checkins[index], rows);
        }
    };
    forEachChildRow(
        "SELECT date, item_id, value FROM checkin_answers WHERE date BETWEEN ?1 AND ?2 ORDER BY date",
        [](Checkin& checkin, const Statement& row) { checkin.answers[row.text(1)] = row.integer(2); });
    forEachChildRow(
        "SELECT date, action_id FROM checkin_selfcare WHERE date BETWEEN ?1 AND ?2 ORDER BY date",
        [](Checkin& checkin, const Statement& row) { checkin.selfCareDone.insert(row.int64(1)); });
    snapshot.commit();
    return checkins;
}

std::optional<boost::gregorian::date> CheckinRepository::earliestDate() {
    Statement statement = m_db.prepare("SELECT min(date) FROM checkins");
    if (!statement.step())
        return std::nullopt;
    const auto text = statement.optionalText(0);
    if (!text)
        return std::nullopt;
    return storedDate(*text, "check-in");
}

int CheckinRepository::count() {
    Statement statement = m_db.prepare("SELECT count(*) FROM checkins");
    return statement.step() ? statement.integer(0) : 0;
}

void CheckinRepository::save(const Checkin& checkin) {
    requireStorable(checkin);
    const std::string date = toIsoDate(checkin.date);
    Transaction transaction(m_db);

    // Never INSERT OR REPLACE here: replacing the parent row would cascade-delete its answers and lose
    // created_at.
    m_db.prepare("UPDATE checkins SET note = ?2, rest_day = ?3, updated_at = ?4 WHERE date = ?1")
        .bind(1, date)
        .bind(2, checkin.note)
        .bind(3, checkin.restDay ? 1 : 0)
        .bind(4, toIsoDateTime(checkin.updatedAt))
        .run();
    if (m_db.changes() == 0) {
        m_db.prepare("INSERT INTO checkins (date, note, rest_day, created_at, updated_at) "
                     "VALUES (?1, ?2, ?3, ?4, ?5)")
            .bind(1, date)
            .bind(2, checkin.note)
            .bind(3, checkin.restDay ? 1 : 0)
            .bind(4, toIsoDateTime(checkin.createdAt))
            .bind(5, toIsoDateTime(checkin.updatedAt))
            .run();
    }

    m_db.prepare("DELETE FROM checkin_answers WHERE date = ?1").bind(1, date).run();
    Statement insert = m_db.prepare("INSERT INTO checkin_answers (date, item_id, value) VALUES (?1, ?2, ?3)");
    insert.bind(1, date);
    for (const auto& [itemId, value] : checkin.answers)
        insert.bind(2, itemId).bind(3, value).run();

    m_db.prepare("DELETE FROM checkin_selfcare WHERE date = ?1").bind(1, date).run();
    Statement known = m_db.prepare("SELECT 1 FROM selfcare_plan WHERE id = ?1");
    Statement tick = m_db.prepare("INSERT INTO checkin_selfcare (date, action_id) VALUES (?1, ?2)");
    tick.bind(1, date);
    for (const auto actionId : checkin.selfCareDone) {
        // Checked here rather than left to the foreign key, so the message names the action. Archived
        // actions are still known: an old day keeps its ticks when it is edited.
        known.bind(1, actionId);
        const bool exists = known.step();
        known.reset();
        if (!exists)
            throw StorageError(StorageError::Kind::Query, "Cannot tick self-care action " +
                                                              std::to_string(actionId) +
                                                              ": it is not in the plan");
        tick.bind(2, actionId).run();
    }

    transaction.commit();
    m_changes.notify();
}

void CheckinRepository::remove(boost::gregorian::date date) {
    // Answers and ticks go with the row through ON DELETE CASCADE.
    m_db.prepare("DELETE FROM checkins WHERE date = ?1").bind(1, toIsoDate(date)).run();
    if (m_db.changes() > 0)
        m_changes.notify();
}

void CheckinRepository::removeAll() {
    m_db.execute("DELETE FROM checkins");
    if (m_db.changes() > 0)
        m_changes.notify();
}

} // namespace tend
