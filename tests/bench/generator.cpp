#include "generator.hpp"

#include "core/rng.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace frontline::bench {
namespace {

constexpr const char* kEndingKinds[] = {"resolved", "escalated", "unresolved", "lost"};
constexpr const char* kCredits[] = {"heat.hear", "heat.empathise", "heat.apologise", "heat.own"};
constexpr std::size_t kFlags = 4;
constexpr std::size_t kLongestJump = 6;

std::size_t roll(Rng& rng, std::size_t low, std::size_t high) {
    return static_cast<std::size_t>(
        rng.between(static_cast<std::int64_t>(low), static_cast<std::int64_t>(high)));
}

std::string nodeId(std::size_t i) {
    return fmt::format("n{}", padded(i));
}

GeneratedChoice makeChoice(const GeneratedGraph& graph, std::size_t node, std::size_t slot,
                           Rng& rng) {
    GeneratedChoice c;
    c.id = fmt::format("c{}", slot);
    c.text =
        fmt::format("Option {} at step {}: noted {{count}} times for {{name}}.", slot + 1, node);
    c.mood = static_cast<int>(roll(rng, 0, 10)) - 5;
    const std::size_t flag = roll(rng, 0, kFlags - 1);
    if (slot == 2) { // a third of the choices are offered only in some states
        c.when = (roll(rng, 0, 1) == 0 ? "" : "not ") + graph.flags[flag];
    }
    // Most choices change the state: a flag set, or (every fourth) an effect counting up.
    if (slot != 1 || roll(rng, 0, 1) == 0) {
        if (roll(rng, 0, 3) == 0)
            c.countUp = true;
        else {
            c.setFlag = graph.flags[(flag + 1) % kFlags];
            c.setTo = roll(rng, 0, 1) == 0;
        }
    }
    if (roll(rng, 0, 2) == 0) c.credit = kCredits[roll(rng, 0, 3)];
    if (roll(rng, 0, 9) == 0) c.breach = kCredits[roll(rng, 0, 3)];
    return c;
}

std::size_t targetOf(std::size_t node, std::size_t slot, std::size_t nodes, Rng& rng) {
    const std::size_t jump = slot == 0 ? 1 : roll(rng, 2, kLongestJump);
    const std::size_t to = node + jump;
    if (to < nodes) return to;
    return nodes + roll(rng, 0, std::size(kEndingKinds) - 1);
}

std::string luaString(const std::string& text) {
    std::string out = "\"";
    for (const char ch : text) {
        if (ch == '"' || ch == '\\') out += '\\';
        out += ch;
    }
    return out + "\"";
}

std::string targetName(const GeneratedGraph& graph, std::size_t target) {
    return target < graph.nodes.size() ? graph.nodes[target].id
                                       : graph.endings[target - graph.nodes.size()].id;
}

void luaChoice(std::string& out, const GeneratedGraph& graph, const GeneratedChoice& c) {
    out += "  choice { " + luaString(c.text) + ",\n    id = \"" + c.id + "\", go = \"" +
           targetName(graph, c.target) + "\", mood = " + std::to_string(c.mood) + ",";
    if (!c.when.empty()) out += " when = \"" + c.when + "\",";
    if (!c.setFlag.empty())
        out += " set = { " + c.setFlag + " = " + (c.setTo ? "true" : "false") + " },";
    if (c.countUp)
        out += "\n    effect = function(s) s.count = math.min(s.count + 1, " +
               std::to_string(kCountCap) + ") end,";
    if (!c.credit.empty()) out += " credit = \"" + c.credit + "\",";
    if (!c.breach.empty()) out += " breach = \"" + c.breach + "\",";
    out += "\n    why = \"Made up for measuring.\" },\n";
}

void inkChoice(std::string& out, const GeneratedGraph& graph, const GeneratedChoice& c) {
    out += "+ ";
    if (!c.when.empty()) out += "{" + c.when + "} ";
    out += c.text + "\n"; // unbracketed: the chosen line is printed, as in a transcript
    out += "  ~ mood = mood + " + std::to_string(c.mood) + "\n";
    if (!c.setFlag.empty()) out += "  ~ " + c.setFlag + " = " + (c.setTo ? "true" : "false") + "\n";
    if (c.countUp) out += "  ~ count = MIN(count + 1, " + std::to_string(kCountCap) + ")\n";
    out += "  -> " + targetName(graph, c.target) + "\n";
}

} // namespace

