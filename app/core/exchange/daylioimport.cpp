#include "exchange/daylioimport.h"

#include "domain/checkinvalidation.h"
#include "formats/jsonfields.h"
#include "time/isodate.h"

#include <cmath>
#include <cstdio>
#include <map>

namespace tend {

namespace {

using boost::gregorian::date;

void checkValue(const CheckinDefinition& definition, std::string_view itemId, int value,
                const std::string& path, const std::string& label) {
    const auto* item = definition.find(itemId);
    if (!item)
        throw DataFileError(path, "\"" + label + "\" is mapped to the question \"" + std::string(itemId) +
                                      "\", which this check-in does not have");
    if (value < item->scale.min || value > item->scale.max)
        throw DataFileError(path, "\"" + label + "\" is mapped to " + std::to_string(value) + ", but " +
                                      item->name + " goes from " + std::to_string(item->scale.min) + " to " +
                                      std::to_string(item->scale.max));
}

struct Lookup {
    std::map<std::string, const DaylioMoodMapping*> moods;
    std::map<std::string, const DaylioActivityMapping*> activities;
};

Lookup checkedLookup(const DaylioMapping& mapping, const CheckinDefinition& definition) {
    Lookup lookup;
    for (std::size_t i = 0; i < mapping.moods.size(); ++i) {
        const auto& mood = mapping.moods[i];
        if (mood.value)
            checkValue(definition, daylioMoodItem, *mood.value, jsonfields::indexed("moods", i), mood.label);
        lookup.moods.emplace(daylioLabelKey(mood.label), &mood);
    }
    for (std::size_t i = 0; i < mapping.activities.size(); ++i) {
        const auto& activity = mapping.activities[i];
        if (activity.target == DaylioActivityTarget::Answer)
            checkValue(definition, activity.itemId, activity.value, jsonfields::indexed("activities", i),
                       activity.label);
        lookup.activities.emplace(daylioLabelKey(activity.label), &activity);
    }
    return lookup;
}

std::string clockTime(boost::posix_time::ptime time) {
    const auto tod = time.time_of_day();
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%02d:%02d", static_cast<int>(tod.hours()),
                  static_cast<int>(tod.minutes()));
    return buffer;
}

std::string joined(const std::vector<std::string>& parts, std::string_view separator) {
    std::string result;
    for (const auto& part : parts) {
        if (part.empty())
            continue;
        if (!result.empty())
            result += separator;
        result += part;
    }
    return result;
}

// What one entry adds to its day.
struct EntryPart {
    std::vector<std::pair<std::string, int>> values; // item id, value
    bool restDay = false;
    std::string note;
};

EntryPart partOf(const DaylioEntry& entry, const Lookup& lookup) {
    EntryPart part;
    std::vector<std::string> lines{entry.noteTitle, entry.note};
    if (!entry.mood.empty()) {
        const auto found = lookup.moods.find(daylioLabelKey(entry.mood));
        if (found != lookup.moods.end() && found->second->value)
            part.values.emplace_back(daylioMoodItem, *found->second->value);
        else
            lines.push_back("Mood in Daylio: " + entry.mood);
    }
    std::vector<std::string> kept;
    for (const auto& activity : entry.activities) {
        const auto found = lookup.activities.find(daylioLabelKey(activity));
        const auto target =
            found == lookup.activities.end() ? DaylioActivityTarget::KeptInNote : found->second->target;
        switch (target) {
        case DaylioActivityTarget::KeptInNote:
            kept.push_back(activity);
            break;
        case DaylioActivityTarget::LeftOut:
            break;
        case DaylioActivityTarget::RestDay:
            part.restDay = true;
            break;
        case DaylioActivityTarget::Answer:
            part.values.emplace_back(found->second->itemId, found->second->value);
            break;
        }
    }
    if (!kept.empty())
        lines.push_back("Activities in Daylio: " + joined(kept, ", "));
    part.note = joined(lines, "\n");
    return part;
}

// Cuts at a character boundary so the note stays valid UTF-8.
std::string cutToLength(const std::string& note, std::size_t length) {
    auto end = length;
    while (end > 0 && (static_cast<unsigned char>(note[end]) & 0xC0) == 0x80)
        --end;
    return note.substr(0, end);
}

int roundedMean(const std::vector<int>& values) {
    double total = 0.0;
    for (const auto value : values)
        total += value;
    return static_cast<int>(std::lround(total / static_cast<double>(values.size())));
}

void addDay(DaylioImport& result, const std::vector<const DaylioEntry*>& entries, const Lookup& lookup) {
    const auto day = entries.front()->time.date();
    Checkin checkin;
    checkin.date = day;
    checkin.createdAt = entries.front()->time;
    checkin.updatedAt = entries.back()->time;
    std::map<std::string, std::vector<int>> values;
    std::vector<std::string> notes;
    for (const auto* entry : entries) {
        const auto part = partOf(*entry, lookup);
        for (const auto& [key, value] : part.values)
            values[key].push_back(value);
        checkin.restDay = checkin.restDay || part.restDay;
        if (!part.note.empty())
            notes.push_back(entries.size() > 1 ? clockTime(entry->time) + "\n" + part.note : part.note);
    }
    for (const auto& [itemId, itemValues] : values)
        checkin.answers[itemId] = roundedMean(itemValues);
    checkin.note = joined(notes, "\n\n");
    if (checkin.note.size() > maxNoteLength) {
        result.notices.push_back(
            {day, "The notes of " + toIsoDate(day) + " come to " + std::to_string(checkin.note.size()) +
                      " characters; a note can hold up to " + std::to_string(maxNoteLength) +
                      ", so only the beginning is kept."});
        checkin.note = cutToLength(checkin.note, maxNoteLength);
    }
    if (checkin.isEmpty()) {
        result.notices.push_back(
            {day, "Nothing from " + toIsoDate(day) + " is kept with this mapping, so the day is left out."});
        return;
    }
    result.data.checkins.push_back(std::move(checkin));
}

} // namespace

DaylioImport applyDaylioMapping(const DaylioFile& file, const DaylioMapping& mapping,
                                const CheckinDefinition& definition) {
    const auto lookup = checkedLookup(mapping, definition);
    DaylioImport result;
    // Only days come from Daylio: the importer must leave the plan, hard moments and the rest untouched.
    ExportSelection& contents = result.data.contents;
    contents.hardMoments = contents.plan = contents.assessments = contents.promptHistory = contents.settings =
        contents.personalContacts = false;
    result.mapping = mapping;
    result.entries = file.entries.size();
    result.skipped = file.skipped;

    std::map<date, std::vector<const DaylioEntry*>> byDay;
    for (const auto& entry : file.entries)
        byDay[entry.time.date()].push_back(&entry);
    for (const auto& [day, entries] : byDay)
        addDay(result, entries, lookup);
    result.days = result.data.checkins.size();
    return result;
}

DaylioImport readDaylioCsv(std::string_view text, const CheckinDefinition& definition, date today) {
    const auto file = parseDaylioCsv(text, today);
    return applyDaylioMapping(file, suggestDaylioMapping(file, definition), definition);
}

} // namespace tend
