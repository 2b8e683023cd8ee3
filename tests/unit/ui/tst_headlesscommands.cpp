#include "cli/headlesscommands.h"
#include "testsession.h"

#include <nlohmann/json.hpp>

#include <QTest>

#include <sstream>

using namespace tend;
using namespace tend::ui;
using boost::gregorian::days;

class TestHeadlessCommands final : public QObject {
    Q_OBJECT

    static LaunchOptions insightsOptions(bool json) {
        LaunchOptions options;
        options.command = {QStringLiteral("insights")};
        options.json = json;
        return options;
    }

private slots:
    void insightsJsonHoldsHandComputedIndices() {
        test::TestSession env;
        // Five days of exhaustion 3 and distance 1 (0-4): burnout each day = (75 + 25) / 2 = 50.
        for (int back = 4; back >= 0; --back)
            env.saveCheckin(env.today() - days(back), {{"exhaustion", 3}, {"distance", 1}}, false,
                            "a private note that must never be printed");

        std::ostringstream out;
        std::ostringstream err;
        QCOMPARE(runHeadlessCommand(insightsOptions(true), *env.session, out, err), 0);
        QVERIFY(err.str().empty());
        const auto json = nlohmann::json::parse(out.str());
        QCOMPARE(json["today"].get<std::string>(), std::string("2026-11-27"));
        QCOMPARE(json["indices"]["burnout"]["value"].get<double>(), 50.0);
        QCOMPARE(json["indices"]["burnout"]["band"].get<std::string>(), std::string("moderate"));
        QCOMPARE(json["indices"]["burnout"]["days7"].get<int>(), 5);
        // Nothing answered for wellbeing: no number, a status instead.
        QVERIFY(json["indices"]["wellbeing"]["value"].is_null());
        QCOMPARE(json["indices"]["wellbeing"]["status"].get<std::string>(), std::string("not_enough_data"));
        QVERIFY(json["prompts"].is_array());
        QVERIFY(out.str().find("private note") == std::string::npos);
    }

    void insightsSummaryIsReadable() {
        test::TestSession env;
        env.saveCheckin(env.today(), {{"mood", 2}});
        std::ostringstream out;
        std::ostringstream err;
        QCOMPARE(runHeadlessCommand(insightsOptions(false), *env.session, out, err), 0);
        const QString text = QString::fromStdString(out.str());
        QVERIFY2(text.startsWith(QStringLiteral("Insights for 2026-11-27 (1 check-ins)")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("wellbeing: not enough check-ins yet")));
        QVERIFY2(text.contains(QStringLiteral("These lines are Tend's own choice, not validated clinical "
                                              "thresholds")),
                 qPrintable(text));
    }

    void readingInsightsWritesNothing() {
        test::TestSession env;
        env.saveCheckin(env.today(), {{"mood", 0}, {"numb", 4}, {"intrusion", 4}});
        std::ostringstream out;
        std::ostringstream err;
        QCOMPARE(runHeadlessCommand(insightsOptions(true), *env.session, out, err), 0);
        QVERIFY(env.session->promptEvents().since(env.today() - days(1)).empty());
    }
};

QTEST_MAIN(TestHeadlessCommands)
#include "tst_headlesscommands.moc"
