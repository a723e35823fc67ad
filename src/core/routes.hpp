// Every distinct route through a scenario, for an author or reviewer who wants to read them all:
// each route once, to its ending, in the order a depth-first walk meets them.
//
// Two prefixes that reach the same situation (node, variables, mood, random source: what the
// explorer tells apart, the clock left out) read the same from there on, so the second is not
// printed again: it "joins" the first route that went through that situation (its grade, which
// also depends on the evidence so far, is still worked out in full). A route that comes back to
// a situation it has already been in "loops"; it adds nothing new to read.
#pragma once

#include "scenario.hpp"
#include "scripting.hpp"

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace frontline {

struct Route {
    enum class End {
        Ending,  // reaches an ending
        Joins,   // reaches a situation an earlier route went through: the same from there
        Loops,   // comes back to a situation earlier on this route
        DeadEnd, // no choice on offer
        Failed,  // an author function failed
        TooLong, // longer than the step limit
    };
    End end = End::Ending;
    std::vector<std::string> choices; // choice ids from the start
    std::size_t shared = 0;           // leading choices shared with the route printed just before
    // Joins: the earlier route and the number of its choices already made at the meeting point.
    // Loops: the number of this route's own choices made when it was first in the situation.
    std::size_t route = 0, atStep = 0;
    std::string failure; // Failed: the author function's message
};

struct RouteList {
    std::vector<Route> routes;
    bool limitHit = false; // more routes exist than the limit allowed
};

struct RouteOptions {
    std::uint64_t seed = 1;
    std::size_t limit = 2000; // routes listed at most
    std::size_t maxSteps = 120;
};

RouteList listRoutes(const std::shared_ptr<const Scenario>& scenario,
                     const std::shared_ptr<Scripting>& scripting, const RouteOptions& options = {});

// The choices a joined route ends up making: its own up to the meeting point, then those of the
// route it joins from there (which may itself join another).
std::vector<std::string> fullChoices(const RouteList& list, std::size_t index);

} // namespace frontline
