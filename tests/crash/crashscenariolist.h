// Every crash scenario, one line each: TEND_CRASH_SCENARIO(<name>) names the CrashScenario object
// <name>Scenario defined in <name>scenario.cpp. CMake reads this list too and adds one CTest test per line.
TEND_CRASH_SCENARIO(save)
TEND_CRASH_SCENARIO(hardmoments)
TEND_CRASH_SCENARIO(migrate)
TEND_CRASH_SCENARIO(import)
TEND_CRASH_SCENARIO(backup)
TEND_CRASH_SCENARIO(firststart)
