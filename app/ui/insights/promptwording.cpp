#include "insights/promptwording.h"

#include "common/dateconversion.h"
#include "common/indexwording.h"
#include "insights/indexdefinition.h"
#include "prompts/promptevent.h"

#include <QCoreApplication>
#include <QLocale>

namespace tend::ui {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("Prompts", text);
}

} // namespace

QString promptKindLabel(PromptKind kind, bool fromLibrary) {
    switch (kind) {
    case PromptKind::SelfCare:
        return fromLibrary ? tr("A self-care idea") : tr("From your self-care plan");
    case PromptKind::MicroAction:
        return tr("A small step");
    case PromptKind::MomentFollowUp:
        return tr("After a hard moment");
    case PromptKind::TalkToSupervisor:
        return tr("Talking it through");
    case PromptKind::ProfessionalSupport:
        return tr("More support");
    case PromptKind::Crisis:
        return tr("Support now");
    }
    return {};
}

QString promptActionLabel(PromptAction action) {
    switch (action) {
    case PromptAction::OpenSelfCare:
        return tr("Open my plan");
    case PromptAction::OpenSupervisionPrep:
        return tr("Prepare for supervision");
    case PromptAction::OpenSupport:
        return tr("See support contacts");
    case PromptAction::OpenCrisis:
        return tr("See crisis lines");
    case PromptAction::OpenMomentFollowUp:
        return tr("What might help now");
    case PromptAction::None:
        return {};
    }
    return {};
}

QString promptActionPage(PromptAction action) {
    switch (action) {
    case PromptAction::OpenSelfCare:
        return QStringLiteral("selfcare");
    case PromptAction::OpenSupervisionPrep:
        return QStringLiteral("supervision");
    case PromptAction::OpenSupport:
    case PromptAction::OpenCrisis:
        return QStringLiteral("support");
    case PromptAction::OpenMomentFollowUp:
        return QStringLiteral("followup");
    case PromptAction::None:
        return {};
    }
    return {};
}

QString promptRuleText(const std::string& text) {
    return QCoreApplication::translate("PromptRules", text.c_str());
}

QString promptSubjectName(const std::string& subject, const CheckinDefinition& definition) {
    for (const auto id : allIndices)
        if (indexDefinition(id).key == subject)
            return indexDisplayName(id);
    QString name = QString::fromStdString(subject);
    if (const auto* item = definition.find(subject))
        name = QCoreApplication::translate("CheckinItems", item->name.c_str());
    if (!name.isEmpty())
        name[0] = name[0].toUpper();
    return name;
}

QString quietForLabel(int days) {
    constexpr int week = 7;
    if (days <= 1)
        return tr("For today");
    if (days == week)
        return tr("For a week");
    if (days % week == 0)
        return tr("For %1 weeks").arg(days / week);
    return tr("For %1 days").arg(days);
}

int daysInAMonthFrom(boost::gregorian::date today) {
    return static_cast<int>((today + boost::gregorian::months(1) - today).days());
}

QString setAsideText(boost::gregorian::date quietUntil) {
    if (isNeverAgain(quietUntil))
        return tr("You won't see this again. You can allow it again in Settings.");
    return tr("Hidden until %1.")
        .arg(QLocale().toString(toQDate(quietUntil),
                                QCoreApplication::translate("Prompts", "d MMMM", "date format")));
}

} // namespace tend::ui
