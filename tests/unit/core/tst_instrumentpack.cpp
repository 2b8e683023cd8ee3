#include "assessment/instrumentpack.h"

#include "datafiletesting.h"

#include <QTest>

#include <nlohmann/json.hpp>

#include <functional>
#include <set>

using nlohmann::json;
using tend::DataFileError;
using tend::InstrumentPack;
using tend::ScoringMethod;
using tend::test::readAsset;
using tend::test::readTestData;

namespace {

InstrumentPack parseTestPack(const QString& name) {
    return tend::parseInstrumentPack(readTestData(QStringLiteral("packs/") + name).toStdString());
}

// A small valid pack: three items on 0-3 (c reversed), a summed total 0-9 and a doubled mean of a and b
// (0, 1, ... 6).
json validPack() {
    auto pack = json::parse(R"({
        "format": "tend.instrument-pack",
        "version": 2,
        "id": "small",
        "name": "Small pack",
        "description": "Placeholder description.",
        "validated": false,
        "attribution": "Placeholder attribution.",
        "licence": "Placeholder licence.",
        "recall": "the last 2 weeks",
        "recall_days": 14,
        "schedule": {"every_days": 14},
        "instructions": "Placeholder instructions.",
        "response_scale": {"min": 0, "max": 3, "labels": ["l0", "l1", "l2", "l3"]},
        "items": [
            {"id": "a", "text": "Placeholder item 1"},
            {"id": "b", "text": "Placeholder item 2", "reverse": false},
            {"id": "c", "text": "Placeholder item 3", "reverse": true}
        ],
        "scales": [
            {"id": "total", "name": "Total", "items": ["a", "b", "c"], "scoring": {"method": "sum"},
             "bands": [
                {"id": "lower", "label": "Lower", "min": 0, "max": 4, "interpretation": "Placeholder lower."},
                {"id": "higher", "label": "Higher", "min": 5, "max": 9, "interpretation": "Placeholder higher."}
             ]},
            {"id": "pair", "name": "Pair", "items": ["a", "b"], "scoring": {"method": "mean", "multiply": 2, "add": 0},
             "bands": [
                {"id": "lower", "label": "Lower", "min": 0, "max": 2, "interpretation": "Placeholder lower."},
                {"id": "higher", "label": "Higher", "min": 3, "max": 6, "interpretation": "Placeholder higher."}
             ]}
        ]
    })");
    // Set outside the raw string: moc reads the "//" of a web address inside one as a comment.
    pack["source_url"] = "https://example.org/small";
    return pack;
}

json band(const char* id, double min, double max) {
    return json{
        {"id", id}, {"label", "Placeholder"}, {"min", min}, {"max", max}, {"interpretation", "Placeholder."}};
}

// The error message for a changed valid pack, or "no error".
QString errorOf(const std::function<void(json&)>& change) {
    try {
        (void)tend::parseInstrumentPack(tend::test::changed(validPack(), change).toStdString());
    } catch (const DataFileError& error) {
        return QString::fromStdString(error.what());
    }
    return QStringLiteral("no error");
}

} // namespace

class TestInstrumentPack final : public QObject {
    Q_OBJECT

private slots:
    void parsesTheShippedMonthlyReflection() {
        const auto pack = tend::parseInstrumentPack(
            readAsset(QStringLiteral("packs/monthly_reflection.json")).toStdString());
        QCOMPARE(pack.id, std::string("monthly_reflection"));
        QVERIFY(!pack.validated);
        QCOMPARE(pack.attribution, std::string("Written by the Tend project. Not a validated instrument."));
        QVERIFY(pack.licence.starts_with("GPL-3.0-or-later"));
        QCOMPARE(pack.recall, std::string("the last 30 days"));
        QCOMPARE(pack.recallDays, 30);
        QCOMPARE(pack.everyDays, 30);
        QCOMPARE(pack.responseScale.min, 0);
        QCOMPARE(pack.responseScale.max, 4);
        QCOMPARE(pack.responseScale.labels.size(), std::size_t(5));
        QCOMPARE(pack.items.size(), std::size_t(10));
        QCOMPARE(pack.scales.size(), std::size_t(2));
        QVERIFY(pack.findScale("carrying"));
        QVERIFY(pack.findScale("sustaining"));
        for (const auto& scale : pack.scales)
            QCOMPARE(scale.bands.size(), std::size_t(3));
    }

