// Where the bundled library lives, and turning "SCENARIO" (a path or an id) into a scenario.
#pragma once

#include "script/library.hpp"

#include <iosfwd>
#include <optional>
#include <string>

namespace frontline::cli {

// $FRONTLINE_SCENARIOS; else next to the executable; else the source tree's scenarios/ folder.
std::string defaultScenariosDir();

// A playable scenario and the rubric it is scored against.
struct Resolved {
    script::LoadedFile file;
    Rubric rubric;
};

// A file path loads that file (checked against the library's rubric); anything else is looked
// up by id in the library. On failure, writes a message (with file:line diagnostics where there
// are some) to err.
std::optional<Resolved> resolveScenario(const std::string& what, const std::string& scenariosDir,
                                        std::ostream& err);

} // namespace frontline::cli
