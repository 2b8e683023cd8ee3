#pragma once

#include "domain/checkin.h"

#include <boost/date_time/gregorian/gregorian_types.hpp>

#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace tend {

// An answer (or the rest-day flag) that a day on the device and the same day in a file both hold, with
// different values. The device's value stays unless the worker chose the file's (`takeTheirs`).
struct MergeConflict {
    boost::gregorian::date date;
    std::string itemId; // empty for the rest-day flag
    int mine = 0;       // the rest-day flag as 0 or 1
    int theirs = 0;
    bool takeTheirs = false;

    [[nodiscard]] bool isRestDay() const { return itemId.empty(); }
    friend bool operator==(const MergeConflict&, const MergeConflict&) = default;
};

// The worker's choices for the conflicts of one merge. Without any, every conflict keeps the device's value.
struct MergeChoices {
    bool takeTheirsForAll = false;
    // (day, item id; empty for the rest-day flag) whose value is taken from the file.
    std::set<std::pair<boost::gregorian::date, std::string>> takeTheirs;

    [[nodiscard]] bool takesTheirs(boost::gregorian::date date, const std::string& itemId) const {
        return takeTheirsForAll || takeTheirs.contains({date, itemId});
    }
};

// The line between two notes joined by a merge.
inline constexpr std::string_view mergedNoteSeparator = "\n\n\u2014 \u2014 \u2014\n\n";

// The device's note followed by every part of the file's note (split at mergedNoteSeparator) that the
// device's note does not already hold as one of its parts. So a note is never lost, and merging the same
// note twice, or a note made by an earlier merge, repeats nothing.
[[nodiscard]] std::string mergeNotes(const std::string& mine, const std::string& theirs);

struct DayMerge {
    Checkin day; // the device's day with what the file adds
    bool changed = false;
    std::vector<MergeConflict> conflicts;
};

// One day both sides hold. `theirs` has its self-care ticks already named by the device's action ids.
// Answers the device lacks are added; answers both hold with different values, and a different rest-day
// flag, are conflicts, settled by `choices`; notes are joined (mergeNotes) unless the file holds no notes;
// ticks are united. Nothing the device holds is removed. The day keeps the device's first save and takes
// the later last save. Throws DataFileError ("checkins[YYYY-MM-DD].note") when the joined note would be
// longer than a note may be: cutting it would lose words.
[[nodiscard]] DayMerge mergeDay(const Checkin& mine, const Checkin& theirs, bool theirNotes,
                                const MergeChoices& choices);

} // namespace tend
