// Structural checks on a loaded scenario: what can be known without playing it.
#pragma once

#include "diagnostic.hpp"
#include "scenario.hpp"

#include <vector>

namespace frontline {

std::vector<Diagnostic> lint(const Scenario& scenario);

} // namespace frontline
