#pragma once

#include "domain/checkin.h"
#include "storage/changenotifier.h"

#include <boost/date_time/gregorian/gregorian_types.hpp>

#include <optional>
#include <vector>

namespace tend {

class Database;

// Owns check-ins in storage: one per calendar date.
class CheckinRepository final {
public:
    explicit CheckinRepository(Database& db)
        : m_db(db) {}

    [[nodiscard]] std::optional<Checkin> find(boost::gregorian::date date);
    // Inclusive range, oldest first.
    [[nodiscard]] std::vector<Checkin> range(boost::gregorian::date from, boost::gregorian::date to);
    [[nodiscard]] std::optional<boost::gregorian::date> earliestDate();
    [[nodiscard]] int count();

    // Inserts or replaces the check-in for its date, answers and self-care ticks included, in one
    // transaction. The caller validates first (validateCheckin). A tick for an id that is not in the
    // self-care plan (archived actions are) throws StorageError and saves nothing.
    void save(const Checkin& checkin);
    void remove(boost::gregorian::date date);
    // Every check-in, with its answers and ticks (a replace that brings its own days).
    void removeAll();

    ChangeNotifier& changes() { return m_changes; }

private:
    Database& m_db;
    ChangeNotifier m_changes;
};

} // namespace tend
