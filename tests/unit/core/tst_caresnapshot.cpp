#include "care/caresnapshot.h"
#include "content/selfcarelibrary.h"
#include "insightstesthelpers.h"
#include "prompts/promptrules.h"
#include "storage/checkinrepository.h"
#include "storage/database.h"
#include "storage/hardmomentrepository.h"
#include "storage/prompteventrepository.h"
#include "storage/selfcareplanrepository.h"
#include "testdatabases.h"

#include <QFile>
#include <QTest>

using namespace boost::gregorian;
using insightstest::checkinOn;

namespace {

std::string asset(const char* path) {
    QFile file(QStringLiteral(TEND_ASSETS_DIR "/") + QLatin1String(path));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing asset %s", path);
    return file.readAll().toStdString();
}

const date today(2026, 11, 27);

} // namespace

class TestCareSnapshot final : public QObject {
    Q_OBJECT

    tend::test::TestDatabases m_databases;
    std::optional<tend::Database> m_db;
    tend::CheckinDefinition m_definition = insightstest::shippedDefinition();
    tend::SelfCareLibrary m_library = tend::parseSelfCareLibrary(asset("selfcare/library.json"));
    tend::PromptRules m_rules = tend::parsePromptRules(asset("prompts/rules.json"));

    struct Repositories {
        tend::CheckinRepository checkins;
        tend::HardMomentRepository moments;
        tend::SelfCarePlanRepository plan;
        tend::PromptEventRepository events;
    };

    Repositories repositories() {
        return {tend::CheckinRepository(*m_db), tend::HardMomentRepository(*m_db),
                tend::SelfCarePlanRepository(*m_db), tend::PromptEventRepository(*m_db)};
    }

    tend::CareSnapshot snapshot(Repositories& r) {
        const tend::CareSources sources{*m_db,      m_definition, insightstest::shippedTracked,
                                        r.checkins, r.moments,    r.plan,
                                        r.events,   m_library,    m_rules};
        return tend::buildCareSnapshot(sources, today);
    }

    // Six calm weeks (on edge 1), then a week on edge at 3: a clear move away from the usual for one
    // indicator, while the other stress questions stay at 0 so no index reaches a harder range.
    void saveHardWeekAfterCalmWeeks(tend::CheckinRepository& checkins) {
        for (int back = 48; back >= 0; --back) {
            const date day = today - days(back);
            const int onEdge = back < 7 ? 3 : 1;
            auto checkin = checkinOn(day, {{"mood", 3},
                                           {"on_edge", onEdge},
                                           {"sleep", 3},
                                           {"intrusion", 0},
                                           {"avoid_reminders", 0},
                                           {"avoid_work_tasks", 0},
                                           {"numb", 0}});
            checkin.createdAt = checkin.updatedAt =
                boost::posix_time::ptime(day, boost::posix_time::hours(20));
            checkins.save(checkin);
        }
    }

private slots:
    void init() {
        QVERIFY(m_databases.isValid());
        m_db.emplace(m_databases.openMigrated());
    }
    void cleanup() { m_db.reset(); }

    void emptyHistoryGivesNoNumbersAndNoPrompts() {
        auto r = repositories();
        const auto care = snapshot(r);
        QCOMPARE(care.insights.checkins.total, 0);
        QVERIFY(care.prompts.empty());
        QVERIFY(care.facts.find("index.sts_load.value") == care.facts.end());
        const auto json = tend::careSnapshotToJson(care);
        QVERIFY(json["prompts"].is_array());
        QVERIFY(json["prompts"].empty());
    }

    void aRiseFromTheUsualSuggestsMatchingSelfCareFromThePlan() {
        auto r = repositories();
        saveHardWeekAfterCalmWeeks(r.checkins);
        // An action that suits being on edge, and one of the worker's own that suits nothing known.
        (void)r.plan.addOwn("Ring my sister", today - days(60));
        const auto walk =
            r.plan.addFromLibrary("walk_between_visits", "Walk round the block", today - days(60));

        const auto care = snapshot(r);
        const auto it = std::find_if(care.prompts.begin(), care.prompts.end(), [](const tend::Prompt& p) {
            return p.ruleId == "selfcare_strain_rising" && p.subject == "on_edge";
        });
        QVERIFY(it != care.prompts.end());
        QCOMPARE(it->planActionId.value_or(-1), walk.id);
        QCOMPARE(it->planActionTitle, std::string("Walk round the block"));
        // Last 7 days all 3; the usual weeks all 1.
        QCOMPARE(QString::fromStdString(it->reason),
                 QStringLiteral(
                     "Your ratings for “tense or easily startled” averaged 3.0 this week, up from 1.0 in "
                     "your usual weeks."));
        // The stress index moved by a quarter of that, so nothing more than self-care is suggested.
        for (const auto& prompt : care.prompts)
            QVERIFY2(prompt.kind == tend::PromptKind::SelfCare, prompt.ruleId.c_str());

        const auto json = tend::careSnapshotToJson(care);
        bool found = false;
        for (const auto& prompt : json["prompts"]) {
            if (prompt["rule"] == "selfcare_strain_rising") {
                found = true;
                QCOMPARE(prompt["plan_action"]["id"].get<std::int64_t>(), walk.id);
                QCOMPARE(prompt["kind"].get<std::string>(), std::string("self_care"));
            }
        }
        QVERIFY(found);
        QCOMPARE(json["checkins"]["total"].get<int>(), 49);
    }

    void buildingASnapshotWritesNothing() {
        auto r = repositories();
        saveHardWeekAfterCalmWeeks(r.checkins);
        (void)r.plan.addFromLibrary("walk_between_visits", "Walk round the block", today - days(60));
        QVERIFY(!snapshot(r).prompts.empty());
        QVERIFY(r.events.since(today - days(400)).empty());
    }

    void ticksFeedWhatHelps() {
        auto r = repositories();
        const auto walk = r.plan.addFromLibrary("walk_between_visits", "Walk", today - days(30));
        // Alternate days with and without the walk; the day after a walk has mood 4, otherwise 2.
        for (int back = 20; back >= 1; --back) {
            const date day = today - days(back);
            const bool walked = back % 2 == 0;
            const bool afterWalk = !walked;
            auto checkin = checkinOn(day, {{"mood", afterWalk ? 4 : 2}});
            if (walked)
                checkin.selfCareDone = {walk.id};
            checkin.createdAt = checkin.updatedAt =
                boost::posix_time::ptime(day, boost::posix_time::hours(20));
            r.checkins.save(checkin);
        }
        const auto care = snapshot(r);
        QCOMPARE(care.insights.whatHelps.size(), std::size_t(1));
        QCOMPARE(care.insights.whatHelps.front().actionId, walk.id);
    }
};

QTEST_GUILESS_MAIN(TestCareSnapshot)
#include "tst_caresnapshot.moc"
