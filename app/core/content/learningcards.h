#pragma once

#include "formats/datafileerror.h"

#include <string>
#include <string_view>
#include <vector>

namespace tend {

// A short, kind explainer the worker can open from a prompt, a chart or the Self-care page. English
// source text; the ui layer translates it.
struct LearningCard {
    std::string id;      // stable, [a-z0-9_]+
    std::string title;   // a few words
    std::string summary; // one line, shown in lists
    std::vector<std::string> paragraphs;
    // Indicator ids and index keys the card explains, so a chart of "sleep" can link to it.
    std::vector<std::string> related;
};

struct LearningCards {
    int version = 1;
    std::vector<LearningCard> cards;

    [[nodiscard]] const LearningCard* find(std::string_view id) const;
    // Cards that list `tag` among their related ids, in file order.
    [[nodiscard]] std::vector<const LearningCard*> relatedTo(std::string_view tag) const;
};

// Parses and validates learning cards ("tend.learning-cards"). Throws DataFileError.
[[nodiscard]] LearningCards parseLearningCards(std::string_view json);

} // namespace tend
