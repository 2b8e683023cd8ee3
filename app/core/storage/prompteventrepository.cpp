#include "storage/prompteventrepository.h"

#include "storage/database.h"
#include "storage/rowparsing.h"
#include "storage/storageerror.h"
#include "time/isodate.h"

#include <string>
#include <utility>

namespace tend {

namespace {

void checkEvent(const PromptEvent& event) {
    if (event.at.is_special())
        throw StorageError(StorageError::Kind::Query, "A prompt event needs a real time to be stored");
    const bool decision = event.kind == PromptEventKind::Dismissed || event.kind == PromptEventKind::Snoozed;
    if (decision && !event.quietUntil)
        throw StorageError(StorageError::Kind::Query,
                           "A dismissed or snoozed prompt needs a quiet-until day");
    if (!decision && event.quietUntil)
        throw StorageError(StorageError::Kind::Query,
                           "Only a dismissed or snoozed prompt has a quiet-until day");
    if (event.kind != PromptEventKind::Shown && (event.planActionId || event.libraryActionId))
        throw StorageError(StorageError::Kind::Query, "Only a shown prompt names a suggested action");
    if (event.planActionId && event.libraryActionId)
        throw StorageError(StorageError::Kind::Query,
                           "A shown prompt suggests a plan action or a library action, not both");
    if (event.quietUntil && event.quietUntil->is_special() && !isNeverAgain(*event.quietUntil))
        throw StorageError(StorageError::Kind::Query, "A quiet-until day must be a real day or never");
    if (event.kind == PromptEventKind::Snoozed && event.quietUntil && isNeverAgain(*event.quietUntil))
        throw StorageError(StorageError::Kind::Query, "Only a dismissal can be for good; a snooze ends");
}

constexpr std::string_view eventColumns =
    "SELECT rule_id, subject, event, at, quiet_until, reason, plan_action_id, library_action_id "
    "FROM prompt_events ";

} // namespace

bool PromptEventRepository::alreadyShownOn(const PromptEvent& event) {
    // Stored times are 'YYYY-MM-DDTHH:MM:SS', so the day's events sort between the bare date and the next.
    Statement rows = m_db.prepare("SELECT 1 FROM prompt_events WHERE rule_id = ?1 AND subject = ?2 "
                                  "AND event = 'shown' AND at >= ?3 AND at < ?4 LIMIT 1");
    rows.bind(1, event.ruleId)
        .bind(2, event.subject)
        .bind(3, toIsoDate(event.at.date()))
        .bind(4, toIsoDate(event.at.date() + boost::gregorian::days(1)));
    return rows.step();
}

bool PromptEventRepository::record(const PromptEvent& event) {
    checkEvent(event);
    Transaction transaction(m_db);
    if (event.kind == PromptEventKind::Shown && alreadyShownOn(event))
        return false;
    Statement insert = m_db.prepare("INSERT INTO prompt_events (rule_id, subject, event, at, quiet_until, "
                                    "reason, plan_action_id, library_action_id) "
                                    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
    insert.bind(1, event.ruleId)
        .bind(2, event.subject)
        .bind(3, promptEventKey(event.kind))
        .bind(4, toIsoDateTime(event.at))
        .bind(6, event.reason);
    if (event.quietUntil)
        insert.bind(5, quietUntilText(*event.quietUntil));
    else
        insert.bindNull(5);
    if (event.planActionId)
        insert.bind(7, *event.planActionId);
    else
        insert.bindNull(7);
    if (event.libraryActionId)
        insert.bind(8, *event.libraryActionId);
    else
        insert.bindNull(8);
    insert.run();
    transaction.commit();
    m_changes.notify();
    return true;
}

void PromptEventRepository::removeAll() {
    m_db.execute("DELETE FROM prompt_events");
    if (m_db.changes() > 0)
        m_changes.notify();
}

void PromptEventRepository::forgetSuggestedPlanActions() {
    m_db.execute("UPDATE prompt_events SET plan_action_id = NULL WHERE plan_action_id IS NOT NULL");
    if (m_db.changes() > 0)
        m_changes.notify();
}

std::vector<PromptEvent> PromptEventRepository::since(boost::gregorian::date from) {
    Statement rows = m_db.prepare(std::string(eventColumns).append("WHERE at >= ?1 ORDER BY at, id"));
    rows.bind(1, toIsoDate(from));
    return read(rows);
}

std::vector<PromptEvent> PromptEventRepository::read(Statement& rows) {
    std::vector<PromptEvent> events;
    while (rows.step()) {
        PromptEvent event;
        event.ruleId = rows.text(0);
        event.subject = rows.text(1);
        const auto kindText = rows.text(2);
        const auto kind = promptEventKindFromKey(kindText);
        if (!kind)
            throw StorageError(StorageError::Kind::Query, "Unknown stored prompt event '" + kindText + "'");
        event.kind = *kind;
        event.at = storedDateTime(rows.text(3), "prompt event");
        if (const auto quietUntil = rows.optionalText(4)) {
            event.quietUntil = parseQuietUntil(*quietUntil);
            if (!event.quietUntil)
                throw StorageError(StorageError::Kind::Query,
                                   "Unreadable quiet-until day in stored prompt event: '" + *quietUntil +
                                       "'");
        }
        event.reason = rows.text(5);
        if (!rows.isNull(6))
            event.planActionId = rows.int64(6);
        event.libraryActionId = rows.optionalText(7);
        events.push_back(std::move(event));
    }
    return events;
}

PromptHistory PromptEventRepository::history(boost::gregorian::date today) {
    // Recent events, and every "never again" with any "allowed" that may have lifted it, however old.
    Statement rows = m_db.prepare(
        std::string(eventColumns)
            .append("WHERE at >= ?1 OR (event = 'dismissed' AND quiet_until = 'never') OR event = 'allowed' "
                    "ORDER BY at, id"));
    rows.bind(1, toIsoDate(today - boost::gregorian::days(historyDays)));
    return PromptHistory::fromEvents(read(rows));
}

} // namespace tend
