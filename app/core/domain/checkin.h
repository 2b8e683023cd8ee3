#pragma once

#include <boost/date_time/gregorian/gregorian_types.hpp>
#include <boost/date_time/posix_time/posix_time_types.hpp>

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>

namespace tend {

// One day's check-in. A skipped item is simply absent from `answers`: missing is missing, never zero.
struct Checkin {
    boost::gregorian::date date;
    std::map<std::string, int> answers;  // item id -> value on the item's scale
    std::string note;                    // private, never leaves the device
    bool restDay = false;                // a day off or leave
    std::set<std::int64_t> selfCareDone; // ids of the plan actions (PlanAction::id) done that day
    boost::posix_time::ptime createdAt;  // local time of first save
    boost::posix_time::ptime updatedAt;  // local time of last save

    [[nodiscard]] std::optional<int> answer(const std::string& itemId) const;
    [[nodiscard]] bool isEmpty() const {
        return answers.empty() && note.empty() && !restDay && selfCareDone.empty();
    }
};

} // namespace tend
