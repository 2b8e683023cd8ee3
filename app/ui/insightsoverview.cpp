#include "insightsoverview.h"

#include "appsession.h"
#include "dateconversion.h"
#include "indexnames.h"
#include "storageguard.h"

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

// From QML: computed in componentComplete, once acuteOnly and the rest are set.
InsightsOverview::InsightsOverview(QObject* parent)
    : InsightsOverview(*AppSession::current(), false, parent) {}

InsightsOverview::InsightsOverview(AppSession& session, QObject* parent)
    : InsightsOverview(session, true, parent) {}

InsightsOverview::InsightsOverview(AppSession& session, bool computeNow, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_prompts(session) {
    m_checkinToken = m_session.checkins().changes().subscribe([this] { refresh(); });
    m_momentToken = m_session.hardMoments().changes().subscribe([this] { refresh(); });
    m_planToken = m_session.plan().changes().subscribe([this] { refresh(); });
    m_settingsToken = m_session.settings().changes().subscribe([this] { refresh(); });
    connect(&m_prompts, &PromptListModel::historyChanged, this, &InsightsOverview::refresh);
    if (computeNow)
        refresh();
}

InsightsOverview::~InsightsOverview() {
    m_session.checkins().changes().unsubscribe(m_checkinToken);
    m_session.hardMoments().changes().unsubscribe(m_momentToken);
    m_session.plan().changes().unsubscribe(m_planToken);
    m_session.settings().changes().unsubscribe(m_settingsToken);
}

void InsightsOverview::setAcuteOnly(bool acuteOnly) {
    if (acuteOnly == m_acuteOnly)
        return;
    m_acuteOnly = acuteOnly;
    emit acuteOnlyChanged();
    refresh();
}

void InsightsOverview::componentComplete() {
    m_settingUp = false;
    refresh();
}

void InsightsOverview::refresh() {
    if (m_settingUp)
        return;
    const auto care = readOr([this] { return std::optional<CareSnapshot>(m_session.careSnapshot()); },
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
            readOr([&] { return m_session.plan().find(best->actionId); }, std::optional<PlanAction>());
        if (action)
            m_strengths
                << tr("Days after “%1” tend to be followed by better wellbeing (%2 compared with %3). A "
                      "pattern, not proof.")
                       .arg(QString::fromStdString(action->title), rounded(best->meanWith),
                            rounded(best->meanWithout));
    }
}

} // namespace tend::ui
