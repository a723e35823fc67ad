// "Playtest from here": a route of choices that reaches a node from the start, so an author can
// begin play at any node with every variable, the mood and the clock as real play leaves them.
#pragma once

#include "diagnostic.hpp"
#include "session.hpp"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace frontline {

struct PathTo {
    std::optional<std::vector<std::string>> choices; // none: no play reaches the node
    std::size_t states = 0;                          // situations searched
    bool budgetHit = false;                          // gave up before searching them all
    std::vector<Diagnostic> errors;                  // author functions that failed on the way
    int breaches = 0; // principles the route breaches on the way (a principle twice counts twice)
};

// Which route: the fewest choices, or the fewest breaches (then the fewest choices), so that a
// playtest of a later node is not played through a mistake the author never meant.
enum class Route { Shortest, Cleanest };

// Over situations (as the explorer tells them apart), with the session's own seed, so replaying
// the choices in a session with that seed arrives at the node.
PathTo pathTo(const std::shared_ptr<const Scenario>& scenario,
              const std::shared_ptr<Scripting>& scripting, const std::string& nodeId,
              Route route = Route::Cleanest, std::uint64_t seed = 1,
              std::size_t maxStates = 100000);
inline PathTo shortestPathTo(const std::shared_ptr<const Scenario>& scenario,
                             const std::shared_ptr<Scripting>& scripting, const std::string& nodeId,
                             std::uint64_t seed = 1, std::size_t maxStates = 100000) {
    return pathTo(scenario, scripting, nodeId, Route::Shortest, seed, maxStates);
}

} // namespace frontline
