// What the author's map shows of a scenario, whoever draws it (the window, or Graphviz via
// `frontline graph`): its edges, which nodes no play reaches or have errors, and the layout.
#pragma once

#include "diagnostic.hpp"
#include "explorer.hpp"
#include "layout.hpp"
#include "scenario.hpp"

#include <set>
#include <string>
#include <vector>

namespace frontline {

struct MapMarks {
    std::set<std::string> unreached; // node ids no play-through visits
    std::set<std::string> failing;   // node ids where the author's code or lint found an error
};

// Unreached nodes from the explorer; failing ones from its errors and every error diagnostic.
MapMarks mapMarks(const Scenario& scenario, const Exploration& found,
                  const std::vector<Diagnostic>& diagnostics);

// The node a file:line falls in: the last node declared at or before that line in that file.
const Node* nodeAt(const Scenario& scenario, const SourceRef& where);

// One edge per choice and target, indexed by node position; computed targets dashed.
std::vector<LayoutEdge> mapEdges(const Scenario& scenario);

// What a map shows of a node: the customer's words, else the narration, else the summary.
const Text& shownWords(const Node& node);

// The scenario laid out from its start.
Layout mapLayout(const Scenario& scenario, const LayoutOptions& options = {});

} // namespace frontline
