#include "crashscenario.h"

#include <algorithm>
#include <array>

namespace tend::crash {

#define TEND_CRASH_SCENARIO(name) extern const CrashScenario name##Scenario;
#include "crashscenariolist.h"
#undef TEND_CRASH_SCENARIO

namespace {

#define TEND_CRASH_SCENARIO(name) &name##Scenario,
constexpr std::array scenarios{
#include "crashscenariolist.h"
};
#undef TEND_CRASH_SCENARIO

} // namespace

const CrashScenario* findCrashScenario(std::string_view name) {
    const auto it = std::find_if(scenarios.begin(), scenarios.end(),
                                 [&](const CrashScenario* scenario) { return scenario->name == name; });
    return it == scenarios.end() ? nullptr : *it;
}

std::vector<std::string_view> crashScenarioNames() {
    std::vector<std::string_view> names;
    for (const auto* scenario : scenarios)
        names.push_back(scenario->name);
    return names;
}

} // namespace tend::crash
