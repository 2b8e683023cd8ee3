#include "assessment/scoring.h"

#include <QFile>
#include <QTest>

#include <nlohmann/json.hpp>

#include <cmath>
#include <map>
#include <optional>
#include <string>

using tend::AnswerError;
using tend::AssessmentScores;
using tend::InstrumentPack;

namespace {

using Answers = std::map<std::string, int>;

InstrumentPack loadTestPack(const QString& name) {
    QFile file(QStringLiteral(TEND_TEST_DATA_DIR "/packs/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", qPrintable(file.fileName()));
    return tend::parseInstrumentPack(file.readAll().toStdString());
}

// "q<number>". Built by appending: GCC 12 at -O3 warns falsely (-Wrestrict, GCC bug 105329) on
// "q" + std::to_string(number).
std::string itemId(int number) {
    return std::string("q").append(std::to_string(number));
}

// Answers for items q1..qN given in item order.
Answers inOrder(std::initializer_list<int> values) {
    Answers answers;
    int item = 1;
    for (const int value : values)
        answers[itemId(item++)] = value;
    return answers;
}

Answers everyItem(int count, int value) {
    Answers answers;
    for (int item = 1; item <= count; ++item)
        answers[itemId(item)] = value;
    return answers;
}

// Sets the given items (by number) to one value.
void set(Answers& answers, std::initializer_list<int> items, int value) {
    for (const int item : items)
        answers[itemId(item)] = value;
}

std::optional<double> scoreOf(const AssessmentScores& scores, const char* scaleId) {
    const auto* scale = scores.find(scaleId);
    if (!scale)
        qFatal("no scale %s", scaleId);
    return scale->score;
}

std::string bandOf(const AssessmentScores& scores, const char* scaleId) {
    const auto* scale = scores.find(scaleId);
    if (!scale)
        qFatal("no scale %s", scaleId);
    return scale->bandId.value_or("(none)");
}

QString answerError(const InstrumentPack& pack, const Answers& answers) {
    try {
        (void)tend::scoreAssessment(pack, answers);
    } catch (const AnswerError& error) {
        return QString::fromStdString(error.what());
    }
    return QStringLiteral("no error");
}

} // namespace

class TestScoring final : public QObject {
    Q_OBJECT

private:
    // Subscale items of the 30-item test pack (see tests/unit/data/packs/three_subscales_30_items.json).
    // B's items 1, 4, 15, 17, 29 count as 6 - answer; its other items are 8, 10, 19, 21, 26.
    InstrumentPack m_thirty = loadTestPack(QStringLiteral("three_subscales_30_items.json"));
    InstrumentPack m_five = loadTestPack(QStringLiteral("five_items_times_four.json"));
    InstrumentPack m_four = loadTestPack(QStringLiteral("two_pairs_and_total.json"));

private slots:
    void scoresUniformAnswersWithReverseItems() {
        // All 3: every scale sums to 30 (a reversed 3 is still 3).
        auto scores = tend::scoreAssessment(m_thirty, everyItem(30, 3));
        QCOMPARE(scoreOf(scores, "a"), 30.0);
        QCOMPARE(scoreOf(scores, "b"), 30.0);
        QCOMPARE(scoreOf(scores, "c"), 30.0);
        QCOMPARE(bandOf(scores, "a"), std::string("moderate"));

        // All 1: A and C are 10; B is five reversed 5s and five 1s = 30.
        scores = tend::scoreAssessment(m_thirty, everyItem(30, 1));
        QCOMPARE(scoreOf(scores, "a"), 10.0);
        QCOMPARE(bandOf(scores, "a"), std::string("low"));
        QCOMPARE(scoreOf(scores, "b"), 30.0);
        QCOMPARE(bandOf(scores, "b"), std::string("moderate"));
        QCOMPARE(scoreOf(scores, "c"), 10.0);

        // All 5: A and C are 50; B is five reversed 1s and five 5s = 30.
        scores = tend::scoreAssessment(m_thirty, everyItem(30, 5));
        QCOMPARE(scoreOf(scores, "a"), 50.0);
        QCOMPARE(bandOf(scores, "a"), std::string("high"));
        QCOMPARE(scoreOf(scores, "b"), 30.0);
        QCOMPARE(scoreOf(scores, "c"), 50.0);
        QCOMPARE(bandOf(scores, "c"), std::string("high"));
    }

