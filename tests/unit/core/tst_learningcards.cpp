#include "content/learningcards.h"
#include "domain/checkindefinition.h"

#include "datafiletesting.h"

#include <QTest>

#include <nlohmann/json.hpp>

#include <functional>
#include <string>

using nlohmann::json;
using tend::test::addBadFileColumns;
using tend::test::badFile;
using tend::test::readAsset;

namespace {

json validCards() {
    return json::parse(R"({
        "format": "tend.learning-cards",
        "version": 1,
        "cards": [
            {"id": "rest", "title": "Rest", "summary": "Why rest matters.", "paragraphs": ["One.", "Two."],
             "related": ["sleep", "wellbeing"]},
            {"id": "numbers", "title": "Numbers", "summary": "What they mean.", "paragraphs": ["Only one."],
             "related": ["wellbeing"]}
        ]
    })");
}

QByteArray variant(const std::function<void(json&)>& change) {
    return tend::test::changed(validCards(), change);
}

} // namespace

class TestLearningCards final : public QObject {
    Q_OBJECT

private slots:
    void parsesTheShippedCards() {
        const auto cards =
            tend::parseLearningCards(readAsset(QStringLiteral("learning/cards.json")).toStdString());
        QCOMPARE(cards.cards.size(), std::size_t(15));
        for (const auto* id :
             {"secondary_traumatic_stress", "burnout", "compassion_satisfaction", "signs_to_watch",
              "selfcare_is_part_of_the_work", "rest_and_recovery", "what_the_numbers_mean",
              "reaching_for_more_support", "after_critical_incident", "grounding_now", "vicarious_trauma",
              "moral_injury", "shift_work_and_sleep", "supporting_a_colleague", "raising_workload"})
            QVERIFY2(cards.find(id), id);

        const auto definition =
            tend::parseCheckinDefinition(readAsset(QStringLiteral("checkin/daily.json")).toStdString());
        const auto indexKeys = tend::test::indexKeys();
        for (const auto& card : cards.cards) {
            QVERIFY2(!card.related.empty(), card.id.c_str());
            for (const auto& tag : card.related) {
                // A retired question is never charted or prompted again, so a card cannot hang on it.
                const auto* item = definition.find(tag);
                QVERIFY2((item && !item->retired) || indexKeys.contains(tag), (card.id + ": " + tag).c_str());
            }
        }
        // The card about the numbers must say plainly that they are not a diagnosis.
        const auto* numbers = cards.find("what_the_numbers_mean");
        bool saysNotADiagnosis = numbers->summary.find("never a diagnosis") != std::string::npos;
        for (const auto& paragraph : numbers->paragraphs)
            saysNotADiagnosis =
                saysNotADiagnosis || paragraph.find("not a test or a diagnosis") != std::string::npos;
        QVERIFY(saysNotADiagnosis);
    }

    // A follow-up after an intense hard moment opens these two cards by id; they must keep their promises.
    void theCardsForAnIntenseMomentSayWhatMatters() {
        const auto cards =
            tend::parseLearningCards(readAsset(QStringLiteral("learning/cards.json")).toStdString());
        const auto textOf = [](const tend::LearningCard& card) {
            std::string text = card.summary;
            for (const auto& paragraph : card.paragraphs)
                text += "\n" + paragraph;
            return text;
        };
        const auto incident = textOf(*cards.find("after_critical_incident"));
        for (const char* promise : {"common", "you decide how much to share", "Support page", "crisis line"})
            QVERIFY2(incident.find(promise) != std::string::npos, promise);

        // Grounding: permission to stop first, then short numbered steps, then where to find more help.
        const auto& grounding = *cards.find("grounding_now");
        QVERIFY(grounding.paragraphs.front().find("stop at any point") != std::string::npos);
        int steps = 0;
        for (const auto& paragraph : grounding.paragraphs) {
            if (paragraph.starts_with(std::to_string(steps + 1) + ". ")) {
                ++steps;
                QVERIFY2(paragraph.size() <= 200, paragraph.c_str());
            }
        }
        QCOMPARE(steps, 5);
        QVERIFY(grounding.paragraphs.back().find("Support page") != std::string::npos);
        QCOMPARE(cards.relatedTo("intrusion").front()->id, std::string("secondary_traumatic_stress"));
    }

