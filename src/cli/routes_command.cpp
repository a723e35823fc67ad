#include "commands.hpp"

#include "core/explorer.hpp"
#include "core/routes.hpp"
#include "core/session.hpp"
#include "core/work_on.hpp"
#include "paths.hpp"

#include <fmt/format.h>
#include <fmt/ostream.h>
#include <fmt/ranges.h>

#include <functional>
#include <map>
#include <ostream>
#include <set>
#include <tuple>

namespace frontline::cli {

namespace {

// "+heat.hear +policy.log -ucp.misleading-rights": what one step credited and breached.
std::string evidenceAt(const Session& session, int step, bool ending) {
    std::vector<std::string> marks;
    for (const Evidence& e : session.evidence())
        if (e.step == step && e.choice.empty() == ending)
            marks.push_back((e.kind == EvidenceKind::Credit ? "+" : "-") + e.principle);
    return fmt::format("{}", fmt::join(marks, " "));
}

// The transcript from the step where this route leaves the one before it: the lines of the node
// it leaves from, then everything after, each choice with what it credited and breached.
void showTranscript(const Session& session, std::size_t fromStep, std::ostream& out) {
    const std::string& customer = session.scenario().customer.name;
    int step = 0;
    bool showing = fromStep == 0;
    for (const Line& line : session.transcript()) {
        if (line.speaker == Speaker::Learner) {
            ++step;
            if (static_cast<std::size_t>(step) > fromStep) showing = true;
        } else if (static_cast<std::size_t>(step) == fromStep) {
            showing = true;
        }
        if (!showing) continue;
        switch (line.speaker) {
        case Speaker::Narration:
            fmt::print(out, "     ({})\n", line.text);
            break;
        case Speaker::Customer:
            fmt::print(out, "     {}: \"{}\"\n", customer, line.text);
            break;
        case Speaker::Learner: {
            const std::string marks = evidenceAt(session, step, false);
            fmt::print(out, "  {:>2}. You [{}]: \"{}\"\n", step, line.choice, line.text);
            if (!marks.empty()) fmt::print(out, "      {}\n", marks);
            break;
        }
        }
    }
}

// The ending, its summary as this route renders it, and the grade with what cost points (with
// each rule's source when `full`).
void showOutcome(const Session& session, const Rubric& rubric, const Exploration& found, bool full,
                 std::ostream& out) {
    if (!session.finished()) return;
    const Node& ending = session.node();
    const Debrief d = debriefAgainst(session, rubric, found);
    fmt::print(out, "     == Ending '{}' ({}): {}\n", ending.id, toString(ending.endingKind),
               session.summary());
    const std::string marks = evidenceAt(session, static_cast<int>(session.steps().size()), true);
    if (!marks.empty()) fmt::print(out, "      {}\n", marks);
    fmt::print(out, "     Grade: {} ({}%, {} of {} points). {}\n", toString(d.grade), d.percent,
               d.points, d.best, d.reason);
    if (full) {
        for (const WorkOn& item : d.workOn)
            fmt::print(out, "       {}\n", describe(item).headline);
        return;
    }
    std::vector<std::string> costs;
    for (const WorkOn& item : d.workOn)
        costs.push_back(fmt::format("{} ({})", item.principle, signedPoints(item.points)));
    if (!costs.empty()) fmt::print(out, "     Cost points: {}\n", fmt::join(costs, ", "));
}

std::string_view endWord(Route::End end) {
    switch (end) {
    case Route::End::Ending:
        return "ending";
    case Route::End::Joins:
        return "joins";
    case Route::End::Loops:
        return "loops";
    case Route::End::DeadEnd:
        return "dead end";
    case Route::End::Failed:
        return "failed";
    case Route::End::TooLong:
        return "too long";
    }
    return "";
}

// Every distinct line any route says, once, under the node that says it, with the first route
// that shows it (to read it in context) and on how many listed routes it appears.
void showLines(const Scenario& scenario, const RouteList& list,
               const std::function<std::unique_ptr<Session>(const Route&)>& replay,
               std::ostream& out) {
    struct Seen {
        std::size_t firstRoute = 0, routes = 0;
    };
    // node -> (what, text) in first-seen order
    std::map<std::string, std::vector<std::pair<std::string, std::string>>> order;
    std::map<std::tuple<std::string, std::string, std::string>, Seen> seen;
    std::size_t total = 0;
    const auto note = [&](std::size_t route, const std::string& node, const std::string& what,
                          const std::string& text,
                          std::set<std::tuple<std::string, std::string, std::string>>& onRoute) {
        const auto key = std::make_tuple(node, what, text);
        if (!onRoute.insert(key).second) return;
        auto [it, fresh] = seen.try_emplace(key, Seen{route, 0});
        ++it->second.routes;
        if (fresh) {
            order[node].emplace_back(what, text);
            ++total;
        }
    };
    for (std::size_t i = 0; i < list.routes.size(); ++i) {
        const auto session = replay(list.routes[i]);
        std::set<std::tuple<std::string, std::string, std::string>> onRoute;
        for (const Line& line : session->transcript()) {
            const std::string what = line.speaker == Speaker::Learner
                                         ? "You [" + line.choice + "]"
                                         : std::string(toString(line.speaker));
            note(i, line.node, what, line.text, onRoute);
        }
        if (session->finished())
            note(i, session->node().id, "Summary", session->summary(), onRoute);
    }
    fmt::print(out,
               "{} distinct lines, each with the first route that says it (read it there, in "
               "context) and the number of listed routes that say it.\n",
               total);
    for (const Node& node : scenario.nodes) {
        const auto it = order.find(node.id);
        if (it == order.end()) continue;
        fmt::print(out, "\n{} '{}'\n", node.isEnding ? "Ending" : "Node", node.id);
        for (const auto& [what, text] : it->second) {
            const Seen& s = seen.at(std::make_tuple(node.id, what, text));
            fmt::print(out, "  {}: \"{}\"\n      (route {}; on {} route{})\n", what, text,
                       s.firstRoute + 1, s.routes, s.routes == 1 ? "" : "s");
        }
    }
}

} // namespace

int routesCommand(const RoutesOptions& options, Io io) {
    const auto loaded = resolveScenario(options.scenario, options.scenariosDir, io.err);
    if (!loaded) return 1;
    const auto& scenario = loaded->file.scenario;
    const auto& scripting = loaded->file.scripting;
    const Exploration found = explore(scenario, scripting, loaded->rubric);
    RouteOptions routeOptions;
    routeOptions.limit = options.limit.value_or(options.lines ? 100000 : 2000);
    const RouteList list = listRoutes(scenario, scripting, routeOptions);

    if (options.lines) {
        fmt::print(io.out, "{} ({}): every line any route says\n", scenario->title, scenario->id);
        showLines(
            *scenario, list,
            [&](const Route& route) {
                return rebuild(scenario, scripting, routeOptions.seed, route.choices).session;
            },
            io.out);
        if (list.limitHit)
            fmt::print(io.out, "\nStopped at {} routes (--limit); more exist.\n",
                       routeOptions.limit);
        return list.limitHit ? 1 : 0;
    }
    fmt::print(io.out, "{} ({}): every distinct route, each to its ending\n", scenario->title,
               scenario->id);
    fmt::print(io.out,
               "Each route starts where it leaves the route before it. A route that reaches a "
               "situation an earlier route was in says the same from there on (its grade can "
               "differ: explore and test judge the grades), so it stops there and says which. "
               "Each choice shows what it credits (+) and breaches (-).\n");
    std::map<std::string, std::size_t> byEnding;
    std::map<Route::End, std::size_t> byEnd;
    for (std::size_t i = 0; i < list.routes.size(); ++i) {
        const Route& route = list.routes[i];
        ++byEnd[route.end];
        const Rebuilt rebuilt = rebuild(scenario, scripting, routeOptions.seed, route.choices);
        const Session& session = *rebuilt.session;
        if (route.end == Route::End::Ending) ++byEnding[session.node().id];
        if (options.summary) {
            const std::string outcome =
                route.end == Route::End::Ending
                    ? fmt::format("{} {}", session.node().id,
                                  toString(debriefAgainst(session, loaded->rubric, found).grade))
                : route.end == Route::End::Joins
                    ? fmt::format("as route {} after its step {}", route.route + 1, route.atStep)
                    : std::string(endWord(route.end));
            fmt::print(io.out, "{:>4}. {} -> {}\n", i + 1, fmt::join(route.choices, ","), outcome);
            continue;
        }
        fmt::print(io.out, "\n--- Route {} of {}{}\n", i + 1, list.routes.size(),
                   route.shared > 0 ? fmt::format(" (steps 1-{} as route {})", route.shared, i)
                                    : "");
        showTranscript(session, route.shared, io.out);
        switch (route.end) {
        case Route::End::Joins:
            fmt::print(io.out,
                       "     ... from here every way on reads as listed from route {} after its "
                       "step {}.\n",
                       route.route + 1, route.atStep);
            break;
        case Route::End::Loops:
            fmt::print(io.out, "     ... back where this route was after step {}: a loop.\n",
                       route.atStep);
            break;
        case Route::End::DeadEnd:
            fmt::print(io.out, "     ... no choice is on offer here: a dead end.\n");
            break;
        case Route::End::Failed:
            fmt::print(io.out, "     ... {}\n", route.failure);
            break;
        case Route::End::TooLong:
            fmt::print(io.out, "     ... more than {} steps: stopped.\n", routeOptions.maxSteps);
            break;
        case Route::End::Ending:
            break;
        }
        showOutcome(session, loaded->rubric, found, options.debrief, io.out);
    }
    std::vector<std::string> endings;
    for (const auto& [id, count] : byEnding)
        endings.push_back(fmt::format("{} {}", id, count));
    fmt::print(io.out,
               "\n{} routes: {} to an ending, {} join an earlier route, {} loop, {} dead ends, {} "
               "failed{}.\nEndings of the routes printed to an ending: {}\n",
               list.routes.size(), byEnd[Route::End::Ending], byEnd[Route::End::Joins],
               byEnd[Route::End::Loops], byEnd[Route::End::DeadEnd], byEnd[Route::End::Failed],
               byEnd[Route::End::TooLong] ? fmt::format(", {} too long", byEnd[Route::End::TooLong])
                                          : "",
               fmt::join(endings, ", "));
    if (list.limitHit)
        fmt::print(io.out, "Stopped at {} routes (--limit); more exist.\n", routeOptions.limit);
    return byEnd[Route::End::Failed] == 0 && !list.limitHit ? 0 : 1;
}

} // namespace frontline::cli
