// A scenario's map as Graphviz DOT, for `frontline graph`: nodes from the start, endings coloured
// by kind, nodes with errors red, unreachable ones grey, computed `go` edges dashed.
#pragma once

#include "core/scenario_map.hpp"

#include <string>

namespace frontline::report {

std::string scenarioDot(const Scenario& scenario, const MapMarks& marks);

} // namespace frontline::report
