// The explorer's hard case, made up for measuring: situations in layers, with flags each set by a
// choice at one random node and read by a `when` at three random later nodes, so which choices
// are on offer depends on decisions taken long before.
#pragma once

#include <cstdint>
#include <string>

namespace frontline::bench {

struct LayeredShape {
    std::size_t nodes = 200;
    std::size_t flags = 12;
    std::size_t readsPerFlag = 3;
    std::uint64_t seed = 1;
};

// A Brightmart scenario `id` as Lua source: each node offers "on to the next", "skip one" and a
// weaker line, plus the choice that sets a flag there and the choices whose `when` reads one.
// Choices credit or breach library principles, so routes differ in points. Deterministic in seed.
std::string layeredLua(const std::string& id, const LayeredShape& shape);

} // namespace frontline::bench
