#pragma once

#include "insights/indexdefinition.h"

#include <QString>

namespace tend::ui {

// What each composite index is called on screen, and one plain sentence on what it is made of. Clear but
// not clinical: the worker should recognise themselves, not a diagnosis.
[[nodiscard]] QString indexDisplayName(IndexId id);
[[nodiscard]] QString indexDescription(IndexId id);
// "low", "moderate", "high", "good" in the worker's language.
[[nodiscard]] QString indexBandName(IndexBand band);

} // namespace tend::ui
