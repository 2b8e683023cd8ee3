#pragma once

#include "assessment/instrumentpack.h"
#include "domain/checkindefinition.h"
#include "supervision/supervisionchoices.h"
#include "supervision/supervisionfacts.h"
#include "supervision/supervisionsummary.h"

#include <vector>

namespace tend::ui {

// Words the facts of a supervision period as the worker's document, applying their choices: a section
// they left out is not worded at all, and scores (index values, bands, chart data, reflection scores,
// points of difference) appear only when they chose them. Sentences are first person where they speak
// for the worker, plain, never a diagnosis. `packs` are the instrument packs reflections may come from,
// the organisation's before Tend's own.
[[nodiscard]] SupervisionSummary supervisionDocument(const SupervisionFacts& facts,
                                                     const SupervisionChoices& choices,
                                                     const CheckinDefinition& definition,
                                                     const std::vector<InstrumentPack>& packs);

} // namespace tend::ui
