// What frames cost, for --bench-frames: per frame the CPU time of the app's own work (building
// the UI, on the main thread) and of the whole frame (every thread: the GL driver rasterises on
// threads of its own), and the wall time. The driver's share is the difference.
#pragma once

#include <string>
#include <vector>

namespace frontline::app {

// The CPU clocks the split needs, in milliseconds.
double threadCpuMs();
double processCpuMs();
double monotonicMs();

struct FrameCost {
    double appMs = 0;   // the main thread's CPU while it built the UI
    double totalMs = 0; // every thread's CPU over the whole frame
    double wallMs = 0;
};

class FrameCosts {
  public:
    // Frames before `settle` are left out of the medians (fonts, first layout).
    explicit FrameCosts(std::size_t settle = 10) : m_settle(settle) {}

    void add(const FrameCost& cost) { m_costs.push_back(cost); }
    std::size_t size() const { return m_costs.size(); }

    // One line of JSON: {"bench":{...}} with first_frame_ms, frames, and medians and 95th
    // percentiles of app, driver (total - app) and wall milliseconds, plus the extras given.
    std::string json(double firstFrameMs,
                     const std::vector<std::pair<std::string, double>>& extras) const;

  private:
    std::size_t m_settle;
    std::vector<FrameCost> m_costs;
};

// The value at fraction q (0..1) of the sorted values, nearest rank; 0 for none.
double quantile(std::vector<double> values, double q);

} // namespace frontline::app
