#include "scenario.hpp"

#include "names.hpp"

#include <algorithm>
#include <array>
#include <cctype>

namespace frontline {

bool Text::blank() const {
    if (isFunction()) return false;
    return std::all_of(literal.begin(), literal.end(),
                       [](unsigned char c) { return std::isspace(c) != 0; });
}

namespace {
constexpr NameTable<EndingKind, 4> kEndingNames{{
    {EndingKind::Resolved, "resolved"},
    {EndingKind::Escalated, "escalated"},
    {EndingKind::Unresolved, "unresolved"},
    {EndingKind::Lost, "lost"},
}};
} // namespace

std::string_view toString(EndingKind kind) {
    return nameIn(kEndingNames, kind);
}
std::optional<EndingKind> endingKindFrom(std::string_view name) {
    return valueIn(kEndingNames, name);
}

// An ending's title for the learner: what happened, in words. Endings carry no title of their
// own, and their ids are the author's names, so the kind says it.
std::string_view endingTitle(EndingKind kind) {
    switch (kind) {
    case EndingKind::Resolved:
        return "Resolved";
    case EndingKind::Escalated:
        return "Passed on to someone who can help";
    case EndingKind::Unresolved:
        return "Not resolved";
    case EndingKind::Lost:
        return "The customer was lost";
    }
    return "The end";
}

void Scenario::reindex() {
    m_index.clear();
    for (std::size_t i = 0; i < nodes.size(); ++i)
        m_index.try_emplace(nodes[i].id, i); // first wins
}

const Node* Scenario::find(std::string_view nodeId) const {
    auto it = m_index.find(nodeId);
    return it == m_index.end() ? nullptr : &nodes[it->second];
}

std::vector<const Node*> Scenario::targetsOf(const Choice& choice) const {
    std::vector<const Node*> targets;
    if (!choice.goRules.empty()) {
        for (const GoRule& rule : choice.goRules)
            if (const Node* to = find(rule.go);
                to != nullptr && std::find(targets.begin(), targets.end(), to) == targets.end())
                targets.push_back(to);
        return targets;
    }
    if (choice.goFunction == 0) {
        if (const Node* to = find(choice.go)) targets.push_back(to);
        return targets;
    }
    for (const std::string& hint : choice.goHints)
        if (const Node* to = find(hint)) targets.push_back(to);
    return targets;
}

} // namespace frontline

namespace frontline {

std::string Condition::written() const {
    if (expression) return expression->text();
    return flag.empty() ? std::string() : (negated ? "not " : "") + flag;
}

std::optional<Grade> Node::endingCap() const {
    if (!isEnding) return std::nullopt;
    if (cap) return cap;
    if (endingKind == EndingKind::Lost) return Grade::Pass; // a lost customer is not a Merit
    return std::nullopt;
}

} // namespace frontline
