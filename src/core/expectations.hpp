// Checking a scenario's own `expect { ... }` promises against what the explorer found.
#pragma once

#include "explorer.hpp"

#include <vector>

namespace frontline {

// One diagnostic per expectation that does not hold, at its line.
std::vector<Diagnostic> checkExpectations(const Scenario& scenario, const Exploration& found);

} // namespace frontline
