#include "lint.hpp"

#include "conditional_text.hpp"
#include "text.hpp"

#include <algorithm>
#include <deque>
#include <map>
#include <set>

namespace frontline {

namespace {

// UTF-8 characters, not bytes: a curly quote is one character to a reader.
std::size_t characters(std::string_view text) {
    return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char c) {
        return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    }));
}

// What fixed gos and the ids quoted in computed ones reach from the start; `opaque` when some
// computed go on the way quotes no id.
std::set<const Node*> linkedFromStart(const Scenario& s, bool& opaque) {
    opaque = false;
    const Node* start = s.find(s.start);
    if (start == nullptr) return {};
    std::set<const Node*> seen{start};
    std::deque<const Node*> queue{start};
    while (!queue.empty()) {
        const Node* node = queue.front();
        queue.pop_front();
        for (const Choice& choice : node->choices) {
            opaque = opaque || (choice.goFunction != 0 && choice.goHints.empty());
            for (const Node* next : s.targetsOf(choice))
                if (seen.insert(next).second) queue.push_back(next);
        }
    }
    return seen;
}

std::string nodeLabel(const Node& node) {
    return (node.isEnding ? "ending '" : "node '") + node.id + "'";
}

class Linter {
  public:
    explicit Linter(const Scenario& s) : m_s(s) {}

    std::vector<Diagnostic> run() {
        m_known = knownVariables();
        m_effects = hasEffects();
        checkStart();
        checkEndings();
        checkDuplicates();
        for (const Node& node : m_s.nodes)
            checkNode(node);
        checkReachable();
        return std::move(m_out);
    }

  private:
    void error(const SourceRef& at, std::string message) {
        m_out.push_back(errorAt(at, std::move(message)));
    }
    void warning(const SourceRef& at, std::string message) {
        m_out.push_back(warningAt(at, std::move(message)));
    }

    void checkStart() {
        if (m_s.start.empty())
            error(m_s.where, "the scenario has no `start`: name the first node");
        else if (m_s.find(m_s.start) == nullptr)
            error(m_s.where,
                  "`start` names '" + m_s.start + "', which is not a node" + hint(m_s.start));
        else if (m_s.find(m_s.start)->isEnding)
            error(m_s.where, "`start` names '" + m_s.start + "', which is an ending");
    }

    // Without one the conversation can never end (`frontline test` fails it); a warning, as a
    // scenario being written is often played before its endings are.
    void checkEndings() {
        if (std::none_of(m_s.nodes.begin(), m_s.nodes.end(),
                         [](const Node& n) { return n.isEnding; }))
            warning(m_s.where, "the scenario has no ending, so it can never finish: add one, such "
                               "as ending \"done\" { kind = \"resolved\", summary = \"...\" }");
    }

    void checkDuplicates() {
        std::map<std::string, const Node*> seenNodes;
        std::map<std::string, const Choice*> seenChoices;
        for (const Node& node : m_s.nodes) {
            auto [it, fresh] = seenNodes.emplace(node.id, &node);
            if (!fresh)
                error(node.where, "node id '" + node.id + "' is already used at line " +
                                      std::to_string(it->second->where.line));
            for (const Choice& choice : node.choices) {
                auto [c, freshChoice] = seenChoices.emplace(choice.id, &choice);
                if (!freshChoice)
                    error(choice.where, "choice id '" + choice.id + "' is already used at line " +
                                            std::to_string(c->second->where.line));
            }
        }
    }

    std::string hint(const std::string& missing) const {
        std::vector<std::string_view> ids;
        for (const Node& n : m_s.nodes)
            ids.push_back(n.id);
        const std::string near = closestMatch(missing, ids);
        return near.empty() ? "" : " (did you mean '" + near + "'?)";
    }

    // Variables a scenario can ever hold: its initial state and every `set`. Effects may set
    // others, which is why unknown names are warnings, not errors.
    std::set<std::string> knownVariables() const {
        std::set<std::string> known{"mood", "minutes", "customer"};
        for (const auto& [name, value] : m_s.initial)
            known.insert(name);
        for (const Node& node : m_s.nodes)
            for (const Choice& choice : node.choices)
                for (const auto& [name, value] : choice.set)
                    known.insert(name);
        return known;
    }

