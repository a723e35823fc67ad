// The session's seeded random source. Hand-rolled (SplitMix64) rather than <random> because the
// standard distributions differ between library implementations, and a replay must give the same
// transcript on every machine.
#pragma once

#include <cstdint>

namespace frontline {

class Rng {
  public:
    explicit Rng(std::uint64_t seed = 0) : m_state(seed) {}

    std::uint64_t next() {
        std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }

    // Uniform in [0, 1).
    double unit() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }

    // Uniform in [low, high]; low <= high is the caller's promise.
    std::int64_t between(std::int64_t low, std::int64_t high) {
        const auto span = static_cast<std::uint64_t>(high) - static_cast<std::uint64_t>(low) + 1;
        if (span == 0) return static_cast<std::int64_t>(next()); // the whole 64-bit range
        return static_cast<std::int64_t>(static_cast<std::uint64_t>(low) + next() % span);
    }

    std::uint64_t state() const { return m_state; }
    bool operator==(const Rng&) const = default;

  private:
    std::uint64_t m_state;
};

} // namespace frontline
