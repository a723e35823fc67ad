#include "scenario_dot.hpp"

#include <string_view>
#include <vector>

namespace frontline::report {

namespace {

// A DOT string: quotes and backslashes escaped, newlines as DOT's centred line breaks.
std::string quoted(std::string_view text) {
    std::string out = "\"";
    for (char c : text) {
        if (c == '"' || c == '\\') out += '\\';
        if (c == '\n')
            out += "\\n";
        else
            out += c;
    }
    return out + "\"";
}

// The first words of a line, cut at a word boundary, so the map stays readable.
std::string excerpt(const Text& text, std::size_t most = 48) {
    if (text.isFunction()) return "(computed by a function)";
    std::string s = text.literal;
    if (s.size() <= most) return s;
    std::size_t cut = s.rfind(' ', most);
    if (cut == std::string::npos || cut < most / 2) cut = most;
    while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80)
        --cut; // never inside a UTF-8 character
    return s.substr(0, cut) + "…";
}

const char* endingColour(EndingKind kind) {
    switch (kind) {
    case EndingKind::Resolved:
        return "#b7e4b0";
    case EndingKind::Escalated:
        return "#ffe08a";
    case EndingKind::Unresolved:
        return "#d9d2f0";
    case EndingKind::Lost:
        return "#f4b0a8";
    }
    return "#ffffff";
}

std::string nodeLine(const Scenario& s, const Node& node, const MapMarks& marks) {
    std::string label = node.id + "\n" + excerpt(shownWords(node));
    std::string attrs;
    if (node.isEnding) {
        label += "\n(" + std::string(toString(node.endingKind)) + ")";
        attrs +=
            ", peripheries=2, fillcolor=\"" + std::string(endingColour(node.endingKind)) + "\"";
    }
    if (node.id == s.start) attrs += ", penwidth=3";
    if (marks.unreached.count(node.id))
        attrs += ", fillcolor=\"#dddddd\", fontcolor=\"#777777\", style=\"rounded,filled,dotted\"";
    if (marks.failing.count(node.id)) attrs += ", color=\"#d00000\", penwidth=4";
    return "  " + quoted(node.id) + " [label=" + quoted(label) + attrs + "];\n";
}

std::string edgeLines(const Scenario& s, const Node& node) {
    std::string out;
    for (const Choice& c : node.choices) {
        const std::string shortId = c.id.substr(c.id.find('.') + 1);
        std::string attrs = "label=" + quoted(shortId);
        if (!c.breach.empty()) attrs += ", color=\"#c0392b\", fontcolor=\"#c0392b\"";
        if (!c.computedGo()) {
            out += "  " + quoted(node.id) + " -> " + quoted(c.go) + " [" + attrs + "];\n";
            continue;
        }
        std::vector<std::string> targets;
        for (const Node* to : s.targetsOf(c))
            targets.push_back(to->id);
        if (targets.empty()) targets.push_back("?");
        for (const std::string& target : targets)
            out += "  " + quoted(node.id) + " -> " + quoted(target) + " [" + attrs +
                   ", style=dashed];\n";
    }
    return out;
}

} // namespace

std::string scenarioDot(const Scenario& s, const MapMarks& marks) {
    std::string out = "digraph " + quoted(s.id) + " {\n";
    out += "  graph [label=" + quoted(s.title) +
           ", labelloc=t, rankdir=TB, fontname=\"DejaVu Sans\"];\n";
    out += "  node [shape=box, style=\"rounded,filled\", fillcolor=\"#ffffff\", "
           "fontname=\"DejaVu Sans\"];\n";
    out += "  edge [fontname=\"DejaVu Sans\", fontsize=10];\n";
    bool unknownTarget = false;
    for (const Node& node : s.nodes) {
        out += nodeLine(s, node, marks);
        for (const Choice& c : node.choices)
            if (c.goFunction != 0 && s.targetsOf(c).empty()) unknownTarget = true;
    }
    if (unknownTarget)
        out +=
            "  \"?\" [label=\"wherever the function says\", shape=note, fillcolor=\"#f5f5f5\"];\n";
    for (const Node& node : s.nodes)
        out += edgeLines(s, node);
    return out + "}\n";
}

} // namespace frontline::report
