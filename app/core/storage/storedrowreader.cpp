#include "storage/storedrowreader.h"

#include "storage/database.h"

#include <map>

namespace tend {

namespace {

struct TableLayout {
    std::string_view name;
    std::vector<std::string_view> columns;
    std::string_view order;
};

const TableLayout& layout(StoredTable table) {
    static const std::map<StoredTable, TableLayout> layouts{
        {StoredTable::Checkins,
         {"checkins", {"date", "note", "rest_day", "created_at", "updated_at"}, "date"}},
        {StoredTable::CheckinAnswers, {"checkin_answers", {"date", "item_id", "value"}, "date, item_id"}},
        {StoredTable::SelfCarePlan,
         {"selfcare_plan", {"id", "library_id", "title", "position", "added_on", "archived", "tags"}, "id"}},
        {StoredTable::HardMoments, {"hard_moments", {"id", "occurred_at", "intensity", "note"}, "id"}},
        {StoredTable::PromptEvents,
         {"prompt_events",
          {"id", "rule_id", "subject", "event", "at", "quiet_until", "reason", "plan_action_id",
           "library_action_id"},
          "id"}},
        {StoredTable::AssessmentResults,
         {"assessment_results",
          {"id", "pack_id", "pack_version", "taken_on", "taken_at", "answers", "scores"},
          "id"}},
        {StoredTable::Settings, {"settings", {"key", "value"}, "key"}},
        {StoredTable::PersonalContacts,
         {"personal_contacts", {"id", "kind", "name", "phone", "sms", "url", "note", "position"}, "id"}},
    };
    return layouts.at(table);
}

StoredValue valueAt(const Statement& row, int column) {
    StoredValue value;
    switch (row.type(column)) {
    case Statement::ColumnType::Null:
        value.type = StoredValue::Type::Null;
        break;
    case Statement::ColumnType::Integer:
        value.type = StoredValue::Type::Integer;
        value.integer = row.int64(column);
        break;
    case Statement::ColumnType::Real:
        value.type = StoredValue::Type::Real;
        value.real = row.real(column);
        break;
    case Statement::ColumnType::Text:
        value.type = StoredValue::Type::Text;
        value.text = row.text(column);
        break;
    case Statement::ColumnType::Blob:
        value.type = StoredValue::Type::Blob;
        value.text = row.blob(column);
        break;
    }
    return value;
}

} // namespace

std::vector<std::string> StoredRowReader::integrityCheck() {
    Statement rows = m_db.prepare("PRAGMA integrity_check");
    std::vector<std::string> messages;
    while (rows.step())
        messages.push_back(rows.text(0));
    return messages;
}

std::vector<ForeignKeyViolation> StoredRowReader::foreignKeyViolations() {
    Statement rows = m_db.prepare("PRAGMA foreign_key_check");
    std::vector<ForeignKeyViolation> violations;
    while (rows.step())
        violations.push_back({rows.text(0), rows.text(1), rows.text(2)});
    return violations;
}

void StoredRowReader::forEachRow(StoredTable table, const std::function<void(const StoredRow&)>& visit) {
    // Built only from the fixed layouts above: no part of this text comes from outside.
    const auto& wanted = layout(table);
    std::string sql = "SELECT ";
    for (std::size_t i = 0; i < wanted.columns.size(); ++i)
        sql.append(i ? ", " : "").append(wanted.columns[i]);
    sql.append(" FROM ").append(wanted.name).append(" ORDER BY ").append(wanted.order);
    Statement rows = m_db.prepare(sql);
    const auto count = static_cast<int>(wanted.columns.size());
    StoredRow row(wanted.columns.size());
    while (rows.step()) {
        for (int column = 0; column < count; ++column)
            row[static_cast<std::size_t>(column)] = valueAt(rows, column);
        visit(row);
    }
}

std::string_view StoredRowReader::tableName(StoredTable table) {
    return layout(table).name;
}

const std::vector<std::string_view>& StoredRowReader::columns(StoredTable table) {
    return layout(table).columns;
}

} // namespace tend