    void readsEveryFieldAndFindsRelatedCards() {
        const auto cards = tend::parseLearningCards(validCards().dump());
        QCOMPARE(cards.version, 1);
        const auto& rest = cards.cards.at(0);
        QCOMPARE(rest.id, std::string("rest"));
        QCOMPARE(rest.title, std::string("Rest"));
        QCOMPARE(rest.summary, std::string("Why rest matters."));
        QCOMPARE(rest.paragraphs, (std::vector<std::string>{"One.", "Two."}));
        QCOMPARE(rest.related, (std::vector<std::string>{"sleep", "wellbeing"}));
        QCOMPARE(cards.find("numbers"), &cards.cards.at(1));
        QCOMPARE(cards.find("other"), nullptr);
        QCOMPARE(cards.relatedTo("wellbeing"),
                 (std::vector<const tend::LearningCard*>{&cards.cards.at(0), &cards.cards.at(1)}));
        QCOMPARE(cards.relatedTo("sleep"), std::vector<const tend::LearningCard*>{&cards.cards.at(0)});
        QVERIFY(cards.relatedTo("burnout").empty());
    }

    void acceptsAParagraphOfExactly600Characters() {
        const auto cards = tend::parseLearningCards(
            variant([](json& d) { d["cards"][0]["paragraphs"][0] = std::string(600, 'p'); }).toStdString());
        QCOMPARE(cards.cards.at(0).paragraphs.at(0).size(), std::size_t(600));
    }

    void rejectsBadCards_data() {
        addBadFileColumns();
        badFile("not JSON", "cards", "", "not valid JSON");
        badFile("wrong format", variant([](json& d) { d["format"] = "tend.selfcare-library"; }), "format",
                R"(expected "tend.learning-cards", found "tend.selfcare-library")");
        badFile("unknown key", variant([](json& d) { d["cards"][1]["body"] = "x"; }), "cards[1].body",
                R"(unknown key "body"; allowed keys are id, title, summary, paragraphs, related)");
        badFile("no cards", variant([](json& d) { d["cards"] = json::array(); }), "cards",
                "must list at least one entry");
        badFile("duplicate id", variant([](json& d) { d["cards"][1]["id"] = "rest"; }), "cards[1].id",
                R"(duplicate id "rest", already used by cards[0])");
        badFile("summary too long",
                variant([](json& d) { d["cards"][0]["summary"] = std::string(161, 's'); }),
                "cards[0].summary", "too long (161 characters); at most 160");
        badFile("missing paragraphs", variant([](json& d) { d["cards"][0].erase("paragraphs"); }),
                "cards[0].paragraphs", "required but missing");
        badFile("no paragraphs", variant([](json& d) { d["cards"][0]["paragraphs"] = json::array(); }),
                "cards[0].paragraphs", "must list at least one entry");
        badFile("paragraph too long",
                variant([](json& d) { d["cards"][1]["paragraphs"][0] = std::string(601, 'p'); }),
                "cards[1].paragraphs[0]", "too long (601 characters); at most 600");
        badFile("empty paragraph", variant([](json& d) { d["cards"][0]["paragraphs"][1] = ""; }),
                "cards[0].paragraphs[1]", "must not be empty");
        badFile("paragraph a number", variant([](json& d) { d["cards"][0]["paragraphs"][1] = 2; }),
                "cards[0].paragraphs[1]", "expected a string, found a number");
        badFile("missing related", variant([](json& d) { d["cards"][1].erase("related"); }),
                "cards[1].related", "required but missing");
        badFile("bad related tag", variant([](json& d) { d["cards"][0]["related"][0] = "Sleep"; }),
                "cards[0].related[0]", R"(invalid id "Sleep")");
        badFile("duplicate related tag",
                variant([](json& d) { d["cards"][0]["related"].push_back("sleep"); }), "cards[0].related[2]",
                R"(duplicate tag "sleep", already listed at cards[0].related[0])");
    }
    void rejectsBadCards() { tend::test::verifyBadFileRejected(tend::parseLearningCards); }
};

QTEST_GUILESS_MAIN(TestLearningCards)
#include "tst_learningcards.moc"
