#include "storage/migrations.h"

#include "storage/database.h"
#include "storage/storageerror.h"

#include <sqlite3.h>

#include <string>

namespace tend {

const std::vector<Migration>& schemaMigrations() {
    static const std::vector<Migration> migrations = {
        {1, R"sql(
CREATE TABLE checkins (
    date TEXT PRIMARY KEY NOT NULL, -- 'YYYY-MM-DD'
    note TEXT NOT NULL DEFAULT '',
    rest_day INTEGER NOT NULL DEFAULT 0 CHECK (rest_day IN (0, 1)),
    created_at TEXT NOT NULL, -- local 'YYYY-MM-DDTHH:MM:SS'
    updated_at TEXT NOT NULL
);
CREATE TABLE checkin_answers (
    date TEXT NOT NULL REFERENCES checkins(date) ON DELETE CASCADE,
    item_id TEXT NOT NULL,
    value INTEGER NOT NULL,
    PRIMARY KEY (date, item_id)
);
CREATE TABLE settings (
    key TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
);
)sql"},
        {2, R"sql(
CREATE TABLE hard_moments (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    occurred_at TEXT NOT NULL, -- local 'YYYY-MM-DDTHH:MM:SS'
    intensity INTEGER NOT NULL CHECK (intensity BETWEEN 1 AND 3),
    note TEXT NOT NULL DEFAULT ''
);
)sql"},
        {3, R"sql(
CREATE INDEX hard_moments_by_time ON hard_moments(occurred_at);
)sql"},
        {4, R"sql(
-- The worker's own self-care plan. Wording is theirs (copied from the library when picked, then editable).
-- Actions leave the plan by being archived, so the days they were ticked keep their meaning.
CREATE TABLE selfcare_plan (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    library_id TEXT, -- the library action it started from; NULL for the worker's own
    title TEXT NOT NULL,
    position INTEGER NOT NULL,
    added_on TEXT NOT NULL, -- 'YYYY-MM-DD'
    archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1))
);
-- Self-care done on a check-in day.
CREATE TABLE checkin_selfcare (
    date TEXT NOT NULL REFERENCES checkins(date) ON DELETE CASCADE,
    action_id INTEGER NOT NULL REFERENCES selfcare_plan(id) ON DELETE CASCADE,
    PRIMARY KEY (date, action_id)
);
-- What happened to each prompt: shown, opened, dismissed, snoozed. Rate limits and "do not repeat" read it.
CREATE TABLE prompt_events (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    rule_id TEXT NOT NULL,
    subject TEXT NOT NULL DEFAULT '', -- the index or indicator the prompt was about, if any
    event TEXT NOT NULL CHECK (event IN ('shown', 'opened', 'dismissed', 'snoozed')),
    at TEXT NOT NULL, -- local 'YYYY-MM-DDTHH:MM:SS'
    quiet_until TEXT, -- 'YYYY-MM-DD': not shown again before this day (dismissed / snoozed)
    reason TEXT NOT NULL DEFAULT ''
);
CREATE INDEX prompt_events_by_rule ON prompt_events(rule_id, subject, at);
-- Results of periodic self-assessments (instrument packs).
CREATE TABLE assessment_results (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    pack_id TEXT NOT NULL,
    pack_version INTEGER NOT NULL,
    taken_on TEXT NOT NULL, -- 'YYYY-MM-DD'
    taken_at TEXT NOT NULL, -- local 'YYYY-MM-DDTHH:MM:SS'
    answers TEXT NOT NULL, -- JSON object: item id -> value
    scores TEXT NOT NULL -- JSON object: scale id -> {"score": number, "band": id or null}
);
CREATE INDEX assessment_results_by_pack ON assessment_results(pack_id, taken_on);
)sql"},
        {5, R"sql(
-- The plan action a shown self-care prompt suggested, so that suggestions rotate across restarts.
-- Plan actions are archived rather than deleted; should one ever be deleted, the showing stays.
ALTER TABLE prompt_events ADD COLUMN plan_action_id INTEGER REFERENCES selfcare_plan(id) ON DELETE SET NULL;
-- A prompt counts as shown at most once a day. The repository already kept to that, so a duplicate can
-- only come from outside it; the history reads one showing a day, and a duplicate would block the index.
DELETE FROM prompt_events WHERE event = 'shown' AND id NOT IN (
    SELECT min(id) FROM prompt_events WHERE event = 'shown' GROUP BY rule_id, subject, substr(at, 1, 10));
CREATE UNIQUE INDEX prompt_events_shown_once_a_day ON prompt_events(rule_id, subject, substr(at, 1, 10))
    WHERE event = 'shown';
)sql"},
        {6, R"sql(
-- Tags the worker gives a plan action (indicator ids and index keys, sorted, separated by single spaces),
-- so a prompt about what moved can suggest the worker's own actions too.
ALTER TABLE selfcare_plan ADD COLUMN tags TEXT NOT NULL DEFAULT '';
-- Prompt events gain "allowed" (a prompt set aside is welcome again), 'never' as a quiet-until day, and the
-- library action a self-care prompt suggested when the plan had nothing suitable. SQLite cannot change a
-- CHECK constraint in place, so the table is rebuilt with its rows, ids and id counter.
CREATE TABLE prompt_events_v6 (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    rule_id TEXT NOT NULL,
    subject TEXT NOT NULL DEFAULT '',
    event TEXT NOT NULL CHECK (event IN ('shown', 'opened', 'dismissed', 'snoozed', 'allowed')),
    at TEXT NOT NULL, -- local 'YYYY-MM-DDTHH:MM:SS'
    quiet_until TEXT, -- 'YYYY-MM-DD' or 'never': not shown again before this day (dismissed / snoozed)
    reason TEXT NOT NULL DEFAULT '',
    plan_action_id INTEGER REFERENCES selfcare_plan(id) ON DELETE SET NULL,
    library_action_id TEXT -- the library action a shown self-care prompt suggested
);
INSERT INTO prompt_events_v6 (id, rule_id, subject, event, at, quiet_until, reason, plan_action_id)
    SELECT id, rule_id, subject, event, at, quiet_until, reason, plan_action_id FROM prompt_events;
DELETE FROM sqlite_sequence WHERE name = 'prompt_events_v6';
INSERT INTO sqlite_sequence (name, seq) SELECT 'prompt_events_v6', seq FROM sqlite_sequence
    WHERE name = 'prompt_events';
DROP TABLE prompt_events;
ALTER TABLE prompt_events_v6 RENAME TO prompt_events;
CREATE INDEX prompt_events_by_rule ON prompt_events(rule_id, subject, at);
CREATE UNIQUE INDEX prompt_events_shown_once_a_day ON prompt_events(rule_id, subject, substr(at, 1, 10))
    WHERE event = 'shown';
)sql"},
        {7, R"sql(
-- People and services the worker added to turn to (their GP, a therapist, a peer supporter, a trusted person,
-- a helpline), in the worker's order. Each has a name and at least one way to reach it; the texts are
-- checked by PersonalContactRepository before they get here.
CREATE TABLE personal_contacts (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    kind TEXT NOT NULL
        CHECK (kind IN ('gp', 'therapist', 'peer_supporter', 'trusted_person', 'helpline', 'other')),
    name TEXT NOT NULL CHECK (name <> ''),
    phone TEXT NOT NULL DEFAULT '',
    sms TEXT NOT NULL DEFAULT '', -- a number that takes text messages
    url TEXT NOT NULL DEFAULT '', -- https:// only
    note TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL, -- 0 first; dense
    CHECK (phone <> '' OR sms <> '' OR url <> '')
);
)sql"},
    };
    return migrations;
}

