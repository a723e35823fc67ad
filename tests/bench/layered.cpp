#include "layered.hpp"

#include <fmt/format.h>

#include <map>
#include <random>
#include <vector>

namespace frontline::bench {

namespace {

struct Roles {
    std::vector<std::size_t> sets, reads; // flag numbers set / read at this node
};

std::string target(std::size_t node, std::size_t nodes) {
    return node < nodes ? fmt::format("n{}", node) : std::string("done");
}

// Which nodes set and read each flag: set somewhere before the last stretch, read later on.
std::vector<Roles> rolesFor(const LayeredShape& shape) {
    std::mt19937_64 rng(shape.seed);
    std::vector<Roles> roles(shape.nodes);
    for (std::size_t f = 0; f < shape.flags; ++f) {
        std::uniform_int_distribution<std::size_t> setAt(0, shape.nodes * 2 / 3);
        const std::size_t at = setAt(rng);
        roles[at].sets.push_back(f);
        std::uniform_int_distribution<std::size_t> readAt(at + 1, shape.nodes - 1);
        for (std::size_t r = 0; r < shape.readsPerFlag; ++r)
            roles[readAt(rng)].reads.push_back(f);
    }
    return roles;
}

std::string node(std::size_t i, const LayeredShape& shape, const Roles& roles) {
    std::string out = fmt::format("node \"n{}\" {{\n  customer = \"Step {}.\",\n", i, i);
    out += fmt::format("  choice {{ \"Carry on\", id = \"next\", go = \"{}\", credit = \"{}\", "
                       "why = \"w\" }},\n",
                       target(i + 1, shape.nodes), i % 2 == 0 ? "heat.hear" : "heat.own");
    out += fmt::format("  choice {{ \"Skip ahead\", id = \"skip\", go = \"{}\", breach = "
                       "\"heat.hear\", why = \"w\" }},\n",
                       target(i + 2, shape.nodes));
    out += fmt::format("  choice {{ \"Hurry\", id = \"hurry\", go = \"{}\", mood = -5, why = "
                       "\"w\" }},\n",
                       target(i + 1, shape.nodes));
    for (std::size_t f : roles.sets)
        out += fmt::format("  choice {{ \"Note {}\", id = \"set{}\", go = \"{}\", set = {{ f{} = "
                           "true }}, why = \"w\" }},\n",
                           f, f, target(i + 1, shape.nodes), f);
    std::map<std::size_t, int> seen; // a flag read twice at one node gets two choices
    for (std::size_t f : roles.reads)
        out +=
            fmt::format("  choice {{ \"Use {}\", id = \"use{}-{}\", when = \"f{}\", go = \"{}\", "
                        "credit = \"service.expectations\", why = \"w\" }},\n",
                        f, f, seen[f]++, f, target(i + 1, shape.nodes));
    return out + "}\n";
}

} // namespace

std::string layeredLua(const std::string& id, const LayeredShape& shape) {
    std::string out = fmt::format(
        "scenario {{ id = \"{}\", title = \"Layered {} nodes, {} flags\", brief = \"Generated.\", "
        "organisation = \"brightmart\", customer = {{ name = \"Sam\" }}, start = \"n0\", "
        "state = {{",
        id, shape.nodes, shape.flags);
    for (std::size_t f = 0; f < shape.flags; ++f)
        out += fmt::format("{} f{} = false", f == 0 ? "" : ",", f);
    out += " } }\n";
    const std::vector<Roles> roles = rolesFor(shape);
    for (std::size_t i = 0; i < shape.nodes; ++i)
        out += node(i, shape, roles[i]);
    return out + "ending \"done\" { kind = \"resolved\", summary = \"Done.\" }\n";
}

} // namespace frontline::bench