    void parsesEveryField() {
        const auto pack = tend::parseInstrumentPack(validPack().dump());
        QCOMPARE(pack.version, 2);
        QCOMPARE(pack.name, std::string("Small pack"));
        QCOMPARE(pack.description, std::string("Placeholder description."));
        QCOMPARE(pack.licence, std::string("Placeholder licence."));
        QCOMPARE(pack.sourceUrl, std::string("https://example.org/small"));
        QCOMPARE(pack.instructions, std::string("Placeholder instructions."));
        QCOMPARE(pack.responseScale.labels.back(), std::string("l3"));
        QVERIFY(!pack.findItem("a")->reverse);
        QVERIFY(!pack.findItem("b")->reverse);
        QVERIFY(pack.findItem("c")->reverse);
        QVERIFY(!pack.findItem("d"));

        const auto* pair = pack.findScale("pair");
        QVERIFY(pair);
        QCOMPARE(pair->scoring.method, ScoringMethod::Mean);
        QCOMPARE(pair->scoring.multiply, 2.0);
        QCOMPARE(pair->items, (std::vector<std::string>{"a", "b"}));
        QCOMPARE(pair->bands[1].id, std::string("higher"));
        QCOMPARE(pair->bands[1].min, 3.0);
        QCOMPARE(pair->bands[1].max, 6.0);
        QCOMPARE(pair->bands[1].interpretation, std::string("Placeholder higher."));
        // The sum of a and b is 3, their mean 1.5, doubled 3.
        QCOMPARE(pair->scoreForSum(3), 3.0);
        QCOMPARE(pair->bandFor(3.0)->id, std::string("higher"));
        QVERIFY(!pair->bandFor(2.5));
        QCOMPARE(pack.findScale("total")->scoring.method, ScoringMethod::Sum);
    }

    void parsesTheTestPacks() {
        const auto thirty = parseTestPack(QStringLiteral("three_subscales_30_items.json"));
        QCOMPARE(thirty.items.size(), std::size_t(30));
        std::set<std::string> reversed;
        for (const auto& item : thirty.items)
            if (item.reverse)
                reversed.insert(item.id);
        QCOMPARE(reversed, (std::set<std::string>{"q1", "q15", "q17", "q29", "q4"}));
        QCOMPARE(thirty.scales.size(), std::size_t(3));

        const auto five = parseTestPack(QStringLiteral("five_items_times_four.json"));
        QCOMPARE(five.scales[0].scoring.multiply, 4.0);

        const auto four = parseTestPack(QStringLiteral("two_pairs_and_total.json"));
        QCOMPARE(four.scales.size(), std::size_t(3));
        QCOMPARE(four.everyDays, 14);
    }

    void optionalFieldsMayBeLeftOut() {
        auto document = validPack();
        document.erase("source_url");
        document["items"][0].erase("reverse");
        document["scales"][1]["scoring"].erase("multiply");
        document["scales"][1]["scoring"].erase("add");
        document["scales"][1].erase("bands");
        const auto pack = tend::parseInstrumentPack(document.dump());
        QVERIFY(pack.sourceUrl.empty());
        const auto* pair = pack.findScale("pair");
        QCOMPARE(pair->scoring.multiply, 1.0);
        QCOMPARE(pair->scoring.add, 0.0);
        QVERIFY(pair->bands.empty());
        QVERIFY(!pair->bandFor(1.0));
    }

