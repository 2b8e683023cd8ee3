#include "insights/insightsoverview.h"

#include "app/appsession.h"
#include "common/dateconversion.h"
#include "common/storageguard.h"
#include "insights/glancewording.h"
#include "selfcare/selfcarewording.h"

#include <QLocale>

namespace tend::ui {

// From QML: computed once attached, which is after immediateOnly and the rest are set (componentComplete).
InsightsOverview::InsightsOverview(QObject* parent)
    : SessionClient(parent) {
    connect(&m_prompts, &PromptListModel::historyChanged, this, &InsightsOverview::refresh);
}

InsightsOverview::InsightsOverview(AppSession& session, QObject* parent)
    : InsightsOverview(parent) {
    attachTo(session);
}

void InsightsOverview::onAttached() {
    m_prompts.attach(*session());
    m_checkinChanges = session()->checkins().changes().subscribe([this] { refresh(); });
    m_momentChanges = session()->hardMoments().changes().subscribe([this] { refresh(); });
    m_planChanges = session()->plan().changes().subscribe([this] { refresh(); });
    m_settingsChanges = session()->settings().changes().subscribe([this] { refresh(); });
    refresh();
}

void InsightsOverview::setImmediateOnly(bool immediateOnly) {
    if (immediateOnly == m_immediateOnly)
        return;
    m_immediateOnly = immediateOnly;
    emit immediateOnlyChanged();
    refresh();
}

void InsightsOverview::refresh() {
    if (!attached())
        return; // a Today page that wants only today's answers must never note the others as shown
    const auto care = readOr([this] { return std::optional<CareSnapshot>(session()->careSnapshot()); },
                             std::optional<CareSnapshot>());
    if (!care) {
        m_summary = tr("Your check-ins can't be read just now, so there is nothing to show. Nothing has been "
                       "changed.");
        m_cards.setIndices({});
        m_prompts.show({});
        m_restText.clear();
        m_strengths.clear();
        m_strains.clear();
        m_hasAnyValue = false;
        emit refreshed();
        return;
    }
    std::vector<Prompt> prompts;
    for (const auto& prompt : care->prompts)
        if (!m_immediateOnly || prompt.acute || prompt.immediate)
            prompts.push_back(prompt);
    m_prompts.show(std::move(prompts));
    m_cards.setIndices(care->insights.indices);
    buildTexts(*care);
    emit refreshed();
}

void InsightsOverview::buildTexts(const CareSnapshot& care) {
    const auto& insights = care.insights;
    const QLocale locale;
    m_hasAnyValue = std::any_of(insights.indices.begin(), insights.indices.end(),
                                [](const IndexInsight& index) { return index.value.has_value(); });
    const int total = insights.checkins.total;
    m_summary = total == 0 ? tr("Once you have checked in on a few days, your patterns show here.")
                : total == 1
                    ? tr("Based on 1 check-in. These are your own patterns, not a diagnosis.")
                    : tr("Based on %1 check-ins. These are your own patterns, not a diagnosis.").arg(total);

    if (!insights.rest)
        m_restText =
            tr("You haven't marked a day of real rest yet. On a day off or on leave, you can mark it in "
               "the check-in.");
    else if (insights.rest->daysSince == 0)
        m_restText = tr("Today is a rest day. Good.");
    else if (insights.rest->daysSince == 1)
        m_restText = tr("Your last day of real rest was yesterday.");
    else
        m_restText =
            tr("Your last day of real rest was %1 days ago, on %2.")
                .arg(insights.rest->daysSince)
                .arg(locale.toString(toQDate(insights.rest->lastRestDay), QStringLiteral("dddd d MMMM"))) +
            QLatin1Char(' ') + restCountedSentence(insights.rest);

    m_strengths = strengthNotes(insights, [this](std::int64_t actionId) {
        const auto action =
            readOr([&] { return session()->plan().find(actionId); }, std::optional<PlanAction>());
        return action ? std::optional(QString::fromStdString(action->title)) : std::nullopt;
    });
    m_strains = strainNotes(insights);
}

QString InsightsOverview::strengthsEmptyText() const {
    if (!m_strengths.isEmpty())
        return {};
    return tr(
        "As your check-ins build up, this is where you see what went well, what tends to help and how you "
        "recover after rest.");
}

QString InsightsOverview::strainsEmptyText() const {
    if (!m_strains.isEmpty())
        return {};
    return m_hasAnyValue
               ? tr("None of the numbers below is in its harder range this week.")
               : tr("Once there are enough check-ins, this is where you see anything that weighs more "
                    "than usual.");
}

} // namespace tend::ui