    bool hasEffects() const {
        for (const Node& node : m_s.nodes)
            for (const Choice& choice : node.choices)
                if (choice.effect != 0) return true;
        return false;
    }

    void checkPlaceholders(const Text& text, const SourceRef& at, const std::string& what) {
        checkConditionalText(text, at, what);
        if (text.isFunction() || m_effects) return;
        for (const std::string& name : placeholders(text.literal))
            if (!m_known.count(name))
                warning(at, what + " uses {" + name +
                                "}, which is never set: it will show as written" +
                                variableHint(name));
    }

    // {if ...}{else}{end} in a text: written right, and reading only names the scenario sets.
    void checkConditionalText(const Text& text, const SourceRef& at, const std::string& what) {
        if (text.isFunction()) return;
        if (const std::string problem = conditionalTextProblem(text.literal); !problem.empty()) {
            error(at, what + ": " + problem);
            return;
        }
        for (const std::string& name : conditionNames(text.literal))
            checkConditionName(name, at, what + " has {if ...} on");
    }

    // A name a condition in words reads: one the scenario never sets is always unset, so the
    // condition never changes, and most likely it is a typo.
    void checkConditionName(const std::string& name, const SourceRef& at, const std::string& what) {
        if (m_known.count(name) || m_effects) return;
        warning(at, what + " '" + name + "', which is never set" + variableHint(name));
    }

    // A class reads every line off a projector at text scale 2.5: longer than this and the back
    // row is still reading when the vote starts. Text written by a function is measured in play.
    void checkLength(const Text& text, const SourceRef& at, const std::string& what) {
        if (text.isFunction()) return;
        const std::size_t length = characters(text.literal);
        if (length > kProjectorCharacters)
            warning(at, what + " is " + std::to_string(length) + " characters long: over " +
                            std::to_string(kProjectorCharacters) +
                            " is too long to read on a projector, so split it or cut it");
    }

    void checkNode(const Node& node) {
        const std::string label = (node.isEnding ? "ending '" : "node '") + node.id + "'";
        if (node.customer.blank() && node.narration.blank() && !node.isEnding)
            error(node.where, label + " has no `customer` line and no `narration`");
        checkPlaceholders(node.customer, node.where, label);
        checkPlaceholders(node.narration, node.where, label);
        checkLength(node.customer, node.where, label + ": the customer line");
        checkLength(node.narration, node.where, label + ": the narration");
        if (node.isEnding) {
            checkConditionalText(node.summary, node.where, label + ": the summary");
            if (node.summary.blank())
                error(node.where, label + " needs a `summary` for the debrief");
            return;
        }
        if (node.choices.empty())
            error(node.where,
                  label + " has no choices and is not an ending: the learner would be stuck");
        for (const Choice& choice : node.choices)
            checkChoice(choice);
        const auto defaults = std::count_if(node.choices.begin(), node.choices.end(),
                                            [](const Choice& c) { return c.isDefault; });
        if (defaults > 1)
            error(node.where, label + " marks " + std::to_string(defaults) +
                                  " choices `default = true`; a classroom vote can fall back "
                                  "on one only");
    }

    void checkChoice(const Choice& choice) {
        const std::string label = "choice '" + choice.id + "'";
        if (choice.line.blank())
            error(choice.where, label + " has no text: put the learner's line first");
        if (choice.go.empty() && !choice.computedGo())
            error(choice.where, label + " has no `go`: say which node comes next");
        else if (!choice.computedGo() && m_s.find(choice.go) == nullptr)
            error(choice.where, label + " goes to '" + choice.go +
                                    "', which is not a node or ending" + hint(choice.go));
        if (choice.why.blank() && !choice.breach.empty())
            error(choice.where, label + " breaches '" + choice.breach.front() +
                                    "' but has no `why`: the learner would lose marks without "
                                    "being told what went wrong");
        else if (choice.why.blank())
            warning(choice.where,
                    label + " has no `why`: practice mode will have no feedback to show");
        checkLength(choice.line, choice.where, label + ": its text");
        checkPlaceholders(choice.line, choice.where, label);
        checkConditionalText(choice.why, choice.where, label + ": its `why`");
        if (choice.when.expression)
            for (const std::string& name : choice.when.expression->names())
                checkConditionName(name, choice.where, label + ": its `when` reads");
        if (!choice.when.flag.empty() && !m_known.count(choice.when.flag) && !m_effects)
            warning(choice.where, label + " depends on '" + choice.when.flag +
                                      "', which is never set: it will " +
                                      (choice.when.negated ? "always" : "never") + " be offered" +
                                      variableHint(choice.when.flag));
        checkComputedGo(choice, label);
        checkGoRules(choice, label);
    }

