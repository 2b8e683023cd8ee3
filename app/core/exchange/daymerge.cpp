#include "exchange/daymerge.h"

#include "domain/checkinvalidation.h"
#include "formats/datafileerror.h"
#include "time/isodate.h"

#include <algorithm>

namespace tend {

namespace {

std::vector<std::string> noteParts(const std::string& note) {
    std::vector<std::string> parts;
    std::size_t from = 0;
    while (true) {
        const auto at = note.find(mergedNoteSeparator, from);
        if (at == std::string::npos) {
            parts.push_back(note.substr(from));
            return parts;
        }
        parts.push_back(note.substr(from, at - from));
        from = at + mergedNoteSeparator.size();
    }
}

} // namespace

std::string mergeNotes(const std::string& mine, const std::string& theirs) {
    if (theirs.empty() || theirs == mine)
        return mine;
    if (mine.empty())
        return theirs;
    auto held = noteParts(mine);
    std::string merged = mine;
    for (auto& part : noteParts(theirs)) {
        if (part.empty() || std::find(held.begin(), held.end(), part) != held.end())
            continue;
        merged.append(mergedNoteSeparator).append(part);
        held.push_back(std::move(part));
    }
    return merged;
}

DayMerge mergeDay(const Checkin& mine, const Checkin& theirs, bool theirNotes, const MergeChoices& choices) {
    DayMerge result;
    result.day = mine;
    Checkin& day = result.day;
    for (const auto& [itemId, value] : theirs.answers) {
        const auto held = mine.answers.find(itemId);
        if (held == mine.answers.end()) {
            day.answers.emplace(itemId, value);
            result.changed = true;
        } else if (held->second != value) {
            const bool take = choices.takesTheirs(mine.date, itemId);
            result.conflicts.push_back({mine.date, itemId, held->second, value, take});
            if (take) {
                day.answers[itemId] = value;
                result.changed = true;
            }
        }
    }
    if (mine.restDay != theirs.restDay) {
        const bool take = choices.takesTheirs(mine.date, {});
        result.conflicts.push_back({mine.date, {}, mine.restDay ? 1 : 0, theirs.restDay ? 1 : 0, take});
        if (take) {
            day.restDay = theirs.restDay;
            result.changed = true;
        }
    }
    if (theirNotes) {
        day.note = mergeNotes(mine.note, theirs.note);
        if (day.note.size() > maxNoteLength)
            throw DataFileError("checkins[" + toIsoDate(mine.date) + "].note",
                                "joined with this device's note of that day it would be " +
                                    std::to_string(day.note.size()) +
                                    " bytes long, more than a note holds (" + std::to_string(maxNoteLength) +
                                    "); shorten one of the two notes first, so that neither is cut");
        result.changed = result.changed || day.note != mine.note;
    }
    for (const auto id : theirs.selfCareDone)
        result.changed = day.selfCareDone.insert(id).second || result.changed;
    if (result.changed)
        day.updatedAt = std::max(mine.updatedAt, theirs.updatedAt);
    return result;
}

} // namespace tend
