#include "app/launchoptions.h"
#include "cli/headlesscommands.h"
#include "testsession.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sstream>

using namespace tend;
using namespace tend::ui;
namespace bg = boost::gregorian;
namespace bpt = boost::posix_time;

namespace {

const QString noteMarker = QStringLiteral("MARKER-CHECKIN-NOTE-4410");

bg::date nov(int day) {
    return {2026, 11, static_cast<unsigned short>(day)};
}

LaunchOptions parse(QStringList arguments) {
    arguments.prepend(QStringLiteral("tend"));
    return parseLaunchOptions(arguments);
}

} // namespace

// `tend supervision` on a hand-built history. Today is Friday 27 November 2026; two weeks are 14-27
// November.
class TestSupervisionCommand final : public QObject {
    Q_OBJECT

    std::unique_ptr<test::TestSession> m_env;
    QTemporaryDir m_out;

    void save(bg::date date, std::map<std::string, int> answers, std::set<std::int64_t> selfCare = {},
              bool restDay = false, std::string note = {}) {
        Checkin checkin;
        checkin.date = date;
        checkin.answers = std::move(answers);
        checkin.selfCareDone = std::move(selfCare);
        checkin.restDay = restDay;
        checkin.note = std::move(note);
        checkin.createdAt = bpt::ptime(date, bpt::hours(20));
        checkin.updatedAt = checkin.createdAt;
        m_env->session->checkins().save(checkin);
    }

    // Wellbeing is mood alone here (0-4, 25 points a step); "a lot" of distressing material is its top
    // answer, 2.
    //   In October, walks came before worse days and calls before better ones: over the whole history a
    //   call would seem to help.
    //   In the two weeks:
    //     day   14  15  16  17  18  19  20  21  22
    //     mood   2   4   2   4   2   4   2   2   2
    //     walk   x       x       x
    //     call       x       x       x
    //   After walks the next day's wellbeing is 100 against 50 after the other days: the walk helps. After
    //   calls it is 50 against 80: not listed.
    void buildHistory() {
        auto& session = *m_env->session;
        const auto walk = session.plan().addOwn("Walk after work", bg::date(2026, 9, 1)).id;
        const auto call = session.plan().addOwn("Call a friend", bg::date(2026, 9, 1)).id;
        for (int day = 1; day <= 12; day += 2) {
            save(bg::date(2026, 10, day), {{"mood", 2}}, {walk});
            save(bg::date(2026, 10, day + 1), {{"mood", 0}}, {call});
        }
        const std::map<int, int> mood{{14, 2}, {15, 4}, {16, 2}, {17, 4}, {18, 2},
                                      {19, 4}, {20, 2}, {21, 2}, {22, 2}};
        for (const auto& [day, value] : mood) {
            std::set<std::int64_t> done;
            if (day == 14 || day == 16 || day == 18)
                done.insert(walk);
            if (day == 15 || day == 17 || day == 19)
                done.insert(call);
            std::map<std::string, int> answers{{"mood", value}, {"exhaustion", 3}};
            if (day == 15 || day == 20)
                answers["distressing_material"] = 2;
            save(nov(day), answers, done, false, day == 17 ? noteMarker.toStdString() : std::string());
        }
        save(nov(23), {}, {}, true);
        m_env->addHardMoment(nov(16), 2);
        m_env->addHardMoment(nov(21), 3);
        m_env->addHardMoment(nov(2), 3); // before the two weeks

        AssessmentResult result;
        result.packId = "monthly_reflection";
        result.takenOn = nov(21);
        result.takenAt = bpt::ptime(nov(21), bpt::hours(19));
        result.scores.scales = {{"carrying", 9.0, "some_weight"}};
        (void)session.assessments().add(result);
    }

    // Runs the command as `tend` would after parsing; returns its exit code.
    int run(const QStringList& arguments, std::string* printed = nullptr, std::string* problem = nullptr) {
        const auto options = parse(arguments);
        if (!options.error.isEmpty()) {
            if (problem)
                *problem = options.error.toStdString();
            return 2;
        }
        std::ostringstream out;
        std::ostringstream err;
        const int code = runHeadlessCommand(options, *m_env->session, out, err);
        if (printed)
            *printed = out.str();
        if (problem)
            *problem = err.str();
        return code;
    }

    QString readText(const QString& path) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return QString::fromUtf8(file.readAll());
    }

    QString outPath(const QString& name) const { return m_out.filePath(name); }

