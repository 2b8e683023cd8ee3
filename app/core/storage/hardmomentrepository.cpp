#include "storage/hardmomentrepository.h"

#include "storage/database.h"
#include "storage/rowparsing.h"
#include "storage/storageerror.h"
#include "time/checkinday.h"
#include "time/isodate.h"

#include <optional>
#include <string>
#include <utility>

namespace tend {

namespace {

void insert(Database& db, const HardMoment& moment, std::optional<std::int64_t> id) {
    if (moment.occurredAt.is_special())
        throw StorageError(StorageError::Kind::Query, "A hard moment needs a real time to be stored");
    Statement statement =
        db.prepare("INSERT INTO hard_moments (id, occurred_at, intensity, note) VALUES (?1, ?2, ?3, ?4)");
    if (id)
        statement.bind(1, *id);
    else
        statement.bindNull(1);
    statement.bind(2, toIsoDateTime(moment.occurredAt)).bind(3, moment.intensity).bind(4, moment.note).run();
}

} // namespace

std::int64_t HardMomentRepository::add(const HardMoment& moment) {
    insert(m_db, moment, std::nullopt);
    const std::int64_t id = m_db.lastInsertRowId();
    m_changes.notify();
    return id;
}

void HardMomentRepository::addWithId(const HardMoment& moment) {
    insert(m_db, moment, moment.id);
    m_changes.notify();
}

void HardMomentRepository::removeAll() {
    m_db.execute("DELETE FROM hard_moments");
    if (m_db.changes() > 0)
        m_changes.notify();
}

void HardMomentRepository::remove(std::int64_t id) {
    m_db.prepare("DELETE FROM hard_moments WHERE id = ?1").bind(1, id).run();
    if (m_db.changes() > 0)
        m_changes.notify();
}

std::vector<HardMoment> HardMomentRepository::inRange(boost::gregorian::date from,
                                                      boost::gregorian::date to) {
    // Stored times are 'YYYY-MM-DDTHH:MM:SS', so as text every time on a day sorts at or after the bare
    // date and before that date followed by 'U' (which sorts after the 'T'); the comparison can use the
    // index on occurred_at, and needs no next day, so it works up to the last day Boost can represent
    // (an export of "everything" asks for exactly that).
    Statement rows = m_db.prepare("SELECT id, occurred_at, intensity, note FROM hard_moments "
                                  "WHERE occurred_at >= ?1 AND occurred_at < ?2 ORDER BY occurred_at, id");
    rows.bind(1, toIsoDate(from)).bind(2, toIsoDate(to) + "U");
    std::vector<HardMoment> moments;
    while (rows.step()) {
        HardMoment moment;
        moment.id = rows.int64(0);
        moment.occurredAt = storedDateTime(rows.text(1), "hard moment");
        moment.intensity = rows.integer(2);
        moment.note = rows.text(3);
        moments.push_back(std::move(moment));
    }
    return moments;
}

std::vector<HardMoment> HardMomentRepository::inCheckinDays(boost::gregorian::date from,
                                                            boost::gregorian::date to, DayStart start) {
    if (start == DayStart())
        return inRange(from, to);
    // A check-in day reaches into the next calendar morning, until the day start.
    const auto lastDay =
        to == boost::gregorian::date(boost::date_time::max_date_time) ? to : to + boost::gregorian::days(1);
    auto moments = inRange(from, lastDay);
    std::erase_if(moments, [&](const HardMoment& moment) {
        const auto day = checkinDayOf(moment.occurredAt, start);
        return day < from || day > to;
    });
    return moments;
}

} // namespace tend
