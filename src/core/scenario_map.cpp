#include "scenario_map.hpp"

namespace frontline {

MapMarks mapMarks(const Scenario& s, const Exploration& found,
                  const std::vector<Diagnostic>& diagnostics) {
    MapMarks marks;
    marks.unreached.insert(found.unreached.begin(), found.unreached.end());
    auto fail = [&](const Diagnostic& d) {
        if (const Node* node = nodeAt(s, d.where)) marks.failing.insert(node->id);
    };
    for (const Diagnostic& d : found.errors)
        fail(d);
    for (const Diagnostic& d : diagnostics)
        if (d.severity == Severity::Error) fail(d);
    return marks;
}

const Node* nodeAt(const Scenario& scenario, const SourceRef& where) {
    const Node* found = nullptr;
    for (const Node& node : scenario.nodes)
        if (node.where.file == where.file && node.where.line <= where.line &&
            (found == nullptr || node.where.line >= found->where.line))
            found = &node;
    return found;
}

std::vector<LayoutEdge> mapEdges(const Scenario& s) {
    std::vector<LayoutEdge> edges;
    for (const Node& node : s.nodes)
        for (const Choice& choice : node.choices)
            for (const Node* to : s.targetsOf(choice))
                edges.push_back({s.indexOf(node), s.indexOf(*to), choice.computedGo()});
    return edges;
}

Layout mapLayout(const Scenario& s, const LayoutOptions& options) {
    const Node* start = s.find(s.start);
    return layeredLayout(s.nodes.size(), mapEdges(s), start ? s.indexOf(*start) : 0, options);
}

const Text& shownWords(const Node& node) {
    return !node.customer.blank()    ? node.customer
           : !node.narration.blank() ? node.narration
                                     : node.summary;
}

} // namespace frontline
