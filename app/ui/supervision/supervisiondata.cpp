#include "supervision/supervisiondata.h"

#include "app/appsession.h"

namespace tend::ui {

SupervisionData readSupervisionData(AppSession& session, int weeks) {
    // Today and the hard moments follow the worker's check-in day, not the calendar's.
    const DayStart dayStart = session.dayStart();
    const auto period = SupervisionPeriod::endingOn(session.today(), weeks);
    const SupervisionSources sources{session.definition(),
                                     session.tracking().trackedItems(),
                                     session.checkins(),
                                     session.hardMoments(),
                                     session.plan(),
                                     session.assessments(),
                                     dayStart};
    SupervisionData data;
    data.facts = readSupervisionFacts(session.database(), sources, period);
    data.packs = session.orgProfile().load().profile.instrumentPacks;
    const auto& own = session.content().instrumentPacks;
    data.packs.insert(data.packs.end(), own.begin(), own.end());
    return data;
}

} // namespace tend::ui
