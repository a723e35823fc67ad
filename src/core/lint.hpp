// Structural checks on a loaded scenario: what can be known without playing it.
#pragma once

#include "diagnostic.hpp"
#include "scenario.hpp"

#include <set>
#include <string>
#include <vector>

namespace frontline {

// Longest customer line, narration or choice that reads comfortably on a projector.
constexpr std::size_t kProjectorCharacters = 220;

std::vector<Diagnostic> lint(const Scenario& scenario);

// The nodes and endings no `go` leads to from the start, following fixed targets and the ids
// quoted inside computed ones; empty when some computed `go` quotes none (it might lead
// anywhere). Lint reports them; the explorer's findings leave them to it, so each is said once.
std::set<std::string> unlinkedNodes(const Scenario& scenario);

// What lint says of such a node: "node 'x' can never be reached from the start".
std::string unlinkedMessage(const Node& node);

} // namespace frontline
