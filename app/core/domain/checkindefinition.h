#pragma once

#include "domain/itemgroup.h"
#include "formats/datafileerror.h"

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
    // About the work itself (exposure, hard cases, "did your work make a difference"): not asked on a day
    // off or on leave, and not applicable to that day rather than missing.
    bool work = false;
};

struct CheckinDefinition {
    int version = 1;
    std::string about; // what these questions are (and are not), shown in Settings
    std::vector<CheckinItem> items;

    [[nodiscard]] const CheckinItem* find(std::string_view id) const;
};

// Errors in a definition file name the exact place (see DataFileError).
using DefinitionError = DataFileError;

// Parses and validates a check-in definition (JSON text). Throws DefinitionError.
[[nodiscard]] CheckinDefinition parseCheckinDefinition(std::string_view json);

} // namespace tend
