#include "domain/checkinvalidation.h"

#include "time/isodate.h"

namespace tend {

namespace {

std::string describeRange(const ItemScale& scale) {
    return std::to_string(scale.min) + " to " + std::to_string(scale.max);
}

std::optional<CheckinProblem> checkAnswer(const std::string& itemId, int value,
                                          const CheckinDefinition& definition) {
    const auto* item = definition.find(itemId);
    if (!item)
        return CheckinProblem{CheckinProblemKind::UnknownItem, itemId,
                              "There is no question called \"" + itemId + "\" in this check-in."};
    if (value < item->scale.min || value > item->scale.max)
        return CheckinProblem{CheckinProblemKind::ValueOutOfRange, itemId,
                              "The answer to \"" + itemId + "\" is " + std::to_string(value) +
                                  ", but it has to be from " + describeRange(item->scale) + "."};
    return std::nullopt;
}

} // namespace

std::vector<CheckinProblem> validateCheckin(const Checkin& checkin, const CheckinDefinition& definition,
                                            boost::gregorian::date today) {
    std::vector<CheckinProblem> problems;
    if (checkin.date > today)
        problems.push_back(
            {CheckinProblemKind::DateInFuture,
             {},
             "This check-in is for " + toIsoDate(checkin.date) + ", a day that has not started yet."});
    for (const auto& [itemId, value] : checkin.answers)
        if (auto problem = checkAnswer(itemId, value, definition))
            problems.push_back(std::move(*problem));
    if (checkin.note.size() > maxNoteLength)
        problems.push_back({CheckinProblemKind::NoteTooLong,
                            {},
                            "The note is " + std::to_string(checkin.note.size()) +
                                " characters long; a note can hold up to " + std::to_string(maxNoteLength) +
                                "."});
    return problems;
}

} // namespace tend
