// Measurements of the real program: start-up to first frame, lint, idle CPU, frame cost, memory.
#pragma once

#include <nlohmann/json.hpp>

#include <string>

namespace frontline::bench {

struct WindowBenchSetup {
    std::string frontline; // the executable
    std::string library;   // the bundled library
    std::string generated; // the library plus 200 generated scenarios
    std::string scenario;  // a generated scenario's id, for the long transcript
    int runs = 5;
    double idleSeconds = 10;
};

nlohmann::json windowFigures(const WindowBenchSetup& setup);

} // namespace frontline::bench
