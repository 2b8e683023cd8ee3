#pragma once

#include <QString>

namespace tend::ui {

// The paragraph every "Why?" ends with: the cut-offs of the bands, and that they are Tend's own choice, not
// clinical thresholds. The translated twin of core's bandsNote(), built from the same cut-offs, so that a
// translation cannot state other numbers than the bands use.
[[nodiscard]] QString bandsNoteText();

} // namespace tend::ui
