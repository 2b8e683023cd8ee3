// A Daylio CSV export goes through the whole import as the app runs it: read the file, suggest a mapping,
// apply it. Every check-in an accepted file produces must be one the app itself could have saved.
// A second mapping, derived from the labels, sends activities to every kind of target (answers
// included), so that the mean and rounding of answers and the rest-day rules are reached too.

#include "fuzzassets.h"
#include "fuzzinput.h"

#include "domain/checkinvalidation.h"
#include "exchange/daylioimport.h"

#include <boost/date_time/gregorian/gregorian.hpp>

#include <optional>

namespace {

using tend::fuzz::expect;

const boost::gregorian::date today(2024, 6, 1);

[[nodiscard]] tend::DaylioMapping everyTarget(tend::DaylioMapping mapping,
                                              const tend::CheckinDefinition& definition) {
    for (std::size_t i = 0; i < mapping.activities.size(); ++i) {
        auto& activity = mapping.activities[i];
        activity.target = static_cast<tend::DaylioActivityTarget>(i % 4);
        if (activity.target != tend::DaylioActivityTarget::Answer)
            continue;
        const auto& item = definition.items[i % definition.items.size()];
        activity.itemId = item.id;
        activity.value = item.scale.min +
                         static_cast<int>(i % static_cast<std::size_t>(item.scale.max - item.scale.min + 1));
    }
    return mapping;
}

void checkImport(const tend::DaylioFile& file, const tend::DaylioImport& result,
                 const tend::CheckinDefinition& definition) {
    const auto& checkins = result.data.checkins;
    expect(result.days == checkins.size(), "the count of days is the count of check-ins");
    expect(result.entries <= file.entries.size(), "no more entries used than the file has");
    expect(checkins.size() <= result.entries, "every check-in comes from at least one entry");
    for (std::size_t i = 0; i < checkins.size(); ++i) {
        expect(i == 0 || checkins[i - 1].date < checkins[i].date, "one check-in a day, by date");
        expect(tend::validateCheckin(checkins[i], definition, today).empty(),
               "every imported check-in is one the app could have saved");
        expect(checkins[i].createdAt <= checkins[i].updatedAt, "a check-in is not updated before it is made");
    }
    expect(!result.data.contents.hardMoments && !result.data.contents.plan && !result.data.contents.settings,
           "a Daylio import holds only check-ins");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const auto& definition = tend::fuzz::shippedCheckinDefinition();
    std::optional<tend::DaylioFile> accepted;
    tend::fuzz::parseExpecting<tend::DataFileError>(
        data, size, [&](std::string_view text) { accepted = tend::parseDaylioCsv(text, today); });
    if (!accepted)
        return 0;
    const auto& file = *accepted;
    for (std::size_t i = 1; i < file.entries.size(); ++i)
        expect(file.entries[i - 1].time <= file.entries[i].time, "entries come by time");
    for (const auto& entry : file.entries)
        expect(entry.time.date() <= today, "no entry from a day that has not begun");
    // Outside the catch: a mapping that cannot be applied is a finding, since both are valid mappings.
    const auto suggested = tend::suggestDaylioMapping(file, definition);
    checkImport(file, tend::applyDaylioMapping(file, suggested, definition), definition);
    checkImport(file, tend::applyDaylioMapping(file, everyTarget(suggested, definition), definition),
                definition);
    return 0;
}
