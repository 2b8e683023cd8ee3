#include "selfcare/selfcarewording.h"

#include "common/dateconversion.h"

#include <QCoreApplication>
#include <QLocale>
#include <QtMath>

namespace tend::ui {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("SelfCare", text);
}

QString fromData(const char* context, const std::string& text) {
    return QCoreApplication::translate(context, text.c_str());
}

// "Tuesday 18 November", with the year only when it is not this year's.
QString restDate(boost::gregorian::date day, boost::gregorian::date today) {
    const QString format = day.year() == today.year()
                               ? QCoreApplication::translate("SelfCare", "dddd d MMMM", "date format")
                               : QCoreApplication::translate("SelfCare", "dddd d MMMM yyyy", "date format");
    return QLocale().toString(toQDate(day), format);
}

} // namespace

QString selfCareCategoryName(SelfCareCategory category) {
    switch (category) {
    case SelfCareCategory::Body:
        return tr("Body");
    case SelfCareCategory::Mind:
        return tr("Mind");
    case SelfCareCategory::Connection:
        return tr("Connection");
    case SelfCareCategory::Boundaries:
        return tr("Boundaries");
    case SelfCareCategory::Rest:
        return tr("Rest");
    case SelfCareCategory::Meaning:
        return tr("Meaning");
    }
    return {};
}

QString libraryTitle(const SelfCareAction& action) {
    return fromData("SelfCareLibrary", action.title);
}

QString libraryDetail(const SelfCareAction& action) {
    return fromData("SelfCareLibrary", action.detail);
}

QString roughMinutes(int minutes) {
    return minutes == 1 ? tr("About 1 minute") : tr("About %1 minutes").arg(minutes);
}

QString cardTitle(const LearningCard& card) {
    return fromData("LearningCards", card.title);
}

QString cardSummary(const LearningCard& card) {
    return fromData("LearningCards", card.summary);
}

QStringList cardParagraphs(const LearningCard& card) {
    QStringList paragraphs;
    for (const auto& paragraph : card.paragraphs)
        paragraphs << fromData("LearningCards", paragraph);
    return paragraphs;
}

QString whatHelpsSentence(const ActionObservation& observation, const QString& actionTitle) {
    // Both counts are at least minimumDaysEachWay, so the plural form is always the one needed.
    return tr("On days after you did “%1”, your wellbeing averaged %2 out of 100, compared with %3 after "
              "days without it (%4 and %5 days). A pattern worth noticing, not proof.")
        .arg(actionTitle)
        .arg(qRound(observation.meanWith))
        .arg(qRound(observation.meanWithout))
        .arg(observation.daysWith)
        .arg(observation.daysWithout);
}

QString whatHelpsWaitingText(bool planEmpty) {
    if (planEmpty)
        return tr("Once your plan has a few actions and you tick them in your check-ins, Tend can show how "
                  "your days tended to go after them.");
    return tr("Nothing to show yet. Tend needs at least %1 days with an action ticked and %1 days without "
              "it, each followed by a check-in, before it can compare them.")
        .arg(minimumDaysEachWay);
}

QString restSentence(const std::optional<RealRest>& rest, boost::gregorian::date today) {
    if (!rest)
        return tr("You haven't marked a rest day yet. On a day off or on leave, mark it in the check-in.");
    if (rest->daysSince == 0)
        return tr("Today is marked as a rest day.");
    if (rest->daysSince == 1)
        return tr("Your last rest day was yesterday.");
    return tr("Your last rest day was %1 days ago, on %2.")
               .arg(rest->daysSince)
               .arg(restDate(rest->lastRestDay, today)) +
           QLatin1Char(' ') + restCountedSentence(rest);
}

QString restCountedSentence(const std::optional<RealRest>& rest) {
    if (!rest || rest->daysSince <= 1)
        return {};
    if (rest->workingDaysSince == 0)
        return tr("You have not checked in on a working day since then.");
    if (rest->workingDaysSince == 1)
        return tr(
            "Since then you have checked in on 1 working day. Days without a check-in are not counted.");
    return tr("Since then you have checked in on %1 working days. Days without a check-in are not counted.")
        .arg(rest->workingDaysSince);
}

QString recoverySentence(const std::optional<RecoveryAfterRest>& wellbeing,
                         const std::optional<RecoveryAfterRest>& stsLoad) {
    const bool wellbeingRose = wellbeing && wellbeing->improvement >= noticeableRecovery;
    const bool strainFell = stsLoad && stsLoad->improvement >= noticeableRecovery;
    if (!wellbeingRose && !strainFell)
        return {};
    const RestRun& run = wellbeingRose ? wellbeing->run : stsLoad->run;
    const bool oneDay = run.first == run.last;
    const int higher = wellbeingRose ? qRound(wellbeing->improvement) : 0;
    const int lower = strainFell ? qRound(stsLoad->improvement) : 0;
    if (wellbeingRose && strainFell)
        return oneDay ? tr("After your last rest day your wellbeing was %1 points higher than before it, and "
                           "the strain from other people's trauma %2 points lower.")
                            .arg(higher)
                            .arg(lower)
                      : tr("After your last rest days your wellbeing was %1 points higher than before them, "
                           "and the strain from other people's trauma %2 points lower.")
                            .arg(higher)
                            .arg(lower);
    if (wellbeingRose)
        return oneDay ? tr("After your last rest day your wellbeing was %1 points higher than before it.")
                            .arg(higher)
                      : tr("After your last rest days your wellbeing was %1 points higher than before them.")
                            .arg(higher);
    return oneDay ? tr("After your last rest day the strain from other people's trauma was %1 points lower "
                       "than before it.")
                        .arg(lower)
                  : tr("After your last rest days the strain from other people's trauma was %1 points "
                       "lower than before them.")
                        .arg(lower);
}

} // namespace tend::ui
