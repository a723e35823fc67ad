// Where the bundled library lives, and turning "SCENARIO" (a path or an id) into a scenario.
#pragma once

#include "script/library.hpp"

#include <iosfwd>
#include <optional>
#include <string>

namespace frontline::cli {

// --scenarios DIR if given; else $FRONTLINE_SCENARIOS; else next to the executable; else the
// source tree's scenarios/ folder.
std::string defaultScenariosDir();

// A file path loads that file; anything else is looked up by id in the library. On failure,
// writes a message (with file:line diagnostics where there are some) to err.
std::optional<script::LoadedScenario>
resolveScenario(const std::string& what, const std::string& scenariosDir, std::ostream& err);

} // namespace frontline::cli
