#include "exchange/exportreader.h"

#include "exchange/exportedsettings.h"
#include "storage/assessmentrepository.h"
#include "storage/checkinrepository.h"
#include "storage/database.h"
#include "storage/hardmomentrepository.h"
#include "storage/personalcontactrepository.h"
#include "storage/prompteventrepository.h"
#include "storage/rowparsing.h"
#include "storage/selfcareplanrepository.h"

#include <algorithm>
#include <string>

namespace tend {

namespace {

using boost::gregorian::date;

// The whole range Boost can represent: "no limit" without special values, which toIsoDate cannot write.
const date earliestDay(1400, 1, 1);
const date latestDay(9999, 12, 31);

struct DayRange {
    date from;
    date to;
    [[nodiscard]] bool contains(date day) const { return day >= from && day <= to; }
};

std::map<std::string, std::string> readSettings(Database& db) {
    std::map<std::string, std::string> settings;
    Statement rows = db.prepare("SELECT key, value FROM settings ORDER BY key");
    while (rows.step()) {
        auto key = rows.text(0);
        if (isExportedSetting(key))
            settings.emplace(std::move(key), rows.text(1));
    }
    return settings;
}

} // namespace

ExportData readExportData(Database& db, const ExportSelection& selection) {
    ExportData data;
    data.contents = selection;
    data.contents.plan = selection.plan || selection.checkins || selection.promptHistory;
    const DayRange range{selection.from.value_or(earliestDay), selection.to.value_or(latestDay)};

    Transaction snapshot(db);
    if (selection.checkins) {
        data.checkins = CheckinRepository(db).range(range.from, range.to);
        if (!selection.notes)
            for (auto& checkin : data.checkins)
                checkin.note.clear();
    }
    if (selection.hardMoments) {
        data.hardMoments = HardMomentRepository(db).inRange(range.from, range.to);
        if (!selection.notes)
            for (auto& moment : data.hardMoments)
                moment.note.clear();
    }
    if (data.contents.plan) {
        data.plan = SelfCarePlanRepository(db).all();
        std::sort(data.plan.begin(), data.plan.end(),
                  [](const PlanAction& a, const PlanAction& b) { return a.id < b.id; });
    }
    if (selection.assessments) {
        for (auto& result : AssessmentRepository(db).all())
            if (range.contains(result.takenOn))
                data.assessments.push_back(std::move(result));
    }
    if (selection.promptHistory) {
        for (auto& event : PromptEventRepository(db).since(range.from))
            if (range.contains(event.at.date()))
                data.promptEvents.push_back(std::move(event));
    }
    if (selection.settings)
        data.settings = readSettings(db);
    if (selection.personalContacts)
        data.personalContacts = PersonalContactRepository(db).all();
    snapshot.commit();
    return data;
}

} // namespace tend
