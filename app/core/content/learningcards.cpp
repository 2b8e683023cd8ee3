#include "content/learningcards.h"

#include "formats/jsonfields.h"

#include <algorithm>
#include <array>
#include <limits>
#include <map>

namespace tend {

namespace {

using namespace jsonfields;

constexpr std::string_view formatName = "tend.learning-cards";
constexpr std::size_t maxCards = 100;
constexpr std::size_t maxTitleLength = 80;
constexpr std::size_t maxSummaryLength = 160;
// Cards are read on a phone between visits: a few short paragraphs, never an essay.
constexpr std::size_t maxParagraphs = 8;
constexpr std::size_t maxParagraphLength = 600;
constexpr std::size_t maxRelated = 20;

constexpr std::array topLevelKeys{"format", "version", "cards"};
constexpr std::array cardKeys{"id", "title", "summary", "paragraphs", "related"};

std::vector<std::string> readParagraphs(const json& card, const std::string& path) {
    const auto paragraphsPath = member(path, "paragraphs");
    const auto& value = require(card, "paragraphs", path);
    expectArray(value, paragraphsPath, 1, maxParagraphs);
    std::vector<std::string> paragraphs;
    for (std::size_t i = 0; i < value.size(); ++i)
        paragraphs.push_back(readText(value[i], indexed(paragraphsPath, i), maxParagraphLength));
    return paragraphs;
}

std::vector<std::string> readRelated(const json& card, const std::string& path) {
    const auto relatedPath = member(path, "related");
    const auto& value = require(card, "related", path);
    expectArray(value, relatedPath, 0, maxRelated);
    std::vector<std::string> related;
    for (std::size_t i = 0; i < value.size(); ++i) {
        auto tag = readId(value[i], indexed(relatedPath, i));
        if (const auto it = std::find(related.begin(), related.end(), tag); it != related.end())
            throw DataFileError(indexed(relatedPath, i),
                                "duplicate tag " + inQuotes(tag) + ", already listed at " +
                                    indexed(relatedPath, static_cast<std::size_t>(it - related.begin())));
        related.push_back(std::move(tag));
    }
    return related;
}

LearningCard readCard(const json& value, const std::string& path) {
    expectObject(value, path);
    rejectUnknownKeys(value, path, cardKeys);

    LearningCard card;
    card.id = readId(require(value, "id", path), member(path, "id"));
    card.title = readText(require(value, "title", path), member(path, "title"), maxTitleLength);
    card.summary = readText(require(value, "summary", path), member(path, "summary"), maxSummaryLength);
    card.paragraphs = readParagraphs(value, path);
    card.related = readRelated(value, path);
    return card;
}

void checkUniqueIds(const std::vector<LearningCard>& cards) {
    std::map<std::string_view, std::size_t> firstIndexOf;
    for (std::size_t i = 0; i < cards.size(); ++i) {
        const auto [it, inserted] = firstIndexOf.emplace(cards[i].id, i);
        if (!inserted)
            throw DataFileError(indexed("cards", i) + ".id", "duplicate id " + inQuotes(cards[i].id) +
                                                                 ", already used by " +
                                                                 indexed("cards", it->second));
    }
}

LearningCards readCards(const json& root) {
    if (!root.is_object())
        throw DataFileError("", "expected a JSON object at the top level, found " + describeType(root));
    rejectUnknownKeys(root, "", topLevelKeys);
    checkFormat(root, formatName);

    LearningCards result;
    result.version = static_cast<int>(
        readInteger(require(root, "version", ""), "version", 1, std::numeric_limits<int>::max()));
    const auto& cards = require(root, "cards", "");
    expectArray(cards, "cards", 1, maxCards);
    for (std::size_t i = 0; i < cards.size(); ++i)
        result.cards.push_back(readCard(cards[i], indexed("cards", i)));
    checkUniqueIds(result.cards);
    return result;
}

} // namespace

const LearningCard* LearningCards::find(std::string_view id) const {
    const auto it =
        std::find_if(cards.begin(), cards.end(), [&](const LearningCard& card) { return card.id == id; });
    return it == cards.end() ? nullptr : &*it;
}

std::vector<const LearningCard*> LearningCards::relatedTo(std::string_view tag) const {
    std::vector<const LearningCard*> found;
    for (const auto& card : cards)
        if (std::find(card.related.begin(), card.related.end(), tag) != card.related.end())
            found.push_back(&card);
    return found;
}

LearningCards parseLearningCards(std::string_view json) {
    return readDocument(json, "learning cards", readCards);
}

} // namespace tend
