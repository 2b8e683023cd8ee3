#include "insights/promptlistmodel.h"

#include "app/appsession.h"
#include "common/storageerrorwording.h"
#include "insights/bandsnotewording.h"
#include "insights/promptwording.h"
#include "selfcare/selfcarewording.h"
#include "storage/storageerror.h"

#include <algorithm>

namespace tend::ui {

namespace {

constexpr int snoozeDays = 3;

} // namespace

PromptListModel::PromptListModel(AppSession& session, QObject* parent)
    : QAbstractListModel(parent)
    , m_session(&session) {}

void PromptListModel::show(std::vector<Prompt> prompts) {
    std::vector<Row> rows;
    for (auto& prompt : prompts) {
        const auto key = keyOf(prompt);
        if (m_setAside.contains(key))
            continue; // it cannot come back before it is allowed again; the note keeps its place
        // Seen in full while its rule held: it stays in full while this list lives (see the class comment).
        if (prompt.acute && !prompt.keptToday)
            m_unfolded.insert(key);
        rows.push_back({std::move(prompt), false});
    }
    std::vector<const SetAside*> notes;
    for (const auto& [key, entry] : m_setAside)
        notes.push_back(&entry);
    std::sort(notes.begin(), notes.end(),
              [](const SetAside* a, const SetAside* b) { return a->position < b->position; });
    for (const auto* note : notes) {
        const auto at = std::min(static_cast<std::size_t>(note->position), rows.size());
        rows.insert(rows.begin() + static_cast<std::ptrdiff_t>(at), Row{note->prompt, true});
    }
    setRows(std::move(rows));
    for (const auto& row : m_rows)
        if (!row.setAside)
            (void)record(row.prompt, PromptEventKind::Shown);
}

void PromptListModel::setRows(std::vector<Row> rows) {
    const bool sameRows =
        std::equal(m_rows.begin(), m_rows.end(), rows.begin(), rows.end(), [](const Row& a, const Row& b) {
            return keyOf(a.prompt) == keyOf(b.prompt) && a.setAside == b.setAside;
        });
    if (sameRows) {
        // The same prompts: their cards stay, with what the worker opened on them.
        m_rows = std::move(rows);
        if (!m_rows.empty())
            emit dataChanged(index(0), index(rowCount() - 1));
        return;
    }
    const int before = rowCount();
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    if (before != rowCount())
        emit countChanged();
}

int PromptListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

const PromptRule* PromptListModel::ruleOf(const Prompt& prompt) const {
    return m_session ? m_session->content().promptRules.find(prompt.ruleId) : nullptr;
}

bool PromptListModel::folded(const Row& row) const {
    return !row.setAside && row.prompt.keptToday && !m_unfolded.contains(keyOf(row.prompt));
}

QVariant PromptListModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows[static_cast<std::size_t>(index.row())];
    const Prompt& prompt = row.prompt;
    const auto* rule = ruleOf(prompt);
    const int ruleDays = rule ? rule->quietDays : 0;
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return promptRuleText(prompt.title);
    case BodyRole:
        return promptRuleText(prompt.body);
    case ReasonRole:
        return QString::fromStdString(prompt.reason);
    case BandsNoteRole:
        return bandsNoteText();
    case KindRole: {
        const auto key = promptKindKey(prompt.kind);
        return QString::fromUtf8(key.data(), qsizetype(key.size()));
    }
    case KindLabelRole:
        return promptKindLabel(prompt.kind, prompt.libraryActionId.has_value());
    case RuleIdRole:
        return QString::fromStdString(prompt.ruleId);
    case AcuteRole:
        return prompt.acute;
    case ActionLabelRole:
        return promptActionLabel(prompt.action);
    case ActionPageRole:
        return promptActionPage(prompt.action);
    case PlanActionRole:
        return QString::fromStdString(prompt.planActionTitle);
    case LibraryActionRole: {
        if (!prompt.libraryActionId)
            return QString();
        const auto* action =
            m_session ? m_session->content().selfCareLibrary.find(*prompt.libraryActionId) : nullptr;
        return action ? libraryTitle(*action) : QString::fromStdString(prompt.libraryActionTitle);
    }
    case CanAddToPlanRole:
        return prompt.libraryActionId.has_value() && !row.setAside;
    case NoticeRole: {
        const auto it = m_notices.find(keyOf(prompt));
        return it == m_notices.end() ? QString() : it->second;
    }
    case FoldedRole:
        return folded(row);
    case CanFoldRole:
        return !row.setAside && prompt.keptToday && !folded(row);
    case SetAsideRole:
        return row.setAside;
    case SetAsideTextRole: {
        const auto it = m_setAside.find(keyOf(prompt));
        return it == m_setAside.end() ? QString() : it->second.text;
    }
    case CanSetAsideRole:
        return !prompt.acute && !row.setAside;
    case QuietForLabelRole:
        return quietForLabel(ruleDays);
    case OffersMonthRole:
        return m_session && ruleDays < daysInAMonthFrom(m_session->today());
    }
    return {};
}

QHash<int, QByteArray> PromptListModel::roleNames() const {
    return {{TitleRole, "title"},
            {BodyRole, "body"},
            {ReasonRole, "reason"},
            {BandsNoteRole, "bandsNote"},
            {KindRole, "kind"},
            {KindLabelRole, "kindLabel"},
            {RuleIdRole, "ruleId"},
            {AcuteRole, "acute"},
            {ActionLabelRole, "actionLabel"},
            {ActionPageRole, "actionPage"},
            {PlanActionRole, "planAction"},
            {LibraryActionRole, "libraryAction"},
            {CanAddToPlanRole, "canAddToPlan"},
            {NoticeRole, "notice"},
            {FoldedRole, "folded"},
            {CanFoldRole, "canFold"},
            {SetAsideRole, "setAside"},
            {SetAsideTextRole, "setAsideText"},
            {CanSetAsideRole, "canSetAside"},
            {QuietForLabelRole, "quietForLabel"},
            {OffersMonthRole, "offersMonth"}};
}

