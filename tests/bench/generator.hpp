// A scenario made up for measuring: a graph of situations with three choices each, written both as
// a Frontline scenario (Lua) and as an ink story, so the engine and a peer run the same work.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace frontline::bench {

struct GeneratedChoice {
    std::string id;
    std::string text;   // holds {count} and {name}: every offer is interpolated
    std::size_t target; // index into nodes, or nodes.size() + k for ending k
    std::string when;   // a flag name, "not <flag>", or "" for always offered
    std::string setFlag;
    bool setTo = true;
    bool countUp = false; // an effect: count = min(count + 1, kCountCap)
    int mood = 0;
    std::string credit, breach; // principle ids, or ""
};

struct GeneratedNode {
    std::string id;
    std::string customer;
    std::vector<GeneratedChoice> choices;
};

struct GeneratedEnding {
    std::string id, kind, summary;
};

struct GeneratedGraph {
    std::string id; // "<organisation>.<name>"
    std::vector<GeneratedNode> nodes;
    std::vector<GeneratedEnding> endings;
    std::vector<std::string> flags;
};

constexpr int kCountCap = 5;

// `nodes` situations of three choices each. The first choice always leads to the next node, so
// the longest path is `nodes` choices (a long transcript for the frame benchmark); the others jump
// ahead, so a random play-through ends in about nodes / 3 choices. A third of the choices have a
// `when`; most set a flag or run an effect. Deterministic in `seed`.
GeneratedGraph generate(const std::string& id, std::size_t nodes, std::uint64_t seed);

// "007": generated files and nodes sort in the order they were made.
std::string padded(std::size_t number);

std::string toLua(const GeneratedGraph& graph);
std::string toInk(const GeneratedGraph& graph);

} // namespace frontline::bench
