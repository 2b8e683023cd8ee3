#include "assessment/availablepacks.h"

#include "app/appsession.h"

#include <algorithm>

namespace tend::ui {

std::vector<AvailablePack> readAvailablePacks(AppSession& session) {
    std::vector<AvailablePack> packs;
    for (const auto& pack : session.content().instrumentPacks)
        packs.push_back({pack, false, {}});
    auto loaded = session.orgProfile().load();
    const auto organisation = QString::fromStdString(loaded.profile.organisation);
    for (auto& pack : loaded.profile.instrumentPacks) {
        const bool taken = std::any_of(packs.begin(), packs.end(),
                                       [&](const AvailablePack& other) { return other.pack.id == pack.id; });
        if (!taken)
            packs.push_back({std::move(pack), true, organisation});
    }
    return packs;
}

} // namespace tend::ui
