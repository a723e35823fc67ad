// Structural checks on a loaded scenario: what can be known without playing it.
#pragma once

#include "diagnostic.hpp"
#include "scenario.hpp"

#include <vector>

namespace frontline {

// Longest customer line, narration or choice that reads comfortably on a projector.
constexpr std::size_t kProjectorCharacters = 220;

std::vector<Diagnostic> lint(const Scenario& scenario);

} // namespace frontline
