#pragma once

#include <string>

namespace tend {

// One plain paragraph, for every "why?", that gives the cut-offs of the index bands and of an indicator's
// harder side, and says that they are Tend's own and not validated clinical thresholds. Built from the
// same constants the bands use, so the words can never disagree with the numbers.
[[nodiscard]] std::string bandsNote();

} // namespace tend
