#include "engine_bench.hpp"

#include "core/explorer.hpp"
#include "core/rng.hpp"
#include "core/session.hpp"

#include <algorithm>
#include <chrono>

namespace frontline::bench {
namespace {

using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point start) {
    return std::chrono::duration<double>(Clock::now() - start).count();
}

struct Played {
    std::size_t choices = 0;
    std::size_t lines = 0;
};

Played playOnce(const script::LoadedFile& file, Rng& pick, std::uint64_t seed) {
    Session session(file.scenario, file.scripting, seed, Mode::Practice);
    Played played;
    while (!session.finished()) {
        const std::vector<Offer> offers = session.offers();
        if (offers.empty()) break; // a dead end: the explorer reports these, not the benchmark
        const auto& offer = offers[static_cast<std::size_t>(
            pick.between(0, static_cast<std::int64_t>(offers.size()) - 1))];
        session.choose(offer.choice->id);
        ++played.choices;
    }
    played.lines = session.transcript().size();
    return played;
}

} // namespace

double median(std::vector<double> values) {
    if (values.empty()) return 0;
    std::sort(values.begin(), values.end());
    const std::size_t mid = values.size() / 2;
    return values.size() % 2 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
}

nlohmann::json engineThroughput(const script::LoadedFile& file, double seconds,
                                std::uint64_t seed) {
    Rng pick(seed);
    for (int i = 0; i < 20; ++i)
        playOnce(file, pick, seed + i); // warm caches and the VM
    std::size_t playthroughs = 0, choices = 0, lines = 0;
    const auto start = Clock::now();
    double elapsed = 0;
    while (elapsed < seconds) {
        const Played played = playOnce(file, pick, seed + playthroughs);
        ++playthroughs;
        choices += played.choices;
        lines += played.lines;
        elapsed = secondsSince(start);
    }
    return {{"scenario", file.scenario->id},
            {"seconds", elapsed},
            {"playthroughs", playthroughs},
            {"choices", choices},
            {"playthroughs_per_s", static_cast<double>(playthroughs) / elapsed},
            {"choices_per_s", static_cast<double>(choices) / elapsed},
            {"choices_per_playthrough", static_cast<double>(choices) / playthroughs},
            {"lines_per_playthrough", static_cast<double>(lines) / playthroughs}};
}

nlohmann::json exploreScenario(const script::LoadedFile& file, const Rubric& rubric, int runs) {
    std::vector<double> times;
    std::size_t states = 0;
    bool budgetHit = false;
    for (int run = 0; run < runs; ++run) {
        const auto start = Clock::now();
        const Exploration found = explore(file.scenario, file.scripting, rubric);
        times.push_back(secondsSince(start));
        states = found.states;
        budgetHit = found.budgetHit;
    }
    const double seconds = median(times);
    return {{"scenario", file.scenario->id},
            {"states", states},
            {"budget_hit", budgetHit},
            {"seconds", seconds},
            {"states_per_s", seconds > 0 ? static_cast<double>(states) / seconds : 0.0}};
}

} // namespace frontline::bench
