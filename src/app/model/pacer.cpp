#include "pacer.hpp"

#include <algorithm>

namespace frontline::app {

int Pacer::sleepMs(std::optional<Clock::time_point> next, Clock::time_point now, bool busy) {
    m_due = next;
    if (busy) return 0;
    if (!next) return -1;
    const auto ms = std::chrono::ceil<std::chrono::milliseconds>(*next - now).count();
    return static_cast<int>(std::clamp<long long>(ms, 0, 60000));
}

bool Pacer::due(Clock::time_point now) {
    if (!m_due || now < *m_due) return false;
    m_due.reset();
    return true;
}

} // namespace frontline::app
