// A scenario's map as Graphviz DOT, for `frontline graph`: nodes from the start, endings coloured
// by kind, nodes with errors red, unreachable ones grey, computed `go` edges dashed.
#pragma once

#include "core/scenario.hpp"

#include <set>
#include <string>

namespace frontline::report {

struct MapMarks {
    std::set<std::string> unreached; // node ids no play-through visits
    std::set<std::string> failing;   // node ids where the author's code or lint found an error
};

std::string scenarioDot(const Scenario& scenario, const MapMarks& marks);

// The node a file:line falls in: the last node declared at or before that line in that file.
const Node* nodeAt(const Scenario& scenario, const SourceRef& where);

} // namespace frontline::report
