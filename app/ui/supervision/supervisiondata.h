#pragma once

#include "assessment/instrumentpack.h"
#include "supervision/supervisionfacts.h"

#include <vector>

namespace tend::ui {

class AppSession;

// What a supervision document is worded from: the facts of the period and the instrument packs its
// reflections may come from (the organisation's first, then Tend's own).
struct SupervisionData {
    SupervisionFacts facts;
    std::vector<InstrumentPack> packs;
};

// Reads the facts of the `weeks` weeks ending today (the worker's check-in day, by their stored day start)
// in one read (readSupervisionFacts), so every section describes the same moment. Throws StorageError, and
// std::invalid_argument for weeks outside SupervisionPeriod's range.
[[nodiscard]] SupervisionData readSupervisionData(AppSession& session, int weeks);

} // namespace tend::ui