    void rejectsWrongKindsOfDocument() {
        QCOMPARE(errorOf([](json& d) { d = json::array(); }),
                 QStringLiteral("expected a JSON object, found an array"));
        QCOMPARE(errorOf([](json& d) { d.erase("format"); }), QStringLiteral("format: required but missing"));
        QCOMPARE(
            errorOf([](json& d) { d["format"] = "tend.checkin-definition"; }),
            QStringLiteral("format: expected \"tend.instrument-pack\", found \"tend.checkin-definition\""));
        QVERIFY(errorOf([](json& d) { d["recal"] = "x"; })
                    .startsWith(QStringLiteral(
                        "recal: unknown key \"recal\"; allowed keys are format, version, id")));
        try {
            (void)tend::parseInstrumentPack(R"({"format": "tend.instrument-pack",)");
            QFAIL("invalid JSON was accepted");
        } catch (const DataFileError& error) {
            QVERIFY(QString::fromStdString(error.what()).startsWith(QStringLiteral("not valid JSON: ")));
        }
        // Found by fuzzing: a number beyond double's range escaped as the JSON library's own exception.
        try {
            (void)tend::parseInstrumentPack(R"({"format": "tend.instrument-pack", "version": 1e400})");
            QFAIL("a number beyond range was accepted");
        } catch (const DataFileError& error) {
            QCOMPARE(QString::fromStdString(error.what()),
                     QStringLiteral("not valid JSON: number overflow parsing '1e400'"));
        }
    }

    void rejectsBadTopLevelFields() {
        QCOMPARE(errorOf([](json& d) { d["version"] = 0; }),
                 QStringLiteral("version: expected an integer from 1 to 2147483647, found 0"));
        QCOMPARE(errorOf([](json& d) { d["id"] = "Small"; }),
                 QStringLiteral(
                     "id: invalid id \"Small\"; use only lowercase letters a-z, digits and underscores"));
        QCOMPARE(errorOf([](json& d) { d.erase("attribution"); }),
                 QStringLiteral("attribution: required but missing"));
        QCOMPARE(errorOf([](json& d) { d["attribution"] = ""; }),
                 QStringLiteral("attribution: must not be empty"));
        QCOMPARE(errorOf([](json& d) { d["name"] = std::string(81, 'x'); }),
                 QStringLiteral("name: too long (81 characters); at most 80 are allowed"));
        QCOMPARE(errorOf([](json& d) { d["validated"] = "no"; }),
                 QStringLiteral("validated: expected a boolean, found a string"));
        QCOMPARE(errorOf([](json& d) { d["source_url"] = "ftp://example.org"; }),
                 QStringLiteral("source_url: expected a web address starting with https:// or http://, found "
                                "\"ftp://example.org\""));
        QCOMPARE(errorOf([](json& d) { d["recall_days"] = 0; }),
                 QStringLiteral("recall_days: expected an integer from 1 to 366, found 0"));
        QCOMPARE(errorOf([](json& d) { d["schedule"] = json::object(); }),
                 QStringLiteral("schedule.every_days: required but missing"));
        QCOMPARE(errorOf([](json& d) { d["schedule"]["every_days"] = 400; }),
                 QStringLiteral("schedule.every_days: expected an integer from 1 to 366, found 400"));
        QVERIFY(errorOf([](json& d) {
                    d["schedule"]["weekday"] = 1;
                }).startsWith(QStringLiteral("schedule.weekday: unknown key \"weekday\"")));
    }

    void rejectsBadResponseScales() {
        QCOMPARE(errorOf([](json& d) { d["response_scale"]["min"] = 3; }),
                 QStringLiteral("response_scale: min (3) must be less than max (3)"));
        QCOMPARE(errorOf([](json& d) { d["response_scale"]["max"] = 11; }),
                 QStringLiteral("response_scale: a response scale has at most 11 points; found 0 to 11"));
        QCOMPARE(
            errorOf([](json& d) { d["response_scale"]["labels"].erase(0); }),
            QStringLiteral("response_scale.labels: expected 4 labels (one per point from 0 to 3), found 3"));
        QCOMPARE(errorOf([](json& d) { d["response_scale"]["labels"][2] = ""; }),
                 QStringLiteral("response_scale.labels[2]: must not be empty"));
        QCOMPARE(errorOf([](json& d) { d["response_scale"]["min"] = 0.5; }),
                 QStringLiteral("response_scale.min: expected an integer, found 0.5"));
    }

