#include "insights/promptlistmodel.h"

#include "app/appsession.h"
#include "common/storageerrorwording.h"
#include "storage/storageerror.h"

#include <QCoreApplication>

namespace tend::ui {

namespace {

constexpr int snoozeDays = 3;

QString kindLabel(PromptKind kind) {
    switch (kind) {
    case PromptKind::SelfCare:
        return PromptListModel::tr("From your self-care plan");
    case PromptKind::MicroAction:
        return PromptListModel::tr("A small step");
    case PromptKind::TalkToSupervisor:
        return PromptListModel::tr("Talking it through");
    case PromptKind::ProfessionalSupport:
        return PromptListModel::tr("More support");
    case PromptKind::Crisis:
        return PromptListModel::tr("Support now");
    }
    return {};
}

QString actionLabel(PromptAction action) {
    switch (action) {
    case PromptAction::OpenSelfCare:
        return PromptListModel::tr("Open my plan");
    case PromptAction::OpenSupervisionPrep:
        return PromptListModel::tr("Prepare for supervision");
    case PromptAction::OpenSupport:
        return PromptListModel::tr("See support contacts");
    case PromptAction::OpenCrisis:
        return PromptListModel::tr("See crisis lines");
    case PromptAction::OpenMomentFollowUp:
        return PromptListModel::tr("What might help now");
    case PromptAction::None:
        return {};
    }
    return {};
}

QString actionPage(PromptAction action) {
    switch (action) {
    case PromptAction::OpenSelfCare:
        return QStringLiteral("selfcare");
    case PromptAction::OpenSupervisionPrep:
        return QStringLiteral("supervision");
    case PromptAction::OpenSupport:
    case PromptAction::OpenCrisis:
    case PromptAction::OpenMomentFollowUp:
        return QStringLiteral("support");
    case PromptAction::None:
        return {};
    }
    return {};
}

// Rule texts come from a data file, so they are looked up at run time in the "PromptRules" context.
QString ruleText(const std::string& text) {
    return QCoreApplication::translate("PromptRules", text.c_str());
}

} // namespace

PromptListModel::PromptListModel(AppSession& session, QObject* parent)
    : QAbstractListModel(parent)
    , m_session(&session) {}

void PromptListModel::show(std::vector<Prompt> prompts) {
    const int before = rowCount();
    beginResetModel();
    m_prompts = std::move(prompts);
    endResetModel();
    if (before != rowCount())
        emit countChanged();
    for (int row = 0; row < rowCount(); ++row)
        (void)record(row, PromptEventKind::Shown);
}

int PromptListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_prompts.size());
}

QVariant PromptListModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Prompt& prompt = m_prompts[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return ruleText(prompt.title);
    case BodyRole:
        return ruleText(prompt.body);
    case ReasonRole:
        return QString::fromStdString(prompt.reason);
    case KindRole:
        return QString::fromUtf8(promptKindKey(prompt.kind).data(),
                                 qsizetype(promptKindKey(prompt.kind).size()));
    case KindLabelRole:
        return kindLabel(prompt.kind);
    case AcuteRole:
        return prompt.acute;
    case ActionLabelRole:
        return actionLabel(prompt.action);
    case ActionPageRole:
        return actionPage(prompt.action);
    case PlanActionRole:
        return QString::fromStdString(prompt.planActionTitle);
    }
    return {};
}

QHash<int, QByteArray> PromptListModel::roleNames() const {
    return {{TitleRole, "title"},
            {BodyRole, "body"},
            {ReasonRole, "reason"},
            {KindRole, "kind"},
            {KindLabelRole, "kindLabel"},
            {AcuteRole, "acute"},
            {ActionLabelRole, "actionLabel"},
            {ActionPageRole, "actionPage"},
            {PlanActionRole, "planAction"}};
}

bool PromptListModel::record(int row, PromptEventKind kind) {
    if (!m_session || row < 0 || row >= rowCount())
        return false;
    const Prompt& prompt = m_prompts[static_cast<std::size_t>(row)];
    PromptEvent event;
    event.ruleId = prompt.ruleId;
    event.subject = prompt.subject;
    event.kind = kind;
    event.at = m_session->clock().nowLocal();
    event.reason = prompt.reason;
    const auto today = m_session->today();
    if (kind == PromptEventKind::Shown)
        event.planActionId = prompt.planActionId;
    if (kind == PromptEventKind::Snoozed)
        event.quietUntil = quietUntilAfterSnooze(today, snoozeDays);
    if (kind == PromptEventKind::Dismissed) {
        const auto* rule = m_session->content().promptRules.find(prompt.ruleId);
        event.quietUntil =
            rule ? quietUntilAfterDismissal(*rule, today) : quietUntilAfterSnooze(today, snoozeDays);
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
    if (!record(row, PromptEventKind::Snoozed))
        return false;
    emit historyChanged();
    return true;
}

bool PromptListModel::dismiss(int row) {
    if (!record(row, PromptEventKind::Dismissed))
        return false;
    emit historyChanged();
    return true;
}

QString PromptListModel::open(int row) {
    if (row < 0 || row >= rowCount())
        return {};
    (void)record(row, PromptEventKind::Opened);
    return actionPage(m_prompts[static_cast<std::size_t>(row)].action);
}

void PromptListModel::setErrorText(const QString& text) {
    if (text == m_errorText)
        return;
    m_errorText = text;
    emit errorTextChanged();
}

} // namespace tend::ui
