#include "commands.hpp"

#include "core/explorer.hpp"
#include "paths.hpp"
#include "report/json_text.hpp"
#include "result_json.hpp"

#include <fmt/format.h>
#include <fmt/ostream.h>
#include <fmt/ranges.h>

#include <chrono>
#include <ostream>

namespace frontline::cli {

namespace {

void showPath(std::string_view label, const Exploration& found,
              const std::optional<PathResult>& path, std::ostream& out) {
    if (!path) {
        fmt::print(out, "{}: no path reaches an ending\n", label);
        return;
    }
    fmt::print(out, "{}: {} ({}%, {} points), ending '{}'\n  --choose-ids {}\n", label,
               toString(found.gradeOf(path->points)),
               percentOf(path->points.points, found.bestPoints()), path->points.points,
               path->ending, fmt::join(path->choices, ","));
}

std::string gradeText(const Exploration& found, const std::optional<PathResult>& path) {
    if (!path) return "-";
    return fmt::format("{} ({}%)", toString(found.gradeOf(path->points)),
                       percentOf(path->points.points, found.bestPoints()));
}

// What an author tunes grades by: per breached principle the best and the worst grade of any
// route that breaches it, per ending the best grade of a route to it, each with its route.
void showCalibration(const Exploration& found, std::ostream& out) {
    if (!found.breachable.empty()) {
        fmt::print(out, "When a principle is breached (best and worst grade of any route that "
                        "breaches it):\n");
        for (const std::string& id : found.breachable) {
            const auto best = found.bestWhenBreached.find(id);
            const auto worst = found.worstWhenBreached.find(id);
            const std::optional<PathResult> none;
            const auto& b = best != found.bestWhenBreached.end() ? best->second : none;
            const auto& w = worst != found.worstWhenBreached.end() ? worst->second : none;
            fmt::print(out, "  {:<32} best {:<18} worst {}\n", id,
                       b ? gradeText(found, b) : "Refer (critical)", gradeText(found, w));
            if (b) fmt::print(out, "    best  --choose-ids {}\n", fmt::join(b->choices, ","));
            if (w) fmt::print(out, "    worst --choose-ids {}\n", fmt::join(w->choices, ","));
        }
    }
    fmt::print(out, "Best grade that reaches each ending:\n");
    for (const auto& [ending, route] : found.bestAtEnding) {
        fmt::print(out, "  {:<32} {}\n", ending, gradeText(found, route));
        if (route) fmt::print(out, "    --choose-ids {}\n", fmt::join(route->choices, ","));
    }
}

} // namespace

int exploreCommand(const ExploreCommandOptions& options, Io io) {
    const auto loaded = resolveScenario(options.scenario, options.scenariosDir, io.err);
    if (!loaded) return 1;
    ExploreOptions explore_options;
    explore_options.maxStates = options.maxStates;
    explore_options.calibrate = true;
    const auto started = std::chrono::steady_clock::now();
    const Exploration found =
        explore(loaded->file.scenario, loaded->file.scripting, loaded->rubric, explore_options);
    const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(
                        std::chrono::steady_clock::now() - started)
                        .count();
    if (options.json) {
        auto j = toJson(found);
        j = {{"scenario", loaded->file.scenario->id}, {"exploration", j}};
        io.out << report::jsonText(j, 2) << "\n";
        return found.errors.empty() ? 0 : 1;
    }
    const Scenario& s = *loaded->file.scenario;
    fmt::print(io.out, "{} ({})\n{} states explored in {} ms{}\n", s.title, s.id, found.states, ms,
               found.budgetHit
                   ? fmt::format(" — the state budget of {} was hit: results are partial",
                                 options.maxStates)
                   : "");
    fmt::print(io.out, "Endings reached (distinct end states):\n");
    for (const auto& [ending, count] : found.endings)
        fmt::print(io.out, "  {:<24} {}\n", ending, count);
    for (const Node& node : s.nodes)
        if (node.isEnding && !found.endings.count(node.id))
            fmt::print(io.out, "  {:<24} never\n", node.id);
    showPath("Best path", found, found.best, io.out);
    showPath("Worst path", found, found.worst, io.out);
    if (!found.unreached.empty())
        fmt::print(io.out, "Never reached: {}\n", fmt::join(found.unreached, ", "));
    if (!found.deadEnds.empty())
        fmt::print(io.out, "Dead ends (no choice on offer): {}\n", fmt::join(found.deadEnds, ", "));
    if (!found.trapped.empty())
        fmt::print(io.out, "Loops with no way out, at: {}\n", fmt::join(found.trapped, ", "));
    fmt::print(io.out, "Can be credited: {}\nCan be breached: {}\n",
               fmt::join(found.creditable, ", "), fmt::join(found.breachable, ", "));
    showCalibration(found, io.out);
    for (const auto& e : found.errors)
        io.out << format(e) << "\n";
    return found.errors.empty() ? 0 : 1;
}

} // namespace frontline::cli
