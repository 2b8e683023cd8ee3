#include "assessment/instrumentpack.h"

#include "formats/jsonfields.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <set>
#include <sstream>
#include <tuple>

namespace tend {

namespace {

using namespace jsonfields;

constexpr std::string_view formatName = "tend.instrument-pack";
constexpr std::size_t maxItems = 100;
constexpr std::size_t maxScales = 20;
constexpr std::size_t maxBands = 10;
constexpr std::size_t maxIdLength = 64;
constexpr std::size_t maxNameLength = 80;
constexpr std::size_t maxShortTextLength = 60;
constexpr std::size_t maxLabelLength = 40;
constexpr std::size_t maxItemTextLength = 300;
constexpr std::size_t maxUrlLength = 300;
constexpr std::size_t maxNoticeLength = 500;
constexpr std::size_t maxLongTextLength = 1000;
constexpr int maxResponseSpan = 10;
constexpr std::int64_t maxResponseMagnitude = 1000;
constexpr std::int64_t maxDays = 366;
constexpr double maxTransformMagnitude = 1000;
constexpr double maxBandMagnitude = 1'000'000;

constexpr std::array topLevelKeys{"format",       "version",        "id",          "name",
                                  "description",  "validated",      "attribution", "licence",
                                  "source_url",   "recall",         "recall_days", "schedule",
                                  "instructions", "response_scale", "items",       "scales"};
constexpr std::array scheduleKeys{"every_days"};
constexpr std::array responseScaleKeys{"min", "max", "labels"};
constexpr std::array itemKeys{"id", "text", "reverse"};
constexpr std::array scaleKeys{"id", "name", "items", "scoring", "bands"};
constexpr std::array scoringKeys{"method", "multiply", "add"};
constexpr std::array bandKeys{"id", "label", "min", "max", "interpretation"};

// Short and exact enough for a person: 48, 1.33333, 0.2.
std::string describeNumber(double value) {
    std::ostringstream text;
    text.precision(6);
    text << value;
    return text.str();
}

template <typename T> void checkUniqueIds(const std::vector<T>& entries, const std::string& listPath) {
    std::map<std::string_view, std::size_t> firstIndexOf;
    for (std::size_t i = 0; i < entries.size(); ++i) {
        const auto [it, inserted] = firstIndexOf.emplace(entries[i].id, i);
        if (!inserted)
            throw DataFileError(member(indexed(listPath, i), "id"),
                                "duplicate id " + inQuotes(entries[i].id) + ", already used by " +
                                    indexed(listPath, it->second));
    }
}

void checkPackFormat(const json& root, const std::string& path) {
    const auto formatPath = member(path, "format");
    const auto format = readString(require(root, "format", path), formatPath);
    if (format != formatName)
        throw DataFileError(formatPath, "expected " + inQuotes(formatName) + ", found " + inQuotes(format));
}

int readDays(const json& value, const std::string& path) {
    return static_cast<int>(readInteger(value, path, 1, maxDays));
}

std::string readSourceUrl(const json& value, const std::string& path) {
    auto url = readText(value, path, maxUrlLength);
    const bool web = url.starts_with("https://") || url.starts_with("http://");
    if (!web || url.find_first_of(" \t\r\n") != std::string::npos)
        throw DataFileError(path, "expected a web address starting with https:// or http://, found " +
                                      inQuotes(url));
    return url;
}

int readEveryDays(const json& root, const std::string& path) {
    const auto schedulePath = member(path, "schedule");
    const auto& schedule = require(root, "schedule", path);
    expectObject(schedule, schedulePath);
    rejectUnknownKeys(schedule, schedulePath, scheduleKeys);
    return readDays(require(schedule, "every_days", schedulePath), member(schedulePath, "every_days"));
}

ResponseScale readResponseScale(const json& root, const std::string& path) {
    const auto scalePath = member(path, "response_scale");
    const auto& value = require(root, "response_scale", path);
    expectObject(value, scalePath);
    rejectUnknownKeys(value, scalePath, responseScaleKeys);

    ResponseScale scale;
    std::tie(scale.min, scale.max) = readMinMax(value, scalePath, maxResponseMagnitude);
    if (scale.max - scale.min > maxResponseSpan)
        throw DataFileError(scalePath, "a response scale has at most " + std::to_string(maxResponseSpan + 1) +
                                           " points; found " + std::to_string(scale.min) + " to " +
                                           std::to_string(scale.max));

    const auto labelsPath = member(scalePath, "labels");
    scale.labels = readPointLabels(require(value, "labels", scalePath), labelsPath, scale.min, scale.max,
                                   maxLabelLength);
    return scale;
}

PackItem readItem(const json& value, const std::string& path) {
    expectObject(value, path);
    rejectUnknownKeys(value, path, itemKeys);
    PackItem item;
    item.id = readId(require(value, "id", path), member(path, "id"), maxIdLength);
    item.text = readText(require(value, "text", path), member(path, "text"), maxItemTextLength);
    if (value.contains("reverse"))
        item.reverse = readBool(value["reverse"], member(path, "reverse"));
    return item;
}

std::vector<PackItem> readItems(const json& root, const std::string& path) {
    const auto itemsPath = member(path, "items");
    const auto& value = require(root, "items", path);
    expectArray(value, itemsPath, 1, maxItems);
    std::vector<PackItem> items;
    for (std::size_t i = 0; i < value.size(); ++i)
        items.push_back(readItem(value[i], indexed(itemsPath, i)));
    checkUniqueIds(items, itemsPath);
    return items;
}

std::vector<std::string> readScaleItems(const json& scale, const std::string& path,
                                        const std::vector<PackItem>& packItems) {
    const auto itemsPath = member(path, "items");
    const auto& value = require(scale, "items", path);
    expectArray(value, itemsPath, 1, maxItems);
    std::vector<std::string> ids;
    std::map<std::string, std::size_t> firstIndexOf;
    for (std::size_t i = 0; i < value.size(); ++i) {
        const auto entryPath = indexed(itemsPath, i);
        auto id = readId(value[i], entryPath, maxIdLength);
        const bool known = std::any_of(packItems.begin(), packItems.end(),
                                       [&](const PackItem& item) { return item.id == id; });
        if (!known)
            throw DataFileError(entryPath, "no item " + inQuotes(id) + " in this pack's items");
        const auto [it, inserted] = firstIndexOf.emplace(id, i);
        if (!inserted)
            throw DataFileError(entryPath, "item " + inQuotes(id) + " is listed twice, already at " +
                                               indexed(itemsPath, it->second));
        ids.push_back(std::move(id));
    }
    return ids;
}

ScaleScoring readScoring(const json& scale, const std::string& path) {
    const auto scoringPath = member(path, "scoring");
    const auto& value = require(scale, "scoring", path);
    expectObject(value, scoringPath);
    rejectUnknownKeys(value, scoringPath, scoringKeys);

    ScaleScoring scoring;
    const auto methodPath = member(scoringPath, "method");
    const auto method = readString(require(value, "method", scoringPath), methodPath);
    if (method == "sum")
        scoring.method = ScoringMethod::Sum;
    else if (method == "mean")
        scoring.method = ScoringMethod::Mean;
    else
        throw DataFileError(methodPath,
                            "unknown method " + inQuotes(method) + "; expected \"sum\" or \"mean\"");

    if (value.contains("multiply")) {
        const auto multiplyPath = member(scoringPath, "multiply");
        scoring.multiply =
            readNumber(value["multiply"], multiplyPath, -maxTransformMagnitude, maxTransformMagnitude);
        // A falling transform would turn "higher" upside down for every chart and band; reverse items say
        // the same thing without that surprise.
        if (scoring.multiply <= 0)
            throw DataFileError(multiplyPath, "must be greater than 0, found " + value["multiply"].dump() +
                                                  "; to turn a scale around, mark its items \"reverse\"");
    }
    if (value.contains("add"))
        scoring.add = readNumber(value["add"], member(scoringPath, "add"), -maxTransformMagnitude,
                                 maxTransformMagnitude);
    return scoring;
}

ScoreBand readBand(const json& value, const std::string& path) {
    expectObject(value, path);
    rejectUnknownKeys(value, path, bandKeys);
    ScoreBand band;
    band.id = readId(require(value, "id", path), member(path, "id"), maxIdLength);
    band.label = readText(require(value, "label", path), member(path, "label"), maxShortTextLength);
    band.min =
        readNumber(require(value, "min", path), member(path, "min"), -maxBandMagnitude, maxBandMagnitude);
    band.max =
        readNumber(require(value, "max", path), member(path, "max"), -maxBandMagnitude, maxBandMagnitude);
    if (band.max < band.min)
        throw DataFileError(member(path, "max"), "must not be less than min (" + describeNumber(band.min) +
                                                     "), found " + describeNumber(band.max));
    band.interpretation =
        readText(require(value, "interpretation", path), member(path, "interpretation"), maxLongTextLength);
    return band;
}

void checkBandOrder(const std::vector<ScoreBand>& bands, const std::string& bandsPath) {
    for (std::size_t i = 1; i < bands.size(); ++i) {
        const auto& previous = bands[i - 1];
        const auto& band = bands[i];
        const auto previousPath = indexed(bandsPath, i - 1);
        if (band.min < previous.min)
            throw DataFileError(indexed(bandsPath, i),
                                "bands must be listed from lowest to highest; this band starts at " +
                                    describeNumber(band.min) + ", below " + previousPath + " (from " +
                                    describeNumber(previous.min) + ")");
        if (band.min <= previous.max)
            throw DataFileError(indexed(bandsPath, i), "overlaps " + previousPath + " (" +
                                                           describeNumber(previous.min) + " to " +
                                                           describeNumber(previous.max) + "); a score of " +
                                                           describeNumber(band.min) + " would fall in both");
    }
}

// Where an unbanded score lies, so the message says which edge to move.
std::string locateGap(const std::vector<ScoreBand>& bands, const std::string& bandsPath, double score) {
    if (score < bands.front().min)
        return "below " + indexed(bandsPath, 0) + ", which starts at " + describeNumber(bands.front().min);
    if (score > bands.back().max)
        return "above " + indexed(bandsPath, bands.size() - 1) + ", which ends at " +
               describeNumber(bands.back().max);
    std::size_t next = 1;
    while (next < bands.size() && bands[next].min < score)
        ++next;
    return "between " + indexed(bandsPath, next - 1) + ", which ends at " +
           describeNumber(bands[next - 1].max) + ", and " + indexed(bandsPath, next) + ", which starts at " +
           describeNumber(bands[next].min);
}

// Every score the scale can produce must land in exactly one band, and every band must be reachable.
// The reachable scores are enumerated (at most 100 items x 10 steps + 1), so a gap between bands is fine
// exactly when no score can fall into it: 0-48 and 52-100 suit a raw sum times 4.
void checkBandCoverage(const PackScale& scale, const ResponseScale& response, const std::string& bandsPath) {
    const auto count = static_cast<int>(scale.items.size());
    const int lowestSum = count * response.min;
    const int highestSum = count * response.max;
    std::vector<std::size_t> hits(scale.bands.size(), 0);
    for (int sum = lowestSum; sum <= highestSum; ++sum) {
        const double score = scale.scoreForSum(sum);
        const auto* band = scale.bandFor(score);
        if (!band)
            throw DataFileError(bandsPath, "the reachable score " + describeNumber(score) +
                                               " falls in no band (" +
                                               locateGap(scale.bands, bandsPath, score) + ")");
        ++hits[static_cast<std::size_t>(band - scale.bands.data())];
    }
    for (std::size_t i = 0; i < hits.size(); ++i) {
        if (hits[i] == 0) {
            const double step = scale.scoreForSum(lowestSum + 1) - scale.scoreForSum(lowestSum);
            throw DataFileError(indexed(bandsPath, i),
                                "no reachable score falls in this band; this scale's scores run from " +
                                    describeNumber(scale.scoreForSum(lowestSum)) + " to " +
                                    describeNumber(scale.scoreForSum(highestSum)) + " in steps of " +
                                    describeNumber(step));
        }
    }
}

PackScale readScale(const json& value, const std::string& path, const std::vector<PackItem>& items,
                    const ResponseScale& response) {
    expectObject(value, path);
    rejectUnknownKeys(value, path, scaleKeys);
    PackScale scale;
    scale.id = readId(require(value, "id", path), member(path, "id"), maxIdLength);
    scale.name = readText(require(value, "name", path), member(path, "name"), maxShortTextLength);
    scale.items = readScaleItems(value, path, items);
    scale.scoring = readScoring(value, path);
    if (value.contains("bands")) {
        const auto bandsPath = member(path, "bands");
        const auto& bands = value["bands"];
        expectArray(bands, bandsPath, 1, maxBands);
        for (std::size_t i = 0; i < bands.size(); ++i)
            scale.bands.push_back(readBand(bands[i], indexed(bandsPath, i)));
        checkUniqueIds(scale.bands, bandsPath);
        checkBandOrder(scale.bands, bandsPath);
        checkBandCoverage(scale, response, bandsPath);
    }
    return scale;
}

// An answer that feeds no score is asked for and kept without ever being shown back; it is almost always
// a slip in a scale's item list.
void checkEveryItemScored(const std::vector<PackItem>& items, const std::vector<PackScale>& scales,
                          const std::string& itemsPath) {
    std::set<std::string_view> scored;
    for (const auto& scale : scales)
        scored.insert(scale.items.begin(), scale.items.end());
    for (std::size_t i = 0; i < items.size(); ++i)
        if (!scored.contains(items[i].id))
            throw DataFileError(indexed(itemsPath, i),
                                "item " + inQuotes(items[i].id) +
                                    " belongs to no scale; add it to a scale or remove it");
}

std::vector<PackScale> readScales(const json& root, const std::string& path,
                                  const std::vector<PackItem>& items, const ResponseScale& response) {
    const auto scalesPath = member(path, "scales");
    const auto& value = require(root, "scales", path);
    expectArray(value, scalesPath, 1, maxScales);
    std::vector<PackScale> scales;
    for (std::size_t i = 0; i < value.size(); ++i)
        scales.push_back(readScale(value[i], indexed(scalesPath, i), items, response));
    checkUniqueIds(scales, scalesPath);
    checkEveryItemScored(items, scales, member(path, "items"));
    return scales;
}

InstrumentPack readPack(const json& root, const std::string& path) {
    if (!root.is_object())
        throw DataFileError(path, "expected a JSON object, found " + describeType(root));
    // The format first: a check-in definition handed in by mistake is named as such, not as unknown keys.
    checkPackFormat(root, path);
    rejectUnknownKeys(root, path, topLevelKeys);

    InstrumentPack pack;
    pack.version = static_cast<int>(readInteger(require(root, "version", path), member(path, "version"), 1,
                                                std::numeric_limits<int>::max()));
    pack.id = readId(require(root, "id", path), member(path, "id"), maxIdLength);
    pack.name = readText(require(root, "name", path), member(path, "name"), maxNameLength);
    pack.description =
        readText(require(root, "description", path), member(path, "description"), maxLongTextLength);
    pack.validated = readBool(require(root, "validated", path), member(path, "validated"));
    pack.attribution =
        readText(require(root, "attribution", path), member(path, "attribution"), maxNoticeLength);
    pack.licence = readText(require(root, "licence", path), member(path, "licence"), maxNoticeLength);
    if (root.contains("source_url"))
        pack.sourceUrl = readSourceUrl(root["source_url"], member(path, "source_url"));
    pack.recall = readText(require(root, "recall", path), member(path, "recall"), maxShortTextLength);
    pack.recallDays = readDays(require(root, "recall_days", path), member(path, "recall_days"));
    pack.everyDays = readEveryDays(root, path);
    pack.instructions =
        readText(require(root, "instructions", path), member(path, "instructions"), maxLongTextLength);
    pack.responseScale = readResponseScale(root, path);
    pack.items = readItems(root, path);
    pack.scales = readScales(root, path, pack.items, pack.responseScale);
    return pack;
}

} // namespace

double PackScale::scoreForSum(int valueSum) const {
    const double raw = scoring.method == ScoringMethod::Sum
                           ? static_cast<double>(valueSum)
                           : static_cast<double>(valueSum) / static_cast<double>(items.size());
    return raw * scoring.multiply + scoring.add;
}

const ScoreBand* PackScale::bandFor(double score) const {
    const auto it = std::find_if(bands.begin(), bands.end(), [&](const ScoreBand& band) {
        return score >= band.min && score <= band.max;
    });
    return it == bands.end() ? nullptr : &*it;
}

const PackItem* InstrumentPack::findItem(std::string_view id) const {
    const auto it =
        std::find_if(items.begin(), items.end(), [&](const PackItem& item) { return item.id == id; });
    return it == items.end() ? nullptr : &*it;
}

const PackScale* InstrumentPack::findScale(std::string_view id) const {
    const auto it =
        std::find_if(scales.begin(), scales.end(), [&](const PackScale& scale) { return scale.id == id; });
    return it == scales.end() ? nullptr : &*it;
}

InstrumentPack parseInstrumentPack(const nlohmann::json& value, const std::string& path) {
    try {
        return readPack(value, path);
    } catch (const DataFileError&) {
        throw;
    } catch (const nlohmann::json::exception& error) {
        // Every access above is type-checked first; this only guards against a gap in those checks.
        throw DataFileError(path, std::string("unreadable pack: ") + error.what());
    }
}

InstrumentPack parseInstrumentPack(std::string_view json) {
    return parseInstrumentPack(parseJson(json), "");
}

} // namespace tend
