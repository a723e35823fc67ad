// In-process measurements: the engine's random play-throughs and the explorer.
#pragma once

#include "script/library.hpp"

#include <nlohmann/json.hpp>

#include <string>

namespace frontline::bench {

// Random play-throughs of one scenario with the full session (practice mode: transcript,
// evidence, undo history), for `seconds` after a short warm-up.
nlohmann::json engineThroughput(const script::LoadedFile& file, double seconds, std::uint64_t seed);

// The explorer over one scenario: the median of `runs` walks.
nlohmann::json exploreScenario(const script::LoadedFile& file, const Rubric& rubric, int runs);

double median(std::vector<double> values);

} // namespace frontline::bench