private slots:
    void init() {
        m_env = std::make_unique<test::TestSession>();
        buildHistory();
    }

    void cleanup() { m_env.reset(); }

    void textOpensOnTalkingPointsAndWorkload() {
        const QString path = outPath(QStringLiteral("two-weeks.txt"));
        std::string printed;
        QCOMPARE(run({QStringLiteral("supervision"), QStringLiteral("--weeks"), QStringLiteral("2"),
                      QStringLiteral("--out"), path, QStringLiteral("--talking-point"),
                      QStringLiteral("The rota in December"), QStringLiteral("--need"),
                      QStringLiteral("time_to_recover"), QStringLiteral("--need"),
                      QStringLiteral("caseload_review"), QStringLiteral("--need-note"),
                      QStringLiteral("Fewer night shifts for a month")},
                     &printed),
                 0);
        QVERIFY2(QString::fromStdString(printed).startsWith(QStringLiteral("Wrote the supervision document")),
                 printed.c_str());
        const QString text = readText(path);
        QVERIFY2(text.startsWith(QStringLiteral("Preparing for supervision\n")), qPrintable(text));

        // The sections, in the order the worker leads with.
        const QStringList order{QStringLiteral("What I would like to talk about\n- The rota in December\n"),
                                QStringLiteral("My workload and rest\n"),
                                QStringLiteral("What I need from the service\n"),
                                QStringLiteral("Looking after myself\n"),
                                QStringLiteral("Reflections\n"),
                                QStringLiteral("Made with Tend on")};
        qsizetype at = 0;
        for (const QString& part : order) {
            const qsizetype found = text.indexOf(part, at);
            QVERIFY2(found >= 0,
                     qPrintable(
                         QStringLiteral("\"%1\" missing or out of order in:\n%2").arg(part.trimmed(), text)));
            at = found + part.size();
        }

        // Workload, hand-counted: moments on the 16th and the 21st (very hard); "a lot" on the 15th and the
        // 20th; the 23rd off. The 2nd lies before the two weeks.
        QVERIFY(text.contains(QStringLiteral("- Hard moments I noted: 2, 1 of them very hard\n")));
        QVERIFY(text.contains(QStringLiteral("- Days with a lot of distressing material: 2\n")));
        QVERIFY(text.contains(QStringLiteral("- Days off or leave: 1\n")));
        // Needs in the list's order, whatever order they were given in, then the worker's note.
        QVERIFY(
            text.contains(QStringLiteral("What I need from the service\n- A review of my caseload\n- Time "
                                         "to recover: lighter days or leave\nFewer night shifts for a "
                                         "month\n")));
        QVERIFY(text.contains(QStringLiteral("10 days with a check-in")));
        QVERIFY(!text.contains(noteMarker));
    }

    void scoresAreAbsentUnlessAskedFor() {
        const QString plain = outPath(QStringLiteral("plain.txt"));
        QCOMPARE(run({QStringLiteral("supervision"), QStringLiteral("--weeks"), QStringLiteral("2"),
                      QStringLiteral("--out"), plain}),
                 0);
        const QString text = readText(plain);
        QVERIFY(!text.contains(QStringLiteral("How I have been")));
        QVERIFY(!text.contains(QStringLiteral("of 100")));
        QVERIFY(!text.contains(QStringLiteral("Burnout:")));
        QVERIFY(!text.contains(QStringLiteral("(high)")));
        QVERIFY(!text.contains(QStringLiteral("points higher")));
        // What changed still speaks of burnout, in counts of check-ins rather than scores.
        QVERIFY2(
            text.contains(QStringLiteral("What changed\n- Burnout was in the harder part of its range on ")),
            qPrintable(text));
        // The reflection is named, without its score.
        QVERIFY(text.contains(QStringLiteral("- Monthly reflection on 21 Nov\n")));
        QVERIFY(!text.contains(QStringLiteral("carrying 9")));

        const QString scored = outPath(QStringLiteral("scored.txt"));
        QCOMPARE(run({QStringLiteral("supervision"), QStringLiteral("--weeks"), QStringLiteral("2"),
                      QStringLiteral("--out"), scored, QStringLiteral("--with-scores")}),
                 0);
        const QString withScores = readText(scored);
        QVERIFY(withScores.contains(QStringLiteral("How I have been (0 to 100)\n")));
        // Exhausted by work at 3 on nine days: burnout 75; nothing in the two weeks before to compare.
        QVERIFY2(withScores.contains(QStringLiteral("- Burnout: 75 of 100 (high). Too few check-ins in the 2 "
                                                    "weeks before to compare.\n")),
                 qPrintable(withScores));
        QVERIFY(withScores.contains(QStringLiteral("Tend's own lines, not clinical thresholds")));
        // Scores come after the worker's own words and workload.
        QVERIFY(withScores.indexOf(QStringLiteral("How I have been")) >
                withScores.indexOf(QStringLiteral("My workload and rest")));
        QVERIFY(withScores.contains(QStringLiteral("my wellbeing the next day was 50 points higher")));
    }

    void whatHelpsUsesThePeriodOnly() {
        const QString path = outPath(QStringLiteral("helps.txt"));
        QCOMPARE(run({QStringLiteral("supervision"), QStringLiteral("--weeks"), QStringLiteral("2"),
                      QStringLiteral("--out"), path}),
                 0);
        const QString text = readText(path);
        QVERIFY2(
            text.contains(QStringLiteral("- In these weeks, the day after \"Walk after work\" tended to go "
                                         "better for me (3 days with it, 5 days without). Something I "
                                         "noticed, not proof.\n")),
            qPrintable(text));
        // Calls helped only in October, outside the two weeks; in them they were simply done.
        QVERIFY(!text.contains(QStringLiteral("the day after \"Call a friend\"")));
        QVERIFY(text.contains(QStringLiteral("- Call a friend: 3 days\n")));
        QVERIFY(text.contains(QStringLiteral("- Walk after work: 3 days\n")));
    }

    void leftOutSectionsAreNotWritten() {
        const QString path = outPath(QStringLiteral("short.txt"));
        QCOMPARE(run({QStringLiteral("supervision"), QStringLiteral("--weeks"), QStringLiteral("2"),
                      QStringLiteral("--out"), path, QStringLiteral("--leave-out"),
                      QStringLiteral("workload,selfcare"), QStringLiteral("--leave-out"),
                      QStringLiteral("reflections")}),
                 0);
        const QString text = readText(path);
        QVERIFY(!text.contains(QStringLiteral("My workload and rest")));
        QVERIFY(!text.contains(QStringLiteral("Hard moments")));
        QVERIFY(!text.contains(QStringLiteral("Walk after work")));
        QVERIFY(!text.contains(QStringLiteral("Reflections")));
        // Nothing asked of the service and no talking points: those sections are simply absent.
        QVERIFY(!text.contains(QStringLiteral("What I need from the service")));
        QVERIFY(!text.contains(QStringLiteral("What I would like to talk about")));
        QVERIFY(text.contains(QStringLiteral("Made with Tend on")));
    }

    void writesAPdf() {
        const QString path = outPath(QStringLiteral("two-weeks.pdf"));
        QCOMPARE(run({QStringLiteral("supervision"), QStringLiteral("--weeks"), QStringLiteral("2"),
                      QStringLiteral("--out"), path, QStringLiteral("--with-scores"),
                      QStringLiteral("--talking-point"), QStringLiteral("The rota")}),
                 0);
        QFile pdf(path);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        const QByteArray bytes = pdf.readAll();
        QVERIFY(bytes.startsWith("%PDF-"));
        // Five charts are embedded as images.
        QCOMPARE(bytes.count("/Subtype /Image"), qsizetype(5));
        QCOMPARE(QDir(m_out.path()).entryList({QStringLiteral("*.pdf")}, QDir::Files),
                 QStringList{QStringLiteral("two-weeks.pdf")});

        // Without scores the PDF holds no chart at all.
        const QString plain = outPath(QStringLiteral("plain.pdf"));
        QCOMPARE(run({QStringLiteral("supervision"), QStringLiteral("--weeks"), QStringLiteral("2"),
                      QStringLiteral("--out"), plain}),
                 0);
        QFile plainPdf(plain);
        QVERIFY(plainPdf.open(QIODevice::ReadOnly));
        QCOMPARE(plainPdf.readAll().count("/Subtype /Image"), qsizetype(0));
    }

    void readsNothingItShouldNotAndWritesNothingElse() {
        const QString path = outPath(QStringLiteral("again.txt"));
        const auto before = m_env->session->checkins().range(nov(1), nov(27)).size();
        QCOMPARE(run({QStringLiteral("supervision"), QStringLiteral("--weeks"), QStringLiteral("4"),
                      QStringLiteral("--out"), path}),
                 0);
        QCOMPARE(m_env->session->checkins().range(nov(1), nov(27)).size(), before);
        QVERIFY(!readText(path).contains(noteMarker));
    }

    void aFolderThatCannotBeWrittenIsReported() {
        std::string problem;
        QCOMPARE(run({QStringLiteral("supervision"), QStringLiteral("--weeks"), QStringLiteral("2"),
                      QStringLiteral("--out"), outPath(QStringLiteral("no/such/folder/s.txt"))},
                     nullptr, &problem),
                 1);
        QVERIFY2(
            QString::fromStdString(problem).startsWith(QStringLiteral("The text could not be written to")),
            problem.c_str());
    }

    void argumentErrorsAreClear() {
        std::string problem;
        QCOMPARE(
            run({QStringLiteral("supervision"), QStringLiteral("--out"), outPath(QStringLiteral("a.pdf"))},
                nullptr, &problem),
            2);
        QCOMPARE(problem,
                 std::string("supervision needs --weeks N, the number of weeks ending today (1 to 26)."));
        QCOMPARE(run({QStringLiteral("supervision"), QStringLiteral("--weeks"), QStringLiteral("40"),
                      QStringLiteral("--out"), outPath(QStringLiteral("a.pdf"))},
                     nullptr, &problem),
                 2);
        QCOMPARE(problem, std::string("--weeks needs a whole number of weeks from 1 to 26."));
        QCOMPARE(run({QStringLiteral("supervision"), QStringLiteral("--weeks"), QStringLiteral("4"),
                      QStringLiteral("--out"), outPath(QStringLiteral("a.html"))},
                     nullptr, &problem),
                 2);
        QCOMPARE(problem, std::string("supervision needs --out FILE.pdf or --out FILE.txt."));
        QVERIFY(QDir(m_out.path()).entryList(QDir::Files).filter(QStringLiteral("a.")).isEmpty());
    }
};

QTEST_MAIN(TestSupervisionCommand)
#include "tst_supervisioncommand.moc"