    void scoresAMixedAnswerSet() {
        // Answer to item i is (i mod 5) + 1: 2 3 4 5 1 2 3 4 5 1 ...
        // A: q3 4 + q6 2 + q12 3 + q16 2 + q18 4 + q20 1 + q22 3 + q24 5 + q27 3 + q30 1 = 28
        // B: q1 2->4, q4 5->1, q8 4, q10 1, q15 1->5, q17 3->3, q19 5, q21 2, q26 2, q29 5->1 = 28
        //    (without reversing it would be 30)
        // C: q2 3 + q5 1 + q7 3 + q9 5 + q11 2 + q13 4 + q14 5 + q23 4 + q25 1 + q28 4 = 32
        Answers answers;
        for (int item = 1; item <= 30; ++item)
            answers[itemId(item)] = item % 5 + 1;
        const auto scores = tend::scoreAssessment(m_thirty, answers);
        QCOMPARE(scores.scales.size(), std::size_t(3));
        QCOMPARE(scores.scales[0].scaleId, std::string("a"));
        QCOMPARE(scoreOf(scores, "a"), 28.0);
        QCOMPARE(scoreOf(scores, "b"), 28.0);
        QCOMPARE(scoreOf(scores, "c"), 32.0);
        QCOMPARE(bandOf(scores, "b"), std::string("moderate"));
    }

    void bandBoundariesOfAPlainSubscale() {
        auto answers = everyItem(30, 3);
        // A = 8 x 2 + 2 x 3 = 22
        set(answers, {3, 6, 12, 16, 18, 20, 22, 24}, 2);
        set(answers, {27, 30}, 3);
        auto scores = tend::scoreAssessment(m_thirty, answers);
        QCOMPARE(scoreOf(scores, "a"), 22.0);
        QCOMPARE(bandOf(scores, "a"), std::string("low"));
        // A = 7 x 2 + 3 x 3 = 23
        set(answers, {24}, 3);
        scores = tend::scoreAssessment(m_thirty, answers);
        QCOMPARE(scoreOf(scores, "a"), 23.0);
        QCOMPARE(bandOf(scores, "a"), std::string("moderate"));
        // A = 9 x 4 + 1 x 5 = 41
        set(answers, {3, 6, 12, 16, 18, 20, 22, 24, 27}, 4);
        set(answers, {30}, 5);
        scores = tend::scoreAssessment(m_thirty, answers);
        QCOMPARE(scoreOf(scores, "a"), 41.0);
        QCOMPARE(bandOf(scores, "a"), std::string("moderate"));
        // A = 8 x 4 + 2 x 5 = 42
        set(answers, {27}, 5);
        scores = tend::scoreAssessment(m_thirty, answers);
        QCOMPARE(scoreOf(scores, "a"), 42.0);
        QCOMPARE(bandOf(scores, "a"), std::string("high"));
    }

    void bandBoundariesThroughReverseItems() {
        auto answers = everyItem(30, 3);
        // Plain B items 4 + 4 + 3 + 3 + 3 = 17; reverse items answered 5 count 1 each: B = 17 + 5 = 22.
        set(answers, {8, 10}, 4);
        set(answers, {19, 21, 26}, 3);
        set(answers, {1, 4, 15, 17, 29}, 5);
        auto scores = tend::scoreAssessment(m_thirty, answers);
        QCOMPARE(scoreOf(scores, "b"), 22.0);
        QCOMPARE(bandOf(scores, "b"), std::string("low"));
        // The same plain answers with the reverse items answered 1 (counting 5 each): B = 17 + 25 = 42.
        set(answers, {1, 4, 15, 17, 29}, 1);
        scores = tend::scoreAssessment(m_thirty, answers);
        QCOMPARE(scoreOf(scores, "b"), 42.0);
        QCOMPARE(bandOf(scores, "b"), std::string("high"));
        // Plain 4 + 4 + 4 + 3 + 3 = 18, reverse items answered 5: B = 18 + 5 = 23.
        set(answers, {19}, 4);
        set(answers, {1, 4, 15, 17, 29}, 5);
        scores = tend::scoreAssessment(m_thirty, answers);
        QCOMPARE(scoreOf(scores, "b"), 23.0);
        QCOMPARE(bandOf(scores, "b"), std::string("moderate"));
        // Plain 4 + 3 + 3 + 3 + 3 = 16, reverse items answered 1: B = 16 + 25 = 41.
        set(answers, {10, 19}, 3);
        set(answers, {1, 4, 15, 17, 29}, 1);
        scores = tend::scoreAssessment(m_thirty, answers);
        QCOMPARE(scoreOf(scores, "b"), 41.0);
        QCOMPARE(bandOf(scores, "b"), std::string("moderate"));
        // One reverse item alone: answering q1 with 2 instead of 1 lowers B by one (it counts 4, not 5).
        set(answers, {1}, 2);
        scores = tend::scoreAssessment(m_thirty, answers);
        QCOMPARE(scoreOf(scores, "b"), 40.0);
        // None of this touched A or C.
        QCOMPARE(scoreOf(scores, "a"), 30.0);
        QCOMPARE(scoreOf(scores, "c"), 30.0);
    }

