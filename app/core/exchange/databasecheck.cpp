#include "exchange/databasecheck.h"

#include "domain/checkinvalidation.h"
#include "domain/hardmoment.h"
#include "domain/personalcontactcheck.h"
#include "exchange/exportedsettings.h"
#include "exchange/utf8text.h"
#include "prompts/promptevent.h"
#include "storage/database.h"
#include "storage/repositories.h"
#include "storage/storageerror.h"
#include "time/isodate.h"

#include <nlohmann/json.hpp>

#include <functional>
#include <optional>

namespace tend {

namespace {

using Type = StoredValue::Type;

// One stored row, its values named by column number as in StoredRowReader::columns.
class Row final {
public:
    explicit Row(const StoredRow& row)
        : m_row(row) {}
    [[nodiscard]] bool isNull(int column) const { return at(column).type == Type::Null; }
    [[nodiscard]] Type type(int column) const { return at(column).type; }
    [[nodiscard]] const std::string& text(int column) const { return at(column).text; }
    [[nodiscard]] std::int64_t int64(int column) const { return at(column).integer; }
    // The row's key as the report names it: text as stored, numbers written out.
    [[nodiscard]] std::string key(int column) const {
        switch (type(column)) {
        case Type::Null:
            return "(none)";
        case Type::Integer:
            return std::to_string(int64(column));
        case Type::Real:
            return std::to_string(at(column).real);
        case Type::Text:
        case Type::Blob:
            return text(column);
        }
        return {};
    }

private:
    [[nodiscard]] const StoredValue& at(int column) const {
        return m_row.at(static_cast<std::size_t>(column));
    }
    const StoredRow& m_row;
};

class Checker final {
public:
    Checker(StoredRowReader& rows, DatabaseCheck& result)
        : m_rows(rows)
        , m_result(result) {}

    void report(const std::string& table, const std::string& key, std::string problem) {
        if (m_result.problems.size() < DatabaseCheck::maxProblems)
            m_result.problems.push_back({table, key, std::move(problem)});
        else
            ++m_result.problemsLeftOut;
    }

    // Hands each row of `table` to `check`; a table that cannot be read at all is one problem.
    void eachRow(StoredTable table, const std::function<void(const Row&)>& check) {
        try {
            m_rows.forEachRow(table, [&](const StoredRow& row) { check(Row(row)); });
        } catch (const StorageError& error) {
            report(std::string(StoredRowReader::tableName(table)), {},
                   std::string("could not be read: ") + error.what());
        }
    }

    // Text columns: present, of type text and valid UTF-8. Returns the text when it is.
    std::optional<std::string> text(const Row& row, int column, const std::string& table,
                                    const std::string& key, const char* name) {
        if (row.type(column) != Type::Text) {
            report(table, key, std::string(name) + " is not text");
            return std::nullopt;
        }
        const auto& value = row.text(column);
        if (!isValidUtf8(value)) {
            report(table, key, std::string(name) + " is not valid UTF-8");
            return std::nullopt;
        }
        return value;
    }

    std::optional<std::int64_t> integer(const Row& row, int column, const std::string& table,
                                        const std::string& key, const char* name) {
        if (row.type(column) != Type::Integer) {
            report(table, key, std::string(name) + " is not an integer");
            return std::nullopt;
        }
        return row.int64(column);
    }

    void date(const Row& row, int column, const std::string& table, const std::string& key,
              const char* name) {
        if (const auto value = text(row, column, table, key, name); value && !parseIsoDate(*value))
            report(table, key, std::string(name) + " '" + *value + "' is not a date written as YYYY-MM-DD");
    }

