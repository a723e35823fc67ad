// Starting the real program as a person would, and reading what it cost: wall time, peak memory,
// CPU time while it sits idle.
#pragma once

#include <functional>
#include <map>
#include <string>
#include <vector>

namespace frontline::bench {

using Environment = std::map<std::string, std::string>; // added to this process's own

struct Finished {
    int exitCode = -1; // -1: did not finish in time (killed)
    std::string out;   // its standard output
    double seconds = 0;
    long peakRssKb = 0;
};

// Runs to the end (killed after `timeout` seconds); standard error passes through. `heard`, when
// given, sees the standard output so far each time more arrives (to act on what it prints).
Finished runToEnd(const std::vector<std::string>& argv, const Environment& env, double timeout,
                  const std::function<void(const std::string&)>& heard = {});

// Starts it, lets it settle for `settle` seconds, then measures the CPU it uses over `seconds`
// with no input; returns the percentage of one core, and ends it with SIGTERM.
double idleCpuPercent(const std::vector<std::string>& argv, const Environment& env, double settle,
                      double seconds);

// CLOCK_MONOTONIC now, in nanoseconds: the same clock in every process on this machine.
long long monotonicNs();

} // namespace frontline::bench