    void multipliesARawSum() {
        auto scores = tend::scoreAssessment(m_five, inOrder({3, 3, 2, 2, 2})); // raw 12
        QCOMPARE(scoreOf(scores, "total"), 48.0);
        QCOMPARE(bandOf(scores, "total"), std::string("low"));
        scores = tend::scoreAssessment(m_five, inOrder({3, 3, 3, 2, 2})); // raw 13
        QCOMPARE(scoreOf(scores, "total"), 52.0);
        QCOMPARE(bandOf(scores, "total"), std::string("higher"));
        scores = tend::scoreAssessment(m_five, everyItem(5, 0));
        QCOMPARE(scoreOf(scores, "total"), 0.0);
        QCOMPARE(bandOf(scores, "total"), std::string("low"));
        scores = tend::scoreAssessment(m_five, everyItem(5, 5));
        QCOMPARE(scoreOf(scores, "total"), 100.0);
        QCOMPARE(bandOf(scores, "total"), std::string("higher"));
        scores = tend::scoreAssessment(m_five, inOrder({5, 4, 1, 0, 3})); // raw 13
        QCOMPARE(scoreOf(scores, "total"), 52.0);
    }

    void scoresTwoPairsAndTheirTotal() {
        struct Case {
            std::initializer_list<int> answers;
            double first, second, total;
            const char *firstBand, *secondBand, *totalBand;
        };
        const Case cases[] = {
            {{0, 0, 0, 0}, 0, 0, 0, "below_cutoff", "below_cutoff", "none"},
            {{1, 1, 2, 1}, 2, 3, 5, "below_cutoff", "at_or_above_cutoff", "mild"},
            {{2, 1, 0, 0}, 3, 0, 3, "at_or_above_cutoff", "below_cutoff", "mild"},
            {{1, 2, 3, 2}, 3, 5, 8, "at_or_above_cutoff", "at_or_above_cutoff", "moderate"},
            {{1, 1, 1, 0}, 2, 1, 3, "below_cutoff", "below_cutoff", "mild"},
            {{1, 1, 0, 0}, 2, 0, 2, "below_cutoff", "below_cutoff", "none"},
            {{3, 3, 0, 0}, 6, 0, 6, "at_or_above_cutoff", "below_cutoff", "moderate"},
            {{2, 3, 2, 2}, 5, 4, 9, "at_or_above_cutoff", "at_or_above_cutoff", "severe"},
            {{3, 3, 3, 3}, 6, 6, 12, "at_or_above_cutoff", "at_or_above_cutoff", "severe"},
        };
        for (const auto& c : cases) {
            const auto scores = tend::scoreAssessment(m_four, inOrder(c.answers));
            QCOMPARE(scoreOf(scores, "first_pair"), c.first);
            QCOMPARE(scoreOf(scores, "second_pair"), c.second);
            QCOMPARE(scoreOf(scores, "total"), c.total);
            QCOMPARE(bandOf(scores, "first_pair"), std::string(c.firstBand));
            QCOMPARE(bandOf(scores, "second_pair"), std::string(c.secondBand));
            QCOMPARE(bandOf(scores, "total"), std::string(c.totalBand));
        }
    }

    void leavesScalesWithMissingAnswersUnscored() {
        auto answers = inOrder({2, 1, 3});
        auto scores = tend::scoreAssessment(m_four, answers);
        QCOMPARE(scoreOf(scores, "first_pair"), 3.0);
        QCOMPARE(bandOf(scores, "first_pair"), std::string("at_or_above_cutoff"));
        QVERIFY(scores.find("first_pair")->complete());
        QVERIFY(!scores.find("second_pair")->complete());
        QVERIFY(!scores.find("second_pair")->bandId);
        QVERIFY(!scoreOf(scores, "total"));
        QVERIFY(!scores.find("total")->bandId);

        scores = tend::scoreAssessment(m_four, {});
        QCOMPARE(scores.scales.size(), std::size_t(3));
        for (const auto& scale : scores.scales)
            QVERIFY(!scale.complete());

        // One skipped item of thirty leaves only its own subscale without a number.
        auto thirty = everyItem(30, 2);
        thirty.erase("q17");
        scores = tend::scoreAssessment(m_thirty, thirty);
        QCOMPARE(scoreOf(scores, "a"), 20.0);
        QVERIFY(!scoreOf(scores, "b"));
        QCOMPARE(scoreOf(scores, "c"), 20.0);
    }

