// What tells two moments of play apart from here on: per node, the state names author code reads
// there or at any node after it. Shared by the explorer (which learns it without text) and the
// route lister (which learns it with every line rendered).
#pragma once

#include "session.hpp"

#include <set>
#include <string>
#include <vector>

namespace frontline {

struct Live {
    std::vector<std::set<std::string>> names;
    std::vector<bool> everything; // the whole state was read (pairs), or a walk gave up learning

    explicit Live(std::size_t nodes) : names(nodes), everything(nodes, false) {}

    // Adds `other`; true when anything was new.
    bool absorb(const Live& other);
    // Adds what `log` saw read at `node`.
    void add(std::size_t node, const ReadLog& log);
    // Carries what each node reads back to the nodes that lead to it (`next`: per node, the nodes
    // its choices led to), so a node's names cover everything read after it.
    Live carriedBack(const std::vector<std::set<std::size_t>>& next) const;
};

// The node, the random source, and the values of only the names live at this node.
std::string keyOf(const Session& session, const Live& live);

} // namespace frontline
