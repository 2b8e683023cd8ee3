#pragma once

#include "domain/checkin.h"
#include "domain/checkindefinition.h"

#include <boost/date_time/gregorian/gregorian_types.hpp>

#include <string>
#include <vector>

namespace tend {

enum class CheckinProblemKind {
    DateInFuture,    // check-ins describe days that have begun
    UnknownItem,     // an answer for an id the definition does not have
    ValueOutOfRange, // outside the item's scale
    NoteTooLong,     // notes are capped to keep the database and exports sane
};

struct CheckinProblem {
    CheckinProblemKind kind;
    std::string itemId; // empty unless the problem concerns one item
    std::string message;
};

inline constexpr std::size_t maxNoteLength = 10000; // characters (UTF-8 bytes)

// Returns every problem found; an empty list means the check-in may be saved.
[[nodiscard]] std::vector<CheckinProblem>
validateCheckin(const Checkin& checkin, const CheckinDefinition& definition, boost::gregorian::date today);

} // namespace tend
