#include "liveness.hpp"

#include "value.hpp"

namespace frontline {

bool Live::absorb(const Live& other) {
    bool grew = false;
    for (std::size_t n = 0; n < names.size(); ++n) {
        if (everything[n]) continue; // every name already tells situations apart here
        if (other.everything[n]) everything[n] = grew = true;
        for (const std::string& name : other.names[n])
            grew = names[n].insert(name).second || grew;
    }
    return grew;
}

void Live::add(std::size_t node, const ReadLog& log) {
    names[node].insert(log.names.begin(), log.names.end());
    if (log.everything) everything[node] = true;
}

Live Live::carriedBack(const std::vector<std::set<std::size_t>>& next) const {
    Live live = *this;
    for (bool changed = true; changed;) {
        changed = false;
        for (std::size_t n = 0; n < next.size(); ++n)
            for (std::size_t m : next[n]) {
                if (live.everything[m] && !live.everything[n]) live.everything[n] = changed = true;
                for (const std::string& name : live.names[m])
                    changed = live.names[n].insert(name).second || changed;
            }
    }
    return live;
}

namespace {

// A value as the key holds it: short text as written, long text by a 128-bit digest (two FNV-1a
// passes with different bases) and its length, so a key never copies a script's long text.
std::string keyText(const Value& value) {
    std::string text = toText(value);
    if (text.size() <= 32) return text;
    std::uint64_t a = 0xcbf29ce484222325ull, b = 0x84222325cbf29ce4ull;
    for (unsigned char c : text) {
        a = (a ^ c) * 0x100000001b3ull;
        b = (b ^ c) * 0x100000001b3ull + 1;
    }
    return "#" + std::to_string(text.size()) + ":" + std::to_string(a) + ":" + std::to_string(b);
}

} // namespace

std::string keyOf(const Session& s, const Live& live) {
    const State& st = s.state();
    const std::size_t node = s.scenario().indexOf(s.node());
    const auto& names = live.names[node];
    const bool all = live.everything[node];
    std::string key = std::to_string(node) + "|" + std::to_string(st.rng.state()) + "|";
    if (all || names.count("mood")) key += "m" + std::to_string(st.mood) + "|";
    if (all || names.count("minutes")) key += "t" + std::to_string(st.minutes) + "|";
    for (const auto& [name, value] : st.vars)
        if (all || names.count(name))
            key += name + "=" + std::to_string(value.index()) + keyText(value) + ";";
    return key;
}

} // namespace frontline