bool PromptListModel::record(const Prompt& prompt, PromptEventKind kind,
                             std::optional<boost::gregorian::date> quietUntil) {
    if (!m_session)
        return false;
    PromptEvent event;
    event.ruleId = prompt.ruleId;
    event.subject = prompt.subject;
    event.kind = kind;
    event.at = m_session->clock().nowLocal();
    event.reason = prompt.reason;
    event.quietUntil = quietUntil;
    // What a self-care prompt suggested, so that suggestions rotate across days and restarts.
    if (kind == PromptEventKind::Shown) {
        event.planActionId = prompt.planActionId;
        event.libraryActionId = prompt.libraryActionId;
    }
    try {
        (void)m_session->promptEvents().record(event);
        setErrorText({});
        return true;
    } catch (const StorageError& error) {
        setErrorText(storageErrorText(error));
        return false;
    }
}

bool PromptListModel::snooze(int row) {
    if (!validRow(row) || m_rows[static_cast<std::size_t>(row)].setAside || !m_session)
        return false;
    const Prompt prompt = m_rows[static_cast<std::size_t>(row)].prompt;
    if (!record(prompt, PromptEventKind::Snoozed, quietUntilAfterSnooze(m_session->today(), snoozeDays)))
        return false;
    emit historyChanged();
    return true;
}

bool PromptListModel::notForMe(int row, NotForMeChoice choice) {
    if (!validRow(row) || m_rows[static_cast<std::size_t>(row)].setAside || !m_session)
        return false;
    const Prompt prompt = m_rows[static_cast<std::size_t>(row)].prompt;
    const auto today = m_session->today();
    const auto* rule = ruleOf(prompt);
    // A rule that has left the rules file since the prompt was made: quiet for a few days, as "not now".
    const auto quietUntil = !rule                 ? quietUntilAfterSnooze(today, snoozeDays)
                            : choice == ForAMonth ? quietUntilAfterNotForMe(*rule, today, NotForMe::ForDays,
                                                                            daysInAMonthFrom(today))
                            : choice == Never     ? quietUntilAfterNotForMe(*rule, today, NotForMe::Never)
                                              : quietUntilAfterNotForMe(*rule, today, NotForMe::RuleDefault);
    if (!record(prompt, PromptEventKind::Dismissed, quietUntil))
        return false;
    m_setAside[keyOf(prompt)] = SetAside{prompt, setAsideText(quietUntil), row};
    m_rows[static_cast<std::size_t>(row)].setAside = true;
    changedRow(row);
    emit historyChanged();
    return true;
}

bool PromptListModel::allowAgain(int row) {
    if (!validRow(row) || !m_rows[static_cast<std::size_t>(row)].setAside)
        return false;
    const Prompt prompt = m_rows[static_cast<std::size_t>(row)].prompt;
    if (!record(prompt, PromptEventKind::Allowed))
        return false;
    m_setAside.erase(keyOf(prompt));
    // Until the owner recomputes, the card is what it was before.
    m_rows[static_cast<std::size_t>(row)].setAside = false;
    changedRow(row);
    emit historyChanged();
    return true;
}

QString PromptListModel::open(int row) {
    if (!validRow(row) || m_rows[static_cast<std::size_t>(row)].setAside)
        return {};
    const Prompt& prompt = m_rows[static_cast<std::size_t>(row)].prompt;
    (void)record(prompt, PromptEventKind::Opened);
    return promptActionPage(prompt.action);
}

bool PromptListModel::addToPlan(int row) {
    if (!validRow(row) || !m_session)
        return false;
    const Prompt prompt = m_rows[static_cast<std::size_t>(row)].prompt;
    const auto* action =
        prompt.libraryActionId ? m_session->content().selfCareLibrary.find(*prompt.libraryActionId) : nullptr;
    if (!action)
        return false;
    const auto title = libraryTitle(*action);
    try {
        // The plan's change notice makes the owner recompute: the prompt then speaks of the plan.
        m_notices[keyOf(prompt)] =
            tr("Added “%1” to your plan. You can tick it in your daily check-in.").arg(title);
        (void)m_session->plan().addFromLibrary(action->id, title.toStdString(), m_session->today());
        setErrorText({});
    } catch (const StorageError& error) {
        m_notices.erase(keyOf(prompt));
        setErrorText(storageErrorText(error));
        return false;
    }
    if (validRow(row))
        changedRow(row);
    return true;
}

void PromptListModel::unfold(int row) {
    if (!validRow(row))
        return;
    m_unfolded.insert(keyOf(m_rows[static_cast<std::size_t>(row)].prompt));
    changedRow(row);
}

void PromptListModel::fold(int row) {
    if (!validRow(row))
        return;
    m_unfolded.erase(keyOf(m_rows[static_cast<std::size_t>(row)].prompt));
    changedRow(row);
}

void PromptListModel::changedRow(int row) {
    emit dataChanged(index(row), index(row));
}

void PromptListModel::setErrorText(const QString& text) {
    if (text == m_errorText)
        return;
    m_errorText = text;
    emit errorTextChanged();
}

} // namespace tend::ui