    void rejectsAnswersThatDoNotFit() {
        QCOMPARE(answerError(m_four, inOrder({0, 0, 0, 0, 1})),
                 QStringLiteral("Pack \"two_pairs_and_total\" has no item \"q5\""));
        QCOMPARE(
            answerError(m_four, inOrder({0, 4})),
            QStringLiteral("Answer 4 for item \"q2\" of pack \"two_pairs_and_total\" is outside the response "
                           "scale 0 to 3"));
        QCOMPARE(answerError(m_four, inOrder({-1})),
                 QStringLiteral(
                     "Answer -1 for item \"q1\" of pack \"two_pairs_and_total\" is outside the response "
                     "scale 0 to 3"));
        QCOMPARE(answerError(m_thirty, inOrder({0})),
                 QStringLiteral(
                     "Answer 0 for item \"q1\" of pack \"three_subscales\" is outside the response scale "
                     "1 to 5"));
        QCOMPARE(answerError(m_thirty, inOrder({1, 5})), QStringLiteral("no error"));
    }

    void scoresTheMonthlyReflection() {
        QFile file(QStringLiteral(TEND_ASSETS_DIR "/packs/monthly_reflection.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const auto pack = tend::parseInstrumentPack(file.readAll().toStdString());
        // Carrying: 4 + 3 + 3 + 2 + 2 = 14, the first score of the heaviest band.
        // Sustaining: 1 + 1 + 2 + 1 + 1 = 6, the last score of the lowest band.
        const Answers answers{{"followed_home", 4}, {"worn_down", 3},   {"on_edge", 3},
                              {"pulled_back", 2},   {"little_left", 2}, {"made_difference", 1},
                              {"backed_up", 1},     {"restored", 2},    {"why_i_do_it", 1},
                              {"kind_to_myself", 1}};
        auto scores = tend::scoreAssessment(pack, answers);
        QCOMPARE(scoreOf(scores, "carrying"), 14.0);
        QCOMPARE(bandOf(scores, "carrying"), std::string("heavy"));
        QCOMPARE(scoreOf(scores, "sustaining"), 6.0);
        QCOMPARE(bandOf(scores, "sustaining"), std::string("running_low"));

        scores = tend::scoreAssessment(pack, {{"followed_home", 2}, {"worn_down", 1}});
        QVERIFY(!scores.find("carrying")->complete());
        QVERIFY(!scores.find("sustaining")->complete());
    }

    void scoresAMeanWithATransform() {
        // Three items 0-4, mean times 25 plus 10 (a transform for the test's sake), with item c reversed.
        const auto pack = tend::parseInstrumentPack(R"({
            "format": "tend.instrument-pack", "version": 1, "id": "mean_pack", "name": "Placeholder",
            "description": "Placeholder.", "validated": false, "attribution": "Placeholder.",
            "licence": "Placeholder.", "recall": "placeholder", "recall_days": 7, "schedule": {"every_days": 7},
            "instructions": "Placeholder.",
            "response_scale": {"min": 0, "max": 4, "labels": ["0", "1", "2", "3", "4"]},
            "items": [{"id": "a", "text": "Placeholder item 1"}, {"id": "b", "text": "Placeholder item 2"},
                      {"id": "c", "text": "Placeholder item 3", "reverse": true}],
            "scales": [
                {"id": "mean", "name": "Mean", "items": ["a", "b", "c"],
                 "scoring": {"method": "mean", "multiply": 25, "add": 10},
                 "bands": [{"id": "lower", "label": "Lower", "min": 10, "max": 50, "interpretation": "Placeholder."},
                           {"id": "upper", "label": "Upper", "min": 51, "max": 110, "interpretation": "Placeholder."}]},
                {"id": "plain", "name": "Plain", "items": ["a"], "scoring": {"method": "sum"}}
            ]
        })");
        // a 1, b 2, c 3 -> 1: mean 4/3, times 25 = 33.33..., plus 10 = 43.33...
        auto scores = tend::scoreAssessment(pack, {{"a", 1}, {"b", 2}, {"c", 3}});
        QCOMPARE(*scoreOf(scores, "mean"), 4.0 / 3.0 * 25.0 + 10.0);
        QVERIFY(std::abs(*scoreOf(scores, "mean") - 43.3333333) < 1e-6);
        QCOMPARE(bandOf(scores, "mean"), std::string("lower"));
        // A scale without bands has a score and no band.
        QCOMPARE(scoreOf(scores, "plain"), 1.0);
        QVERIFY(!scores.find("plain")->bandId);
        QVERIFY(scores.find("plain")->complete());

        // a 2, b 2, c 2 -> 2: mean 2, times 25 = 50, plus 10 = 60.
        scores = tend::scoreAssessment(pack, {{"a", 2}, {"b", 2}, {"c", 2}});
        QCOMPARE(scoreOf(scores, "mean"), 60.0);
        QCOMPARE(bandOf(scores, "mean"), std::string("upper"));
        // a 4, b 4, c 0 -> 4: the highest score, 110.
        scores = tend::scoreAssessment(pack, {{"a", 4}, {"b", 4}, {"c", 0}});
        QCOMPARE(scoreOf(scores, "mean"), 110.0);
    }
};

QTEST_GUILESS_MAIN(TestScoring)
#include "tst_scoring.moc"
