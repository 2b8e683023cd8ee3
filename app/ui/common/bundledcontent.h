#pragma once

#include "assessment/instrumentpack.h"
#include "content/emergencynumbers.h"
#include "content/learningcards.h"
#include "content/selfcarelibrary.h"
#include "prompts/promptrules.h"

#include <string>
#include <vector>

namespace tend::ui {

// The data files Tend ships (assets/, compiled into the app's resources), parsed once at start. A broken
// file is a build defect, not something the worker can fix, so loading throws DataFileError naming
// the file and the place.
struct BundledContent {
    SelfCareLibrary selfCareLibrary;
    LearningCards learningCards;
    PromptRules promptRules;
    std::string defaultOrgProfile; // JSON text; parsed (and replaceable) through OrgProfileStore
    std::vector<InstrumentPack> instrumentPacks; // Tend's own packs, e.g. the monthly reflection
    EmergencyNumbers emergencyNumbers;           // the national numbers offered first on Support
};

[[nodiscard]] const BundledContent& bundledContent();

} // namespace tend::ui