    // A table-form go: every rule's target exists, its condition reads names the scenario sets,
    // no rule hides behind one that always holds, and the last always holds (else a route where
    // none does stops play with an error).
    void checkGoRules(const Choice& choice, const std::string& label) {
        bool always = false;
        for (std::size_t i = 0; i < choice.goRules.size(); ++i) {
            const GoRule& rule = choice.goRules[i];
            const std::string which = label + ": rule " + std::to_string(i + 1) + " of its `go`";
            if (always) {
                warning(choice.where, which + " comes after a rule with no `when`, which always "
                                              "holds: it is never used");
                break;
            }
            if (!rule.go.empty() && m_s.find(rule.go) == nullptr)
                error(choice.where, which + " goes to '" + rule.go +
                                        "', which is not a node or ending" + hint(rule.go));
            if (rule.when)
                for (const std::string& name : rule.when->names())
                    checkConditionName(name, choice.where, which + " reads");
            always = !rule.when;
        }
        if (!choice.goRules.empty() && !always)
            warning(choice.where, label + ": its `go` rules all have a `when`: where none holds, "
                                          "play stops with an error. End with a rule that "
                                          "always holds, such as \"" +
                                          choice.goRules.back().go + "\"");
    }

    // A computed go's targets are read from the ids quoted in it. One it returns as it is must
    // name a node or ending: otherwise every route through it stops with an error in play, and
    // lint's other findings (what is never reached, the best path) mislead. Other quoted words
    // are left alone: they are often values compared (`s.remedy == "refund"`), not targets.
    void checkComputedGo(const Choice& choice, const std::string& label) {
        if (choice.goFunction == 0) return;
        std::set<std::string> said;
        for (const std::string& word : choice.goReturns)
            if (m_s.find(word) == nullptr && said.insert(word).second)
                error(choice.where, label + " can go to '" + word +
                                        "', which is not a node or ending" + hint(word));
    }

    // " (did you mean 'verified'?)" for a variable name that is close to one the scenario sets.
    std::string variableHint(const std::string& name) const {
        std::vector<std::string_view> names(m_known.begin(), m_known.end());
        const std::string near = closestMatch(name, names);
        return near.empty() ? "" : " (did you mean '" + near + "'?)";
    }

    // Structural reachability over fixed `go` targets and the node ids quoted inside computed
    // ones. A computed `go` that quotes no id may lead anywhere, so then the finding is softened.
    void checkReachable() {
        if (m_s.find(m_s.start) == nullptr) return;
        bool opaque = false;
        const std::set<const Node*> seen = linkedFromStart(m_s, opaque);
        for (const Node& node : m_s.nodes) {
            if (seen.count(&node) || m_s.find(node.id) != &node) continue;
            if (opaque)
                warning(node.where, nodeLabel(node) +
                                        " is not reached by any fixed `go` from the start; only a "
                                        "computed `go` could lead here");
            else
                warning(node.where, unlinkedMessage(node));
        }
    }

    const Scenario& m_s;
    std::set<std::string> m_known;
    bool m_effects = false;
    std::vector<Diagnostic> m_out;
};

} // namespace

std::vector<Diagnostic> lint(const Scenario& scenario) {
    auto out = Linter(scenario).run();
    sortDiagnostics(out);
    return out;
}

std::set<std::string> unlinkedNodes(const Scenario& scenario) {
    if (scenario.find(scenario.start) == nullptr) return {};
    bool opaque = false;
    const std::set<const Node*> seen = linkedFromStart(scenario, opaque);
    std::set<std::string> out;
    if (opaque) return out;
    for (const Node& node : scenario.nodes)
        if (!seen.count(&node)) out.insert(node.id);
    return out;
}

std::string unlinkedMessage(const Node& node) {
    return nodeLabel(node) + " can never be reached from the start";
}

} // namespace frontline