    void rejectsBadItems() {
        QCOMPARE(errorOf([](json& d) { d["items"] = json::array(); }),
                 QStringLiteral("items: must list at least one entry"));
        QCOMPARE(errorOf([](json& d) {
                     for (int i = 0; i < 98; ++i)
                         d["items"].push_back(
                             {{"id", std::string("x").append(std::to_string(i))}, {"text", "Placeholder"}});
                 }),
                 QStringLiteral("items: too many entries (101); at most 100 are allowed"));
        QCOMPARE(errorOf([](json& d) { d["items"][0]["text"] = std::string(301, 'x'); }),
                 QStringLiteral("items[0].text: too long (301 characters); at most 300 are allowed"));
        QCOMPARE(errorOf([](json& d) { d["items"][1]["id"] = "a"; }),
                 QStringLiteral("items[1].id: duplicate id \"a\", already used by items[0]"));
        QVERIFY(errorOf([](json& d) { d["items"][2]["reversed"] = true; })
                    .startsWith(
                        QStringLiteral("items[2].reversed: unknown key \"reversed\"; allowed keys are id, "
                                       "text, reverse")));
        QCOMPARE(errorOf([](json& d) { d["items"][2]["reverse"] = 1; }),
                 QStringLiteral("items[2].reverse: expected a boolean, found a number"));
    }

    void rejectsItemsThatCountTowardNoScale() {
        QCOMPARE(errorOf([](json& d) {
                     d["scales"][0]["items"] = {"a", "b"};
                     d["scales"][0]["bands"] = {band("lower", 0, 2), band("higher", 3, 6)};
                 }),
                 QStringLiteral("items[2]: item \"c\" belongs to no scale; add it to a scale or remove it"));
    }

    void rejectsBadScales() {
        QCOMPARE(errorOf([](json& d) { d["scales"] = json::array(); }),
                 QStringLiteral("scales: must list at least one entry"));
        QCOMPARE(errorOf([](json& d) { d["scales"][0]["items"][2] = "d"; }),
                 QStringLiteral("scales[0].items[2]: no item \"d\" in this pack's items"));
        QCOMPARE(
            errorOf([](json& d) { d["scales"][1]["items"][1] = "a"; }),
            QStringLiteral("scales[1].items[1]: item \"a\" is listed twice, already at scales[1].items[0]"));
        QCOMPARE(errorOf([](json& d) { d["scales"][1]["id"] = "total"; }),
                 QStringLiteral("scales[1].id: duplicate id \"total\", already used by scales[0]"));
        QCOMPARE(errorOf([](json& d) { d["scales"][0].erase("scoring"); }),
                 QStringLiteral("scales[0].scoring: required but missing"));
        QCOMPARE(errorOf([](json& d) { d["scales"][0]["scoring"]["method"] = "median"; }),
                 QStringLiteral(
                     "scales[0].scoring.method: unknown method \"median\"; expected \"sum\" or \"mean\""));
        QCOMPARE(
            errorOf([](json& d) { d["scales"][1]["scoring"]["multiply"] = 0; }),
            QStringLiteral("scales[1].scoring.multiply: must be greater than 0, found 0; to turn a scale "
                           "around, mark its items \"reverse\""));
        QCOMPARE(
            errorOf([](json& d) { d["scales"][1]["scoring"]["add"] = 5000; }),
            QStringLiteral("scales[1].scoring.add: expected a number from -1000.0 to 1000.0, found 5000"));
        QVERIFY(errorOf([](json& d) {
                    d["scales"][0]["weight"] = 1;
                }).startsWith(QStringLiteral("scales[0].weight: unknown key \"weight\"")));
    }