std::string padded(std::size_t number) {
    const std::string digits = std::to_string(number);
    return std::string(digits.size() < 3 ? 3 - digits.size() : 0, '0').append(digits);
}

GeneratedGraph generate(const std::string& id, std::size_t nodes, std::uint64_t seed) {
    Rng rng(seed);
    GeneratedGraph graph;
    graph.id = id;
    for (std::size_t f = 0; f < kFlags; ++f)
        graph.flags.push_back(fmt::format("f{}", f));
    for (const char* kind : kEndingKinds)
        graph.endings.push_back({std::string("end_") + kind, kind,
                                 std::string("It ended ") + kind + " after {count} notes."});
    graph.nodes.resize(std::max<std::size_t>(nodes, 1));
    for (std::size_t i = 0; i < graph.nodes.size(); ++i) {
        GeneratedNode& node = graph.nodes[i];
        node.id = nodeId(i);
        node.customer = fmt::format("Step {}: {{name}} has asked {{count}} times now.", i);
        for (std::size_t slot = 0; slot < 3; ++slot) {
            GeneratedChoice c = makeChoice(graph, i, slot, rng);
            c.target = targetOf(i, slot, graph.nodes.size(), rng);
            node.choices.push_back(std::move(c));
        }
    }
    return graph;
}

std::string toLua(const GeneratedGraph& graph) {
    std::string out = "-- Generated for benchmarks (tests/bench): not a lesson.\nscenario {\n";
    out += "  id = " + luaString(graph.id) +
           ",\n  title = " + luaString("Generated " + graph.id.substr(graph.id.find('.') + 1)) +
           ",\n";
    out += "  brief = \"A made-up conversation for measuring the engine.\",\n"
           "  organisation = \"brightmart\",\n  role = \"Service desk\",\n  level = 2,\n"
           "  minutes = 5,\n  topics = { \"heat\" },\n"
           "  customer = { name = \"Sam Bench\", look = \"man-in-his-fifties\", mood = 50 },\n";
    out += "  start = \"" + graph.nodes.front().id + "\",\n  state = { name = \"Sam\", count = 0";
    for (const std::string& flag : graph.flags)
        out += ", " + flag + " = false";
    out += " },\n}\n\n";
    for (const GeneratedNode& node : graph.nodes) {
        out += "node \"" + node.id + "\" {\n  customer = " + luaString(node.customer) + ",\n";
        for (const GeneratedChoice& c : node.choices)
            luaChoice(out, graph, c);
        out += "}\n\n";
    }
    for (const GeneratedEnding& ending : graph.endings)
        out += "ending \"" + ending.id + "\" {\n  kind = \"" + ending.kind +
               "\",\n  summary = " + luaString(ending.summary) + ",\n}\n\n";
    return out;
}

std::string toInk(const GeneratedGraph& graph) {
    std::string out = "// Generated for benchmarks (tests/bench): " + graph.id + "\n";
    out += "VAR name = \"Sam\"\nVAR count = 0\nVAR mood = 50\n";
    for (const std::string& flag : graph.flags)
        out += "VAR " + flag + " = false\n";
    out += "-> " + graph.nodes.front().id + "\n\n";
    for (const GeneratedNode& node : graph.nodes) {
        out += "=== " + node.id + " ===\n" + node.customer + "\n";
        for (const GeneratedChoice& c : node.choices)
            inkChoice(out, graph, c);
        out += "\n";
    }
    for (const GeneratedEnding& ending : graph.endings)
        out += "=== " + ending.id + " ===\n" + ending.summary + "\n-> END\n\n";
    return out;
}

} // namespace frontline::bench