    void time(const Row& row, int column, const std::string& table, const std::string& key,
              const char* name) {
        if (const auto value = text(row, column, table, key, name); value && !parseIsoDateTime(*value))
            report(table, key,
                   std::string(name) + " '" + *value + "' is not a time written as YYYY-MM-DDTHH:MM:SS");
    }

private:
    StoredRowReader& m_rows;
    DatabaseCheck& m_result;
};

void checkSqlite(StoredRowReader& rows, DatabaseCheck& result, Checker& checker) {
    try {
        const auto messages = rows.integrityCheck();
        result.integrityOk = messages.size() == 1 && messages.front() == "ok";
        if (!result.integrityOk)
            for (const auto& message : messages)
                checker.report("database", "integrity_check", message);
    } catch (const StorageError& error) {
        checker.report("database", "integrity_check", std::string("could not run: ") + error.what());
    }
    try {
        for (const auto& violation : rows.foreignKeyViolations())
            checker.report(violation.table, "rowid " + violation.rowid,
                           "refers to a row of " + violation.parent + " that does not exist");
    } catch (const StorageError& error) {
        checker.report("database", {}, std::string("could not be read: ") + error.what());
    }
}

void checkCheckins(Checker& checker, const CheckinDefinition& definition) {
    const std::string table = "checkins";
    checker.eachRow(StoredTable::Checkins, [&](const Row& row) {
        const auto key = row.key(0);
        checker.date(row, 0, table, key, "date");
        if (const auto note = checker.text(row, 1, table, key, "note"); note && note->size() > maxNoteLength)
            checker.report(table, key,
                           "note is " + std::to_string(note->size()) + " bytes long; at most " +
                               std::to_string(maxNoteLength) + " are allowed");
        if (const auto rest = checker.integer(row, 2, table, key, "rest_day");
            rest && *rest != 0 && *rest != 1)
            checker.report(table, key, "rest_day is " + std::to_string(*rest) + ", not 0 or 1");
        checker.time(row, 3, table, key, "created_at");
        checker.time(row, 4, table, key, "updated_at");
    });
    const std::string answers = "checkin_answers";
    checker.eachRow(StoredTable::CheckinAnswers, [&](const Row& row) {
        const auto key = row.key(0) + "/" + row.key(1);
        const auto itemId = checker.text(row, 1, answers, key, "item_id");
        const auto value = checker.integer(row, 2, answers, key, "value");
        if (!itemId)
            return;
        const auto* item = definition.find(*itemId);
        if (!item)
            checker.report(answers, key, "there is no question \"" + *itemId + "\" in the check-in");
        else if (value && (*value < item->scale.min || *value > item->scale.max))
            checker.report(answers, key,
                           std::to_string(*value) + " is outside " + std::to_string(item->scale.min) +
                               " to " + std::to_string(item->scale.max));
    });
}

// Tags as the plan repository writes them: sorted ids, each once, joined by single spaces.
bool tagsAsStored(const std::string& text) {
    std::vector<std::string> tags;
    std::size_t start = 0;
    while (start <= text.size() && !text.empty()) {
        const auto end = std::min(text.find(' ', start), text.size());
        tags.push_back(text.substr(start, end - start));
        start = end + 1;
    }
    const auto normalised = SelfCarePlanRepository::normalisedTags(tags);
    return normalised && *normalised == tags;
}

void checkPlan(Checker& checker) {
    const std::string table = "selfcare_plan";
    checker.eachRow(StoredTable::SelfCarePlan, [&](const Row& row) {
        const auto key = row.key(0);
        if (!row.isNull(1))
            static_cast<void>(checker.text(row, 1, table, key, "library_id"));
        if (const auto title = checker.text(row, 2, table, key, "title");
            title && SelfCarePlanRepository::normalisedTitle(*title) != *title)
            checker.report(table, key,
                           "title is not one line of 1 to " +
                               std::to_string(SelfCarePlanRepository::maxTitleLength) +
                               " characters without spaces at either end");
        if (const auto position = checker.integer(row, 3, table, key, "position"); position && *position < 0)
            checker.report(table, key, "position is negative");
        checker.date(row, 4, table, key, "added_on");
        if (const auto archived = checker.integer(row, 5, table, key, "archived");
            archived && *archived != 0 && *archived != 1)
            checker.report(table, key, "archived is " + std::to_string(*archived) + ", not 0 or 1");
        if (const auto tags = checker.text(row, 6, table, key, "tags"); tags && !tagsAsStored(*tags))
            checker.report(table, key, "tags are not sorted ids separated by single spaces, each once");
    });
}

void checkHardMoments(Checker& checker) {
    const std::string table = "hard_moments";
    checker.eachRow(StoredTable::HardMoments, [&](const Row& row) {
        const auto key = row.key(0);
        checker.time(row, 1, table, key, "occurred_at");
        if (const auto intensity = checker.integer(row, 2, table, key, "intensity");
            intensity && (*intensity < HardMoment::minIntensity || *intensity > HardMoment::maxIntensity))
            checker.report(table, key, "intensity " + std::to_string(*intensity) + " is outside 1 to 3");
        if (const auto note = checker.text(row, 3, table, key, "note"); note && note->size() > maxNoteLength)
            checker.report(table, key,
                           "note is " + std::to_string(note->size()) + " bytes long; at most " +
                               std::to_string(maxNoteLength) + " are allowed");
    });
}

void checkPromptEvents(Checker& checker) {
    const std::string table = "prompt_events";
    checker.eachRow(StoredTable::PromptEvents, [&](const Row& row) {
        const auto key = row.key(0);
        if (const auto rule = checker.text(row, 1, table, key, "rule_id"); rule && rule->empty())
            checker.report(table, key, "rule_id is empty");
        static_cast<void>(checker.text(row, 2, table, key, "subject"));
        const auto eventText = checker.text(row, 3, table, key, "event");
        std::optional<PromptEventKind> kind;
        if (eventText) {
            kind = promptEventKindFromKey(*eventText);
            if (!kind)
                checker.report(table, key,
                               "event '" + *eventText +
                                   "' is not shown, opened, dismissed, snoozed or allowed");
        }
        checker.time(row, 4, table, key, "at");
        const auto quiet = row.isNull(5) ? std::nullopt : checker.text(row, 5, table, key, "quiet_until");
        const bool never = quiet == "never";
        if (quiet && !never && !parseIsoDate(*quiet))
            checker.report(table, key,
                           "quiet_until '" + *quiet + "' is neither a date written as YYYY-MM-DD nor never");
        static_cast<void>(checker.text(row, 6, table, key, "reason"));
        if (!kind)
            return;
        const bool decision = *kind == PromptEventKind::Dismissed || *kind == PromptEventKind::Snoozed;
        if (decision == row.isNull(5))
            checker.report(table, key,
                           decision ? "a dismissed or snoozed prompt has no quiet_until"
                                    : "only a dismissed or snoozed prompt has a quiet_until");
        if (never && *kind != PromptEventKind::Dismissed)
            checker.report(table, key, "only a dismissed prompt stays quiet for good");
        if (!row.isNull(7) && *kind != PromptEventKind::Shown)
            checker.report(table, key, "only a shown prompt names a plan action");
        if (!row.isNull(8)) {
            if (const auto library = checker.text(row, 8, table, key, "library_action_id");
                library && library->empty())
                checker.report(table, key, "library_action_id is empty");
            if (*kind != PromptEventKind::Shown)
                checker.report(table, key, "only a shown prompt names a library action");
            if (!row.isNull(7))
                checker.report(table, key, "a prompt names a plan action or a library action, not both");
        }
    });
}

std::optional<std::string> answersProblem(const std::string& text) {
    const auto answers = nlohmann::json::parse(text, nullptr, false);
    if (!answers.is_object())
        return "answers are not a JSON object";
    for (const auto& [itemId, value] : answers.items())
        if (!value.is_number_integer())
            return "the answer to \"" + itemId + "\" is not an integer";
    return std::nullopt;
}

std::optional<std::string> scoresProblem(const std::string& text) {
    const auto scores = nlohmann::json::parse(text, nullptr, false);
    if (!scores.is_object())
        return "scores are not a JSON object";
    for (const auto& [scaleId, entry] : scores.items()) {
        const bool valid = entry.is_object() && entry.size() == 2 && entry.contains("score") &&
                           entry.contains("band") &&
                           (entry["score"].is_number() || entry["score"].is_null()) &&
                           (entry["band"].is_string() || entry["band"].is_null());
        if (!valid)
            return "the score of \"" + scaleId +
                   "\" is not {\"score\": number or null, \"band\": text or null}";
    }
    return std::nullopt;
}

void checkAssessments(Checker& checker) {
    const std::string table = "assessment_results";
    checker.eachRow(StoredTable::AssessmentResults, [&](const Row& row) {
        const auto key = row.key(0);
        if (const auto pack = checker.text(row, 1, table, key, "pack_id"); pack && pack->empty())
            checker.report(table, key, "pack_id is empty");
        if (const auto version = checker.integer(row, 2, table, key, "pack_version"); version && *version < 1)
            checker.report(table, key, "pack_version is below 1");
        checker.date(row, 3, table, key, "taken_on");
        checker.time(row, 4, table, key, "taken_at");
        if (const auto answers = checker.text(row, 5, table, key, "answers"))
            if (const auto problem = answersProblem(*answers))
                checker.report(table, key, *problem);
        if (const auto scores = checker.text(row, 6, table, key, "scores"))
            if (const auto problem = scoresProblem(*scores))
                checker.report(table, key, *problem);
    });
}

void checkSettings(Checker& checker) {
    const std::string table = "settings";
    checker.eachRow(StoredTable::Settings, [&](const Row& row) {
        const auto key = checker.text(row, 0, table, row.key(0), "key");
        if (!key)
            return;
        const auto value = checker.text(row, 1, table, *key, "value");
        // Other settings (the app lock's, say) belong to the parts of Tend that own them.
        if (value && isExportedSetting(*key))
            if (const auto problem = exportedSettingProblem(*key, *value))
                checker.report(table, *key, *problem);
    });
}

void checkPersonalContacts(Checker& checker) {
    const std::string table = "personal_contacts";
    checker.eachRow(StoredTable::PersonalContacts, [&](const Row& row) {
        const auto key = row.key(0);
        PersonalContact contact;
        if (const auto kind = checker.text(row, 1, table, key, "kind")) {
            if (const auto known = personalContactKindFromKey(*kind))
                contact.kind = *known;
            else
                checker.report(table, key, "kind '" + *kind + "' is not a kind of contact Tend knows");
        }
        const std::pair<std::string*, const char*> texts[] = {{&contact.name, "name"},
                                                              {&contact.phone, "phone"},
                                                              {&contact.sms, "sms"},
                                                              {&contact.url, "url"},
                                                              {&contact.note, "note"}};
        bool readable = true;
        for (int i = 0; i < 5; ++i) {
            const auto value = checker.text(row, i + 2, table, key, texts[i].second);
            readable = readable && value.has_value();
            if (value)
                *texts[i].first = *value;
        }
        if (readable) {
            for (const auto& problem : personalContactProblems(contact)) {
                const auto field = contactFieldKey(problem.field);
                checker.report(table, key,
                               (field.empty() ? std::string() : std::string(field).append(": "))
                                   .append(describeContactProblem(problem)));
            }
            if (normalisedPersonalContact(contact) != contact)
                checker.report(table, key, "a text has spaces at either end or a link lacks https://");
        }
        if (const auto position = checker.integer(row, 7, table, key, "position"); position && *position < 0)
            checker.report(table, key, "position is negative");
    });
}

} // namespace

std::string DatabaseProblem::describe() const {
    return table + (key.empty() ? "" : " " + key) + ": " + problem;
}

DatabaseCheck checkDatabase(Repositories& repositories, const CheckinDefinition& definition) {
    DatabaseCheck result;
    Checker checker(repositories.storedRows(), result);
    Transaction snapshot(repositories.database());
    checkSqlite(repositories.storedRows(), result, checker);
    checkCheckins(checker, definition);
    checkPlan(checker);
    checkHardMoments(checker);
    checkPromptEvents(checker);
    checkAssessments(checker);
    checkSettings(checker);
    checkPersonalContacts(checker);
    snapshot.commit();
    return result;
}

} // namespace tend