    void rejectsBadBands() {
        QCOMPARE(errorOf([](json& d) { d["scales"][0]["bands"][0]["min"] = "0"; }),
                 QStringLiteral("scales[0].bands[0].min: expected a number, found a string"));
        QCOMPARE(errorOf([](json& d) { d["scales"][0]["bands"][0]["max"] = -1; }),
                 QStringLiteral("scales[0].bands[0].max: must not be less than min (0), found -1"));
        QCOMPARE(errorOf([](json& d) { d["scales"][0]["bands"][1]["id"] = "lower"; }),
                 QStringLiteral(
                     "scales[0].bands[1].id: duplicate id \"lower\", already used by scales[0].bands[0]"));
        QCOMPARE(errorOf([](json& d) { d["scales"][0]["bands"][1].erase("interpretation"); }),
                 QStringLiteral("scales[0].bands[1].interpretation: required but missing"));
        QCOMPARE(errorOf([](json& d) { d["scales"][0]["bands"] = json::array(); }),
                 QStringLiteral("scales[0].bands: must list at least one entry"));
    }

    void rejectsOverlappingOrUnorderedBands() {
        QCOMPARE(errorOf([](json& d) { d["scales"][0]["bands"][1]["min"] = 4; }),
                 QStringLiteral(
                     "scales[0].bands[1]: overlaps scales[0].bands[0] (0 to 4); a score of 4 would fall "
                     "in both"));
        QCOMPARE(errorOf([](json& d) {
                     d["scales"][0]["bands"] = {band("higher", 5, 9), band("lower", 0, 4)};
                 }),
                 QStringLiteral(
                     "scales[0].bands[1]: bands must be listed from lowest to highest; this band starts "
                     "at 0, below scales[0].bands[0] (from 5)"));
    }

    void rejectsReachableScoresOutsideEveryBand() {
        QCOMPARE(errorOf([](json& d) { d["scales"][0]["bands"][0]["max"] = 3; }),
                 QStringLiteral(
                     "scales[0].bands: the reachable score 4 falls in no band (between "
                     "scales[0].bands[0], which ends at 3, and scales[0].bands[1], which starts at 5)"));
        QCOMPARE(errorOf([](json& d) { d["scales"][0]["bands"][0]["min"] = 1; }),
                 QStringLiteral(
                     "scales[0].bands: the reachable score 0 falls in no band (below scales[0].bands[0], "
                     "which starts at 1)"));
        QCOMPARE(errorOf([](json& d) { d["scales"][0]["bands"][1]["max"] = 8; }),
                 QStringLiteral(
                     "scales[0].bands: the reachable score 9 falls in no band (above scales[0].bands[1], "
                     "which ends at 8)"));
    }

    void rejectsBandsNoScoreCanReach() {
        QCOMPARE(errorOf([](json& d) { d["scales"][0]["bands"].push_back(band("beyond", 10, 12)); }),
                 QStringLiteral(
                     "scales[0].bands[2]: no reachable score falls in this band; this scale's scores run "
                     "from 0 to 9 in steps of 1"));
        // The doubled mean of two items runs 0, 1, ... 6; nothing lies strictly between 2 and 3.
        QCOMPARE(errorOf([](json& d) {
                     d["scales"][1]["bands"] = {band("lower", 0, 2), band("middle", 2.2, 2.8),
                                                band("higher", 3, 6)};
                 }),
                 QStringLiteral(
                     "scales[1].bands[1]: no reachable score falls in this band; this scale's scores run "
                     "from 0 to 6 in steps of 1"));
    }

