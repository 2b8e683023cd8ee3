#pragma once

#include "domain/checkindefinition.h"
#include "exchange/dayliofile.h"

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace tend {

// The id of the check-in item Daylio moods map to.
inline constexpr std::string_view daylioMoodItem = "mood";

// A Daylio mood label and the value of our mood item it becomes; none leaves the entry without a mood
// (its label then goes into the note).
struct DaylioMoodMapping {
    std::string label;
    std::size_t entries = 0; // entries of the file with this mood
    std::optional<int> value;
};

enum class DaylioActivityTarget {
    KeptInNote, // listed in the day's note: the safe choice whenever the meaning is not obvious
    LeftOut,
    RestDay, // marks the day as a day off or leave
    Answer,  // answers `itemId` with `value`
};

struct DaylioActivityMapping {
    std::string label;
    std::size_t entries = 0; // entries of the file with this activity
    DaylioActivityTarget target = DaylioActivityTarget::KeptInNote;
    std::string itemId; // for Answer only
    int value = 0;      // for Answer only
};

// Every mood and activity label found in a file (spelt as its earliest entry spells it), most used first
// (then alphabetically), with what it becomes. The worker sees it and may change it before importing.
struct DaylioMapping {
    std::vector<DaylioMoodMapping> moods;
    std::vector<DaylioActivityMapping> activities;
};

// What Tend suggests: Daylio's own five moods (rad, good, meh, bad, awful) become the top to the bottom
// of our mood scale in even steps; other mood labels stay unmapped. Activities that plainly mean a day
// off (for example "day off", "vacation") mark a rest day; every other activity is kept in the note,
// since "good sleep" or "tired" are not answers to our questions about sleep or energy.
[[nodiscard]] DaylioMapping suggestDaylioMapping(const DaylioFile& file, const CheckinDefinition& definition);

} // namespace tend
