#pragma once

#include "domain/itemgroup.h"
#include "formats/datafileerror.h"

#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace tend {

// Whether a higher answer means the worker is doing better or worse. Charts and (later) indices use it
// so that "up" is never silently assumed to be good.
enum class Polarity { HigherIsBetter, HigherIsWorse };

// How an item is answered: a rating on a short labelled scale (one tap), or a small count (a stepper).
enum class ItemKind { Rating, Count };

struct ItemScale {
    int min = 0;
    int max = 4;
    // Short label for each point from min to max (rating items only; empty for counts).
    std::vector<std::string> labels;
};

// One question of the daily check-in. Wording is English source text; the ui layer translates it.
struct CheckinItem {
    std::string id;   // stable, [a-z0-9_]+, used in storage
    std::string name; // short lower-case name for reasons and charts, e.g. "on edge"
    std::string text; // the question, plain and warm
    std::string help; // optional one-line explanation
    ItemGroup group = ItemGroup::Wellbeing;
    ItemKind kind = ItemKind::Rating;
    ItemScale scale;
    Polarity polarity = Polarity::HigherIsBetter;
    bool enabledByDefault = true;
    // About the working day ("work": true): exposure, hard cases, "did your work make a difference". On a
    // day the worker marks as a day off or on leave it is not asked, and the indices treat it as not
    // applicable to that day rather than missing.
    bool work = false;
    // No longer asked ("retired": true), yet still known, so that answers given while it was asked stay
    // valid, readable and exportable. An item is retired rather than deleted whenever its question changes
    // what it measures: the new question gets a new id, and the old history keeps its own.
    bool retired = false;
};

struct CheckinDefinition {
    int version = 1;
    std::string about; // what these questions are (and are not), shown in Settings
    // The questions that are asked, in file order. Settings, the check-in and the indices read these.
    std::vector<CheckinItem> items;
    // Retired questions, in file order: never asked or offered, only known for the answers already given.
    std::vector<CheckinItem> retiredItems;

    // Finds a question by id, retired ones included, so that an old answer is still checked against its
    // own scale rather than refused as unknown.
    [[nodiscard]] const CheckinItem* find(std::string_view id) const;
    // Every question, asked ones first and then retired ones: what an export needs to carry every answer.
    [[nodiscard]] std::vector<const CheckinItem*> allItems() const;
    // The questions to ask on a day, in order: those among `tracked`, without the work questions on a day
    // off. Ids in `tracked` that are retired or unknown are ignored.
    [[nodiscard]] std::vector<const CheckinItem*> itemsToAsk(const std::set<std::string>& tracked,
                                                             bool dayOff) const;
};

// Errors in a definition file name the exact place (see DataFileError).
using DefinitionError = DataFileError;

// Parses and validates a check-in definition (JSON text). Throws DefinitionError.
[[nodiscard]] CheckinDefinition parseCheckinDefinition(std::string_view json);

} // namespace tend