int latestSchemaVersion() {
    return schemaMigrations().back().version;
}

void migrate(Database& db, const std::vector<Migration>& migrations) {
    using Kind = StorageError::Kind;
    int previous = 0;
    for (const auto& step : migrations) {
        if (step.version <= previous)
            throw StorageError(Kind::MigrationFailed, "Schema steps must have increasing versions; step " +
                                                          std::to_string(step.version) + " follows " +
                                                          std::to_string(previous));
        previous = step.version;
    }
    const int latest = previous;

    // Read before any write: a newer database must be left exactly as it is.
    const int current = db.userVersion();
    if (current > latest)
        throw StorageError(Kind::TooNew, "This data was written by a newer version of Tend (schema " +
                                             std::to_string(current) + "; this version understands up to " +
                                             std::to_string(latest) + ")");
    if (current == latest)
        return;

    // IMMEDIATE takes the write lock up front, so no other connection can slip in between the steps.
    db.execute("BEGIN IMMEDIATE");
    int running = 0;
    try {
        for (const auto& step : migrations) {
            if (step.version <= current)
                continue;
            running = step.version;
            db.execute(step.sql);
            db.setUserVersion(step.version);
        }
        running = 0;
        db.execute("COMMIT");
    } catch (const std::exception& error) {
        sqlite3_exec(db.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
        const std::string stage =
            running ? "at the step to schema " + std::to_string(running) : "while committing";
        throw StorageError(Kind::MigrationFailed, "Upgrading the database from schema " +
                                                      std::to_string(current) + " failed " + stage +
                                                      "; nothing was changed: " + error.what());
    }
}

} // namespace tend
