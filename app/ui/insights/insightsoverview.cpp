#include "insights/insightsoverview.h"

#include "app/appsession.h"
#include "common/dateconversion.h"
#include "common/indexwording.h"
#include "common/storageguard.h"

#include <QLocale>

#include <cmath>

namespace tend::ui {

namespace {

QString rounded(double value) {
    return QLocale().toString(static_cast<int>(std::lround(value)));
}

const IndexInsight* findIndex(const Insights& insights, IndexId id) {
    for (const auto& index : insights.indices)
        if (index.id == id)
            return &index;
    return nullptr;
}

} // namespace

// From QML: computed once attached, which is after acuteOnly and the rest are set (componentComplete).
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

void InsightsOverview::setAcuteOnly(bool acuteOnly) {
    if (acuteOnly == m_acuteOnly)
        return;
    m_acuteOnly = acuteOnly;
    emit acuteOnlyChanged();
    refresh();
}

void InsightsOverview::refresh() {
    if (!attached())
        return; // a Today page that wants only acute prompts must never note the others as shown
    const auto care = readOr([this] { return std::optional<CareSnapshot>(session()->careSnapshot()); },
                             std::optional<CareSnapshot>());
    if (!care) {
        m_summary = tr("Your check-ins can't be read just now, so there is nothing to show. Nothing has been "
                       "changed.");
        m_cards.setIndices({});
        m_prompts.show({});
        m_restText.clear();
        m_strengths.clear();
        m_hasAnyValue = false;
        emit refreshed();
        return;
    }
    std::vector<Prompt> prompts;
    for (const auto& prompt : care->prompts)
        if (!m_acuteOnly || prompt.acute)
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
                .arg(locale.toString(toQDate(insights.rest->lastRestDay), QStringLiteral("dddd d MMMM")));

    m_strengths.clear();
    if (const auto* cs = findIndex(insights, IndexId::CompassionSatisfaction);
        cs && cs->value && cs->band && *cs->band == IndexBand::Good)
        m_strengths
            << tr("What went well is holding up: your compassion satisfaction is %1, in the good range.")
                   .arg(rounded(*cs->value));
    if (const auto* wellbeing = findIndex(insights, IndexId::Wellbeing)) {
        const auto& recovery = wellbeing->signalValues.recovery;
        if (recovery && recovery->improvement >= 5)
            m_strengths << tr("After your rest on %1, your wellbeing was %2 points higher than in the days "
                              "before it.")
                               .arg(locale.toString(toQDate(recovery->run.last), QStringLiteral("d MMMM")))
                               .arg(rounded(recovery->improvement));
    }
    if (const auto* sts = findIndex(insights, IndexId::StsLoad)) {
        const auto& recovery = sts->signalValues.recovery;
        if (recovery && recovery->improvement >= 5)
            m_strengths << tr("After your rest on %1, secondary stress eased by %2 points.")
                               .arg(locale.toString(toQDate(recovery->run.last), QStringLiteral("d MMMM")))
                               .arg(rounded(recovery->improvement));
    }
    const auto best =
        std::max_element(insights.whatHelps.begin(), insights.whatHelps.end(),
                         [](const auto& a, const auto& b) { return a.difference < b.difference; });
    if (best != insights.whatHelps.end() && best->difference >= 5) {
        const auto action =
            readOr([&] { return session()->plan().find(best->actionId); }, std::optional<PlanAction>());
        if (action)
            m_strengths
                << tr("Days after “%1” tend to be followed by better wellbeing (%2 compared with %3). A "
                      "pattern, not proof.")
                       .arg(QString::fromStdString(action->title), rounded(best->meanWith),
                            rounded(best->meanWithout));
    }
}

} // namespace tend::ui