    // Bands are real intervals, checked against the scores the scale can actually produce.
    void checksCoverageAtTheScoresGranularity() {
        // A plain mean of two items moves in halves: 1.5 is reachable, so a gap from 1 to 1.6 is not
        // allowed...
        QCOMPARE(errorOf([](json& d) {
                     d["scales"][1]["scoring"]["multiply"] = 1;
                     d["scales"][1]["bands"] = {band("lower", 0, 1), band("higher", 1.6, 3)};
                 }),
                 QStringLiteral(
                     "scales[1].bands: the reachable score 1.5 falls in no band (between "
                     "scales[1].bands[0], which ends at 1, and scales[1].bands[1], which starts at 1.6)"));
        // ...but a gap between 1 and 1.5 holds no reachable score.
        QCOMPARE(errorOf([](json& d) {
                     d["scales"][1]["scoring"]["multiply"] = 1;
                     d["scales"][1]["bands"] = {band("lower", 0, 1), band("higher", 1.5, 3)};
                 }),
                 QStringLiteral("no error"));
        // A mean of three moves in thirds: 4/3 lies between 1.33 and 1.34.
        QCOMPARE(
            errorOf([](json& d) {
                d["scales"][0]["scoring"]["method"] = "mean";
                d["scales"][0]["bands"] = {band("lower", 0, 1.33), band("higher", 1.34, 3)};
            }),
            QStringLiteral("scales[0].bands: the reachable score 1.33333 falls in no band (between "
                           "scales[0].bands[0], which ends at 1.33, and scales[0].bands[1], which starts at "
                           "1.34)"));
        QCOMPARE(errorOf([](json& d) {
                     d["scales"][0]["scoring"]["method"] = "mean";
                     d["scales"][0]["bands"] = {band("lower", 0, 1.3), band("higher", 1.33, 3)};
                 }),
                 QStringLiteral("no error"));
    }

    // A raw sum of five 0-5 items times 4 gives 0, 4, ... 100: 48 and 52 are neighbours, so 0-48 and 52-100
    // cover every score, and so do 0-48 and 50-100; 0-44 and 52-100 leave 48 without a band.
    void acceptsGapsThatNoScoreCanFallInto() {
        auto document =
            json::parse(readTestData(QStringLiteral("packs/five_items_times_four.json")).toStdString());
        auto& bands = document["scales"][0]["bands"];
        QCOMPARE(bands[0]["max"].get<int>(), 48);
        QCOMPARE(bands[1]["min"].get<int>(), 52);
        QCOMPARE(tend::parseInstrumentPack(document.dump()).scales[0].bands.size(), std::size_t(2));

        bands[1]["min"] = 50;
        QCOMPARE(tend::parseInstrumentPack(document.dump()).scales[0].bands[1].min, 50.0);

        bands[0]["max"] = 44;
        bands[1]["min"] = 52;
        try {
            (void)tend::parseInstrumentPack(document.dump());
            QFAIL("a reachable score without a band was accepted");
        } catch (const DataFileError& error) {
            QCOMPARE(
                QString::fromStdString(error.what()),
                QStringLiteral("scales[0].bands: the reachable score 48 falls in no band (between "
                               "scales[0].bands[0], which ends at 44, and scales[0].bands[1], which starts "
                               "at 52)"));
        }
    }

    void namesPathsInsideAnEmbeddingDocument() {
        auto pack = validPack();
        QCOMPARE(tend::parseInstrumentPack(pack, "instrument_packs[1]").id, std::string("small"));

        pack["items"][1]["id"] = "Item b";
        try {
            (void)tend::parseInstrumentPack(pack, "instrument_packs[1]");
            QFAIL("a bad embedded pack was accepted");
        } catch (const DataFileError& error) {
            QCOMPARE(error.path(), std::string("instrument_packs[1].items[1].id"));
            QCOMPARE(
                QString::fromStdString(error.what()),
                QStringLiteral("instrument_packs[1].items[1].id: invalid id \"Item b\"; use only lowercase "
                               "letters a-z, digits and underscores"));
        }

        pack = validPack();
        pack["scales"][0]["bands"][0]["max"] = 3;
        try {
            (void)tend::parseInstrumentPack(pack, "instrument_packs[0]");
            QFAIL("a bad embedded pack was accepted");
        } catch (const DataFileError& error) {
            QCOMPARE(error.path(), std::string("instrument_packs[0].scales[0].bands"));
        }

        try {
            (void)tend::parseInstrumentPack(json::array(), "instrument_packs[2]");
            QFAIL("an array was accepted as a pack");
        } catch (const DataFileError& error) {
            QCOMPARE(QString::fromStdString(error.what()),
                     QStringLiteral("instrument_packs[2]: expected a JSON object, found an array"));
        }
    }
};

QTEST_GUILESS_MAIN(TestInstrumentPack)
#include "tst_instrumentpack.moc"
