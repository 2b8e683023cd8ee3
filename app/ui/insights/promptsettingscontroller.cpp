#include "insights/promptsettingscontroller.h"

#include "app/appsession.h"
#include "common/dateconversion.h"
#include "common/storageerrorwording.h"
#include "common/storageguard.h"
#include "insights/promptwording.h"
#include "settings/promptkindssetting.h"
#include "storage/storageerror.h"

#include <QLocale>

#include <algorithm>

namespace tend::ui {

namespace {

// The kinds the worker may turn off, in escalating order, with what each brings. Crisis support is not
// among them: it must surface whenever a check-in signals acute distress.
constexpr PromptKind switchableKinds[] = {PromptKind::SelfCare, PromptKind::MicroAction,
                                          PromptKind::MomentFollowUp, PromptKind::TalkToSupervisor,
                                          PromptKind::ProfessionalSupport};

QString kindLabel(PromptKind kind) {
    switch (kind) {
    case PromptKind::SelfCare:
        return PromptSettingsController::tr("Self-care ideas");
    case PromptKind::MicroAction:
        return PromptSettingsController::tr("Small steps");
    case PromptKind::MomentFollowUp:
        return PromptSettingsController::tr("After a very hard moment");
    case PromptKind::TalkToSupervisor:
        return PromptSettingsController::tr("Talking with a supervisor");
    case PromptKind::ProfessionalSupport:
        return PromptSettingsController::tr("More support");
    case PromptKind::Crisis:
        return PromptSettingsController::tr("Crisis support");
    }
    return {};
}

QString kindDescription(PromptKind kind) {
    switch (kind) {
    case PromptKind::SelfCare:
        return PromptSettingsController::tr("When part of your check-in has been harder than usual, Tend "
                                            "suggests something from your own plan, "
                                            "or a small idea from the library if nothing in your plan fits.");
    case PromptKind::MicroAction:
        return PromptSettingsController::tr(
            "A short pause, a walk or a word with a colleague, for example after a heavy week or many "
            "working days without rest.");
    case PromptKind::MomentFollowUp:
        return PromptSettingsController::tr(
            "When you log a hard moment as very hard, Tend offers a short grounding exercise, a few words on "
            "common reactions and who you could talk it through with. If you ask for it there, Tend also "
            "checks in with you a day or two later.");
    case PromptKind::TalkToSupervisor:
        return PromptSettingsController::tr(
            "When strain has stayed high or has been rising for a while, Tend suggests bringing it to "
            "supervision, with a way to prepare.");
    case PromptKind::ProfessionalSupport:
        return PromptSettingsController::tr("When strain has been heavy for several weeks, or there were "
                                            "several very hard days, Tend points to "
                                            "a support service, a doctor or a support line.");
    case PromptKind::Crisis:
        return {};
    }
    return {};
}

// A prompt's title as the list shows it: the rule's own title when it names at most its subject, else the
// kind (a title with numbers in it would need the facts of the day it was shown).
QString titleOf(const PromptRule& rule, const std::string& subject, const CheckinDefinition& definition) {
    const bool plain =
        std::all_of(rule.title.parts.begin(), rule.title.parts.end(), [](const TemplatePart& part) {
            return part.kind == TemplatePart::Kind::Text || part.kind == TemplatePart::Kind::SubjectName;
        });
    if (!plain)
        return kindLabel(rule.kind);
    TemplateValues values;
    values.subject = subject;
    values.subjectName = promptSubjectName(subject, definition).toLower().toStdString();
    return promptRuleText(renderPromptTemplate(rule.title, values));
}

} // namespace

PromptSettingsController::PromptSettingsController(QObject* parent)
    : SessionClient(parent) {}

PromptSettingsController::PromptSettingsController(AppSession& session, QObject* parent)
    : PromptSettingsController(parent) {
    attachTo(session);
}

void PromptSettingsController::onAttached() {
    m_settingsChanges = session()->settings().changes().subscribe([this] { reloadKinds(); });
    m_eventChanges = session()->promptEvents().changes().subscribe([this] { reloadSetAside(); });
    reloadKinds();
    reloadSetAside();
}

QString PromptSettingsController::crisisNote() const {
    return tr(
        "Crisis support can't be turned off. It only appears on days when your check-in looks very hard, "
        "and then it stays in reach for the rest of that day.");
}

QString PromptSettingsController::setAsideEmptyText() const {
    if (hasSetAside())
        return {};
    return tr("Nothing is set aside for good. When you choose “Don't show this again” on a suggestion, it is "
              "listed here, so you can change your mind.");
}

void PromptSettingsController::reloadKinds() {
    const auto disabled = readOr([this] { return PromptKindsSetting(session()->settings()).disabledKinds(); },
                                 std::set<PromptKind>{});
    std::vector<PromptKindsModel::Kind> kinds;
    for (const auto kind : switchableKinds) {
        const auto key = promptKindKey(kind);
        kinds.push_back({QString::fromUtf8(key.data(), qsizetype(key.size())), kindLabel(kind),
                         kindDescription(kind), !disabled.contains(kind)});
    }
    m_kinds.setKinds(std::move(kinds));
}

void PromptSettingsController::reloadSetAside() {
    const auto today = session()->today();
    const auto history = readOr([&] { return std::optional(session()->promptEvents().history(today)); },
                                std::optional<PromptHistory>{});
    const auto& rules = session()->content().promptRules;
    std::vector<std::pair<std::size_t, SetAsidePromptsModel::Entry>> found;
    if (history) {
        for (const auto& key : history->neverAgain()) {
            const auto* rule = rules.find(key.first);
            if (!rule)
                continue; // its rule left the rules file: it can never show, so there is nothing to allow
            QStringList detail{kindLabel(rule->kind)};
            if (!key.second.empty())
                detail
                    << tr("About “%1”").arg(promptSubjectName(key.second, session()->definition()).toLower());
            if (const auto* state = history->find(key.first, key.second); state && state->quietDecidedOn)
                detail << tr("Set aside on %1")
                              .arg(QLocale().toString(toQDate(*state->quietDecidedOn),
                                                      tr("d MMMM yyyy", "date format")));
            found.push_back({static_cast<std::size_t>(rule - rules.rules.data()),
                             {key.first, key.second, titleOf(*rule, key.second, session()->definition()),
                              detail.join(QStringLiteral(" · "))}});
        }
    }
    // In the order of the rules file, which is the order prompts are shown in.
    std::stable_sort(found.begin(), found.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    std::vector<SetAsidePromptsModel::Entry> entries;
    for (auto& [order, entry] : found)
        entries.push_back(std::move(entry));
    m_setAside.setEntries(std::move(entries));
    emit setAsideChanged();
}

bool PromptSettingsController::setKindEnabled(const QString& kindKey, bool enabled) {
    const auto kind = promptKindFromKey(kindKey.toStdString());
    if (!kind || *kind == PromptKind::Crisis) {
        setMessage({}, tr("Crisis support can't be turned off."));
        reloadKinds(); // the switch goes back to where it was
        return false;
    }
    try {
        PromptKindsSetting(session()->settings()).setEnabled(*kind, enabled);
    } catch (const StorageError& error) {
        setMessage({}, storageErrorText(error));
        reloadKinds();
        return false;
    }
    setMessage(enabled
                   ? tr("Turned on: %1.").arg(kindLabel(*kind))
                   : tr("Turned off: %1. You can turn it on again here at any time.").arg(kindLabel(*kind)),
               {});
    return true;
}

bool PromptSettingsController::allowAgain(int row) {
    if (row < 0 || row >= m_setAside.rowCount())
        return false;
    const auto entry = m_setAside.entries()[static_cast<std::size_t>(row)];
    PromptEvent event;
    event.ruleId = entry.ruleId;
    event.subject = entry.subject;
    event.kind = PromptEventKind::Allowed;
    event.at = session()->clock().nowLocal();
    try {
        (void)session()->promptEvents().record(event);
    } catch (const StorageError& error) {
        setMessage({}, storageErrorText(error));
        return false;
    }
    setMessage(tr("“%1” can appear again when it fits.").arg(entry.title), {});
    return true;
}

void PromptSettingsController::setMessage(QString status, QString error) {
    m_statusText = std::move(status);
    m_errorText = std::move(error);
    emit messageChanged();
}

} // namespace tend::ui
