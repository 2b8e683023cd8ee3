#pragma once

#include "domain/hardmoment.h"
#include "storage/changenotifier.h"
#include "time/daystart.h"

#include <boost/date_time/gregorian/gregorian_types.hpp>

#include <cstdint>
#include <vector>

namespace tend {

class Database;

class HardMomentRepository final {
public:
    explicit HardMomentRepository(Database& db)
        : m_db(db) {}

    // Returns the new id.
    [[nodiscard]] std::int64_t add(const HardMoment& moment);
    // Stores a moment under its own id (a replace from a file); an id already taken throws StorageError.
    void addWithId(const HardMoment& moment);
    void remove(std::int64_t id);
    void removeAll();
    // Moments whose local date lies in [from, to], oldest first.
    [[nodiscard]] std::vector<HardMoment> inRange(boost::gregorian::date from, boost::gregorian::date to);
    // Moments whose check-in day (see checkinDayOf) lies in [from, to], oldest first: with a 06:00 start a
    // moment at 02:00 on Tuesday belongs to Monday.
    [[nodiscard]] std::vector<HardMoment> inCheckinDays(boost::gregorian::date from,
                                                        boost::gregorian::date to, DayStart start);

    ChangeNotifier& changes() { return m_changes; }

private:
    Database& m_db;
    ChangeNotifier m_changes;
};

} // namespace tend
