#pragma once

#include "assessment/instrumentpack.h"

#include <QString>

#include <vector>

namespace tend::ui {

class AppSession;

// A pack the worker can take: Tend's own, or one their organisation provides through its profile.
struct AvailablePack {
    InstrumentPack pack;
    bool fromOrganisation = false;
    QString organisation; // the organisation's name, empty for Tend's own packs or an unnamed profile
};

// Tend's own packs first, then the organisation's, each in the order its file lists them. An organisation
// pack whose id is already taken by one of Tend's is left out: results are filed by pack id, and two packs
// sharing one history would mix their scores. Throws StorageError (the org profile lives in settings).
[[nodiscard]] std::vector<AvailablePack> readAvailablePacks(AppSession& session);

} // namespace tend::ui
