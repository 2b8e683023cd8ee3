#include "exchange/exportreader.h"

#include "exchange/exportedsettings.h"
#include "storage/database.h"
#include "storage/repositories.h"

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

} // namespace

ExportData readExportData(Repositories& repositories, const ExportSelection& selection) {
    ExportData data;
    data.contents = selection;
    data.contents.plan = selection.plan || selection.checkins || selection.promptHistory;
    const DayRange range{selection.from.value_or(earliestDay), selection.to.value_or(latestDay)};

    Transaction snapshot(repositories.database());
    if (selection.checkins) {
        data.checkins = repositories.checkins().range(range.from, range.to);
        if (!selection.notes)
            for (auto& checkin : data.checkins)
                checkin.note.clear();
    }
    if (selection.hardMoments) {
        data.hardMoments = repositories.hardMoments().inRange(range.from, range.to);
        if (!selection.notes)
            for (auto& moment : data.hardMoments)
                moment.note.clear();
    }
    if (data.contents.plan) {
        data.plan = repositories.plan().all();
        std::sort(data.plan.begin(), data.plan.end(),
                  [](const PlanAction& a, const PlanAction& b) { return a.id < b.id; });
    }
    if (selection.assessments) {
        for (auto& result : repositories.assessments().all())
            if (range.contains(result.takenOn))
                data.assessments.push_back(std::move(result));
    }
    if (selection.promptHistory) {
        for (auto& event : repositories.promptEvents().since(range.from))
            if (range.contains(event.at.date()))
                data.promptEvents.push_back(std::move(event));
    }
    if (selection.settings)
        data.settings = repositories.settings().values(exportedSettingKeys);
    if (selection.personalContacts)
        data.personalContacts = repositories.personalContacts().all();
    snapshot.commit();
    return data;
}

} // namespace tend
