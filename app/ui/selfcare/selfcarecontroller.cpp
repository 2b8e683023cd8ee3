#include "selfcare/selfcarecontroller.h"

#include "app/appsession.h"
#include "common/bundledcontent.h"
#include "common/storageerrorwording.h"
#include "common/storageguard.h"
#include "selfcare/selfcarewording.h"
#include "storage/storageerror.h"

#include <algorithm>
#include <map>
#include <set>
#include <string>

namespace tend::ui {

namespace {

const IndexInsight* findIndex(const Insights& insights, IndexId id) {
    const auto it = std::ranges::find(insights.indices, id, &IndexInsight::id);
    return it == insights.indices.end() ? nullptr : &*it;
}

std::optional<RecoveryAfterRest> recoveryOf(const Insights& insights, IndexId id) {
    const auto* index = findIndex(insights, id);
    return index ? index->signalValues.recovery : std::nullopt;
}

} // namespace

SelfCareController::SelfCareController(QObject* parent)
    : SessionClient(parent)
    , m_library(bundledContent().selfCareLibrary)
    , m_cards(bundledContent().learningCards) {}

SelfCareController::SelfCareController(AppSession& session, QObject* parent)
    : SelfCareController(parent) {
    attachTo(session);
}

void SelfCareController::onAttached() {
    auto tags = planTagChoices(session()->content().selfCareLibrary, session()->content().promptRules,
                               session()->definition());
    std::map<std::string, QString> labels;
    for (const auto& tag : tags)
        labels.emplace(tag.tag, tag.label);
    m_plan.setTagLabels(std::move(labels));
    m_newTags.setChoices(tags);
    m_editTags.setChoices(std::move(tags));
    m_planChanges = session()->plan().changes().subscribe([this] {
        reloadPlan();
        reloadInsights();
    });
    // What helps and rest are read from the check-ins; hard moments and tracked items shape the indices.
    m_checkinChanges = session()->checkins().changes().subscribe([this] { reloadInsights(); });
    m_momentChanges = session()->hardMoments().changes().subscribe([this] { reloadInsights(); });
    m_settingsChanges = session()->settings().changes().subscribe([this] { reloadInsights(); });
    reloadPlan();
    reloadInsights();
}

int SelfCareController::maxTitleLength() const {
    return static_cast<int>(SelfCarePlanRepository::maxTitleLength);
}

QString SelfCareController::whatHelpsWaiting() const {
    return m_whatHelps.isEmpty() ? whatHelpsWaitingText(planEmpty()) : QString();
}

void SelfCareController::reloadPlan() {
    auto active = readOr([this] { return session()->plan().active(); }, std::vector<PlanAction>{});
    std::set<std::string> fromLibrary;
    for (const auto& action : active)
        if (action.libraryId)
            fromLibrary.insert(*action.libraryId);
    m_library.setInPlan(fromLibrary);
    m_plan.setActions(std::move(active));
    followEditedTags();
    emit planChanged();
}

// The tags being edited follow the stored plan; an action that left the plan closes its editor.
void SelfCareController::followEditedTags() {
    if (m_editingTagsOf == 0)
        return;
    const int row = m_plan.rowOf(m_editingTagsOf);
    if (row < 0) {
        doneEditingTags();
        return;
    }
    const auto& tags = m_plan.actions()[static_cast<std::size_t>(row)].tags;
    m_editTags.setChosen(std::set<std::string>(tags.begin(), tags.end()));
}

void SelfCareController::reloadInsights() {
    const auto snapshot =
        readOr([this] { return std::optional(session()->careSnapshot()); }, std::optional<CareSnapshot>{});
    m_whatHelps.clear();
    m_restText.clear();
    m_recoveryText.clear();
    if (snapshot) {
        const auto& insights = snapshot->insights;
        // Only actions still in the plan: one the worker took out is not offered back as a finding.
        for (const auto& observation : insights.whatHelps) {
            const int row = m_plan.rowOf(observation.actionId);
            if (row >= 0)
                m_whatHelps << whatHelpsSentence(
                    observation,
                    QString::fromStdString(m_plan.actions()[static_cast<std::size_t>(row)].title));
        }
        m_restText = restSentence(insights.rest, insights.today);
        m_recoveryText = recoverySentence(recoveryOf(insights, IndexId::Wellbeing),
                                          recoveryOf(insights, IndexId::StsLoad));
    }
    emit insightsChanged();
}

bool SelfCareController::isUsableTitle(const QString& title) const {
    return SelfCarePlanRepository::normalisedTitle(title.toStdString()).has_value();
}

template <typename Change> bool SelfCareController::change(Change&& change) {
    try {
        std::forward<Change>(change)();
        return true;
    } catch (const StorageError& error) {
        setMessage({}, storageErrorText(error));
        return false;
    }
}

void SelfCareController::setMessage(QString status, QString error) {
    m_statusText = std::move(status);
    m_errorText = std::move(error);
    emit messageChanged();
}

bool SelfCareController::addFromLibrary(const QString& libraryId) {
    const auto* action = session()->content().selfCareLibrary.find(libraryId.toStdString());
    if (!action) {
        setMessage({}, tr("That idea isn't in the library any more."));
        return false;
    }
    m_removed.reset();
    const auto title = libraryTitle(*action);
    if (!change([&] {
            (void)session()->plan().addFromLibrary(action->id, title.toStdString(), session()->today());
        }))
        return false;
    setMessage(tr("Added “%1” to your plan. You can tick it in your daily check-in.").arg(title), {});
    return true;
}

bool SelfCareController::addOwn(const QString& title) {
    const auto normalised = SelfCarePlanRepository::normalisedTitle(title.toStdString());
    if (!normalised) {
        setMessage({}, tr("Give it a name of one line, up to %1 characters.").arg(maxTitleLength()));
        return false;
    }
    m_removed.reset();
    const auto& chosen = m_newTags.chosen();
    const std::vector<std::string> tags(chosen.begin(), chosen.end());
    if (!change([&] { (void)session()->plan().addOwn(*normalised, session()->today(), tags); }))
        return false;
    m_newTags.setChosen({});
    setMessage(tr("Added “%1” to your plan. You can tick it in your daily check-in.")
                   .arg(QString::fromStdString(*normalised)),
               {});
    return true;
}

void SelfCareController::setNewTag(const QString& tag, bool chosen) {
    const auto key = tag.toStdString();
    if (!m_newTags.offers(key))
        return;
    auto tags = m_newTags.chosen();
    if (chosen)
        tags.insert(key);
    else
        tags.erase(key);
    m_newTags.setChosen(tags);
}

QString SelfCareController::editingTagsTitle() const {
    const int row = m_plan.rowOf(m_editingTagsOf);
    if (row < 0)
        return {};
    return tr("When might “%1” help?")
        .arg(QString::fromStdString(m_plan.actions()[static_cast<std::size_t>(row)].title));
}

bool SelfCareController::editTagsOf(qint64 actionId) {
    const int row = m_plan.rowOf(actionId);
    if (row < 0 || m_plan.actions()[static_cast<std::size_t>(row)].libraryId)
        return false;
    m_editingTagsOf = actionId;
    followEditedTags();
    emit editingTagsChanged();
    return true;
}

bool SelfCareController::setTag(const QString& tag, bool chosen) {
    const auto key = tag.toStdString();
    if (m_editingTagsOf == 0 || !m_editTags.offers(key))
        return false;
    auto tags = m_editTags.chosen();
    if (chosen)
        tags.insert(key);
    else
        tags.erase(key);
    const auto actionId = m_editingTagsOf;
    if (!change([&] {
            session()->plan().setTags(actionId, std::vector<std::string>(tags.begin(), tags.end()));
        })) {
        followEditedTags(); // the chips go back to what is stored
        return false;
    }
    setMessage({}, {});
    return true;
}

void SelfCareController::doneEditingTags() {
    if (m_editingTagsOf == 0)
        return;
    m_editingTagsOf = 0;
    m_editTags.setChosen({});
    emit editingTagsChanged();
}

bool SelfCareController::rename(qint64 actionId, const QString& title) {
    const int row = m_plan.rowOf(actionId);
    if (row < 0)
        return false;
    const auto normalised = SelfCarePlanRepository::normalisedTitle(title.toStdString());
    if (!normalised) {
        setMessage({}, tr("Give it a name of one line, up to %1 characters. The old name is kept.")
                           .arg(maxTitleLength()));
        return false;
    }
    if (*normalised == m_plan.actions()[static_cast<std::size_t>(row)].title)
        return true;
    if (!change([&] { session()->plan().rename(actionId, *normalised); }))
        return false;
    setMessage({}, {});
    return true;
}

bool SelfCareController::moveUp(qint64 actionId) {
    return move(actionId, -1);
}

bool SelfCareController::moveDown(qint64 actionId) {
    return move(actionId, 1);
}

bool SelfCareController::move(std::int64_t actionId, int offset) {
    const int row = m_plan.rowOf(actionId);
    const int target = row + offset;
    if (row < 0 || target < 0 || target >= m_plan.rowCount())
        return false;
    if (!change([&] { session()->plan().move(actionId, static_cast<std::size_t>(target)); }))
        return false;
    setMessage({}, {});
    return true;
}

bool SelfCareController::remove(qint64 actionId) {
    const int row = m_plan.rowOf(actionId);
    if (row < 0)
        return false;
    const auto title = QString::fromStdString(m_plan.actions()[static_cast<std::size_t>(row)].title);
    if (!change([&] { session()->plan().archive(actionId); }))
        return false;
    m_removed = Removed{actionId, row};
    setMessage(tr("Took “%1” out of your plan. The days you ticked it keep their ticks.").arg(title), {});
    return true;
}

bool SelfCareController::undoRemove() {
    if (!m_removed)
        return false;
    const auto removed = *m_removed;
    if (!change([&] {
            session()->plan().restore(removed.id);
            session()->plan().move(removed.id, static_cast<std::size_t>(removed.row));
        }))
        return false;
    m_removed.reset();
    setMessage({}, {});
    return true;
}

} // namespace tend::ui
