#include "frame_costs.hpp"

#include "report/json_text.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <ctime>

namespace frontline::app {
namespace {

double clockMs(clockid_t clock) {
    timespec now{};
    clock_gettime(clock, &now);
    return static_cast<double>(now.tv_sec) * 1e3 + static_cast<double>(now.tv_nsec) / 1e6;
}

} // namespace

double threadCpuMs() {
    return clockMs(CLOCK_THREAD_CPUTIME_ID);
}
double processCpuMs() {
    return clockMs(CLOCK_PROCESS_CPUTIME_ID);
}
double monotonicMs() {
    return clockMs(CLOCK_MONOTONIC);
}

double quantile(std::vector<double> values, double q) {
    if (values.empty()) return 0;
    std::sort(values.begin(), values.end());
    const double rank = std::ceil(q * static_cast<double>(values.size()));
    const auto index = static_cast<std::size_t>(std::clamp(rank, 1.0, double(values.size()))) - 1;
    return values[index];
}

std::string FrameCosts::json(double firstFrameMs,
                             const std::vector<std::pair<std::string, double>>& extras) const {
    std::vector<double> app, driver, wall;
    for (std::size_t i = std::min(m_settle, m_costs.size() > 0 ? m_costs.size() - 1 : 0);
         i < m_costs.size(); ++i) {
        app.push_back(m_costs[i].appMs);
        driver.push_back(std::max(0.0, m_costs[i].totalMs - m_costs[i].appMs));
        wall.push_back(m_costs[i].wallMs);
    }
    nlohmann::json figures = {
        {"first_frame_ms", firstFrameMs},          {"frames", m_costs.size()},
        {"measured_frames", app.size()},           {"app_ms_median", quantile(app, 0.5)},
        {"app_ms_p95", quantile(app, 0.95)},       {"driver_ms_median", quantile(driver, 0.5)},
        {"driver_ms_p95", quantile(driver, 0.95)}, {"wall_ms_median", quantile(wall, 0.5)}};
    for (const auto& [name, value] : extras)
        figures[name] = value;
    return report::jsonText(nlohmann::json{{"bench", figures}});
}

} // namespace frontline::app
