#include "explorer.hpp"

#include <algorithm>
#include <bitset>
#include <deque>
#include <functional>
#include <unordered_map>

namespace frontline {

namespace {

// ---- Phase A: the situation graph --------------------------------------------------------
// A situation is what decides what can happen next: node, random source, and the variables (and
// mood) that conditions, computed gos and effects mention — text is not rendered while exploring,
// so what only text reads cannot change the walk.
// The clock is left out (a loop whose only change is the time would never close), so a scenario
// whose conditions read s.minutes is explored as if the clock did not matter. Walking it calls
// the author's functions once per situation and choice.

} // namespace

std::string situationKey(const Session& s) {
    const State& st = s.state();
    const auto& decisive = s.scenario().decisive;
    std::string key = std::to_string(s.scenario().indexOf(s.node())) + "|" +
                      (decisive.count("mood") ? std::to_string(st.mood) : std::string()) + "|" +
                      std::to_string(st.rng.state()) + "|";
    for (const auto& [name, value] : st.vars)
        if (decisive.count(name))
            key += name + "=" + std::to_string(value.index()) + toText(value) + ";";
    return key;
}

namespace {

constexpr std::size_t kMaxPrinciples = 256;
using Marks = std::bitset<kMaxPrinciples>;

struct Edge {
    int to = 0;
    std::string choice;
    Marks credit, breach; // the choice's evidence, plus the ending's when `to` is an ending
};

struct Situation {
    std::string node;
    bool ending = false;
    bool expanded = false; // had choices on offer and was walked
    std::vector<Edge> out;
};

// Principle ids seen in evidence, numbered for the bitsets.
class Index {
  public:
    int of(const std::string& id) {
        auto [it, fresh] = m_ids.try_emplace(id, static_cast<int>(m_names.size()));
        if (fresh) m_names.push_back(id);
        return it->second;
    }
    const std::string& name(std::size_t i) const { return m_names[i]; }
    std::size_t size() const { return m_names.size(); }

  private:
    std::unordered_map<std::string, int> m_ids;
    std::vector<std::string> m_names;
};

class Graph {
  public:
    Graph(const ExploreOptions& options, Exploration& out) : m_options(options), m_out(out) {}

    void walk(Session start) {
        intern(std::move(start));
        while (!m_pending.empty()) {
            auto [session, id] = std::move(m_pending.back());
            m_pending.pop_back();
            expand(session, id);
        }
    }

    std::vector<Situation> situations;
    Index principles;

  private:
    int intern(Session&& session) {
        std::string key = situationKey(session);
        if (auto it = m_ids.find(key); it != m_ids.end()) return it->second;
        if (m_ids.size() >= m_options.maxStates) {
            m_out.budgetHit = true;
            return -1;
        }
        const int id = static_cast<int>(situations.size());
        m_ids.emplace(std::move(key), id);
        situations.push_back({session.node().id, session.finished(), false, {}});
        if (!session.finished()) m_pending.push_back({std::move(session), id});
        return id;
    }

    void expand(const Session& session, int id) {
        std::vector<Offer> offers;
        try {
            offers = session.offers();
        } catch (const ScriptError& e) {
            fail(e);
            return;
        }
        if (offers.empty()) {
            m_out.deadEnds.push_back(session.node().id);
            return;
        }
        situations[static_cast<std::size_t>(id)].expanded = true;
        for (const Offer& offer : offers) {
            Session child = session;
            try {
                child.choose(offer.choice->id);
            } catch (const ScriptError& e) {
                fail(e);
                continue;
            }
            Edge edge;
            edge.choice = offer.choice->id;
            for (const Evidence& e : child.evidence()) { // silent: this step's alone
                const auto bit = static_cast<std::size_t>(principles.of(e.principle));
                if (bit >= kMaxPrinciples) continue;
                (e.kind == EvidenceKind::Credit ? edge.credit : edge.breach).set(bit);
            }
            edge.to = intern(std::move(child));
            if (edge.to >= 0)
                situations[static_cast<std::size_t>(id)].out.push_back(std::move(edge));
        }
    }

    void fail(const ScriptError& e) {
        if (m_out.errors.size() < 20) m_out.errors.push_back(errorAt(e.where(), e.message()));
    }

    struct Pending {
        Session session;
        int id;
    };
    const ExploreOptions& m_options;
    Exploration& m_out;
    std::unordered_map<std::string, int> m_ids;
    std::vector<Pending> m_pending;
};

// ---- Phase B: best and worst paths over the graph, in C++ alone ---------------------------
// The score only grows with what is credited and only shrinks with what is breached, so at one
// situation a partial path that credits at least as much and breaches no more than another makes
// it redundant (Pareto dominance). That keeps the search small and exact.

struct Weights {
    std::vector<int> weight; // per principle index; 0 when not in the rubric
    std::vector<bool> critical;
};

struct Partial {
    int situation;
    Marks credit, breach;
    int parent;         // index into the search's states, -1 at the start
    std::string choice; // the edge taken from the parent
};

enum class Goal { Best, Worst, BestBreaching };

class Search {
  public:
    Search(const Graph& graph, const Weights& weights, Goal goal, std::size_t maxStates,
           int mustBreach = -1, bool breachFree = false)
        : m_graph(graph), m_weights(weights), m_goal(goal), m_max(maxStates),
          m_mustBreach(mustBreach), m_breachFree(breachFree), m_fronts(graph.situations.size()) {}

    // Returns the index of the winning end state, or -1. `credit` and `breach` are what the
    // path already holds at the start (an attempt explored part-way through).
    int run(const Marks& credit = {}, const Marks& breach = {}) {
        push({0, credit, breach, -1, {}});
        while (!m_stack.empty()) {
            const int at = m_stack.back();
            m_stack.pop_back();
            if (m_dominated[static_cast<std::size_t>(at)]) continue; // a better one came since
            const Partial here = m_states[static_cast<std::size_t>(at)];
            const Situation& sit = m_graph.situations[static_cast<std::size_t>(here.situation)];
            if (sit.ending) {
                consider(at);
                continue;
            }
            for (const Edge& edge : sit.out) {
                if (m_breachFree && edge.breach.any()) continue;
                if (m_goal == Goal::BestBreaching && criticalIn(edge.breach)) continue;
                push({edge.to, here.credit | edge.credit, here.breach | edge.breach, at,
                      edge.choice});
            }
        }
        return m_winner;
    }

    bool budgetHit() const { return m_budgetHit; }
    const Partial& state(int i) const { return m_states[static_cast<std::size_t>(i)]; }
    int score(int i) const { return points(m_states[static_cast<std::size_t>(i)]); }

    int points(const Partial& p) const {
        int total = 0;
        for (std::size_t i = 0; i < m_weights.weight.size(); ++i) {
            if (p.credit[i] && !p.breach[i]) total += m_weights.weight[i];
            if (p.breach[i] && !p.credit[i]) total -= m_weights.weight[i];
        }
        return total;
    }

  private:
    bool criticalIn(const Marks& marks) const {
        for (std::size_t i = 0; i < m_weights.critical.size(); ++i)
            if (marks[i] && m_weights.critical[i] && static_cast<int>(i) != m_mustBreach)
                return true;
        return false;
    }

    // `a` makes `b` redundant for this goal.
    bool dominates(const Partial& a, const Partial& b) const {
        const bool moreCredit = (a.credit & b.credit) == b.credit,
                   lessBreach = (a.breach & b.breach) == a.breach;
        const bool lessCredit = (a.credit & b.credit) == a.credit,
                   moreBreach = (a.breach & b.breach) == b.breach;
        if (m_goal == Goal::Worst) return lessCredit && moreBreach;
        if (m_goal == Goal::BestBreaching && a.breach[static_cast<std::size_t>(m_mustBreach)] !=
                                                 b.breach[static_cast<std::size_t>(m_mustBreach)])
            return false;
        return moreCredit && lessBreach;
    }

    void push(Partial p) {
        auto& front = m_fronts[static_cast<std::size_t>(p.situation)];
        for (int other : front)
            if (dominates(m_states[static_cast<std::size_t>(other)], p)) return;
        if (m_states.size() >= m_max) {
            m_budgetHit = true;
            return;
        }
        front.erase(std::remove_if(front.begin(), front.end(),
                                   [&](int other) {
                                       const bool worse =
                                           dominates(p, m_states[static_cast<std::size_t>(other)]);
                                       if (worse)
                                           m_dominated[static_cast<std::size_t>(other)] = true;
                                       return worse;
                                   }),
                    front.end());
        m_states.push_back(std::move(p));
        m_dominated.push_back(false);
        const int id = static_cast<int>(m_states.size()) - 1;
        front.push_back(id);
        m_stack.push_back(id);
    }

    void consider(int at) {
        const Partial& p = m_states[static_cast<std::size_t>(at)];
        if (m_goal == Goal::BestBreaching && !p.breach[static_cast<std::size_t>(m_mustBreach)])
            return;
        const int s = points(p);
        const bool better =
            m_winner < 0 || (m_goal == Goal::Worst ? s < m_winnerScore : s > m_winnerScore);
        if (better) {
            m_winner = at;
            m_winnerScore = s;
        }
    }

    const Graph& m_graph;
    const Weights& m_weights;
    Goal m_goal;
    std::size_t m_max;
    int m_mustBreach;
    bool m_breachFree;
    std::vector<std::vector<int>> m_fronts;
    std::vector<Partial> m_states;
    std::vector<bool> m_dominated; // per state: a later one at its situation is at least as good
    std::vector<int> m_stack;
    int m_winner = -1;
    int m_winnerScore = 0;
    bool m_budgetHit = false;
};

PathResult pathFrom(const Search& search, int end, const Graph& graph, const Rubric& rubric,
                    const std::string& org) {
    PathResult path;
    const Partial& last = search.state(end);
    path.ending = graph.situations[static_cast<std::size_t>(last.situation)].node;
    for (int at = end; search.state(at).parent >= 0; at = search.state(at).parent)
        path.choices.push_back(search.state(at).choice);
    std::reverse(path.choices.begin(), path.choices.end());
    for (std::size_t i = 0; i < graph.principles.size(); ++i) {
        Evidence e;
        e.principle = graph.principles.name(i);
        if (last.credit[i]) path.tally.add(e);
        e.kind = EvidenceKind::Breach;
        if (last.breach[i]) path.tally.add(e);
    }
    path.points = pointsFor(path.tally, rubric, org);
    return path;
}

// Which situations can still reach an ending; expanded ones that cannot are loops with no way out.
std::vector<std::string> trappedNodes(const Graph& graph) {
    const std::size_t n = graph.situations.size();
    std::vector<std::vector<int>> reverse(n);
    for (std::size_t from = 0; from < n; ++from)
        for (const Edge& e : graph.situations[from].out)
            reverse[static_cast<std::size_t>(e.to)].push_back(static_cast<int>(from));
    std::vector<bool> canEnd(n, false);
    std::deque<int> queue;
    for (std::size_t i = 0; i < n; ++i)
        if (graph.situations[i].ending) {
            canEnd[i] = true;
            queue.push_back(static_cast<int>(i));
        }
    while (!queue.empty()) {
        const int at = queue.front();
        queue.pop_front();
        for (int from : reverse[static_cast<std::size_t>(at)])
            if (!canEnd[static_cast<std::size_t>(from)]) {
                canEnd[static_cast<std::size_t>(from)] = true;
                queue.push_back(from);
            }
    }
    std::set<std::string> trapped;
    for (std::size_t i = 0; i < n; ++i)
        if (graph.situations[i].expanded && !canEnd[i]) trapped.insert(graph.situations[i].node);
    return {trapped.begin(), trapped.end()};
}

} // namespace

Grade Exploration::gradeOf(const Points& points) const {
    if (!points.criticalBreaches.empty()) return Grade::Refer;
    return gradeFor(percentOf(points.points, bestPoints()));
}

namespace {

Exploration exploreSession(const std::function<Session()>& start, const Rubric& rubric,
                           const ExploreOptions& options, const std::vector<Evidence>& prior) {
    Exploration out;
    Graph graph(options, out);
    std::shared_ptr<const Scenario> scenario;
    try {
        Session first = start();
        scenario = first.scenarioPtr();
        graph.walk(std::move(first));
    } catch (const ScriptError& e) {
        out.errors.push_back(errorAt(e.where(), e.message())); // the start node itself failed
        return out;
    }
    out.states = graph.situations.size();
    Marks priorCredit, priorBreach;
    for (const Evidence& e : prior) {
        const auto bit = static_cast<std::size_t>(graph.principles.of(e.principle));
        if (bit < kMaxPrinciples)
            (e.kind == EvidenceKind::Credit ? priorCredit : priorBreach).set(bit);
    }

    std::set<std::string> visited, deadEnds(out.deadEnds.begin(), out.deadEnds.end());
    for (const Situation& s : graph.situations) {
        visited.insert(s.node);
        if (s.ending) out.endings[s.node] += 1;
        for (const Edge& e : s.out)
            for (std::size_t i = 0; i < graph.principles.size(); ++i) {
                if (e.credit[i]) out.creditable.insert(graph.principles.name(i));
                if (e.breach[i]) out.breachable.insert(graph.principles.name(i));
            }
    }
    for (const Node& node : scenario->nodes)
        if (!visited.count(node.id)) out.unreached.push_back(node.id);
    out.deadEnds.assign(deadEnds.begin(), deadEnds.end());
    if (!out.budgetHit) out.trapped = trappedNodes(graph);
    if (graph.situations.empty()) return out;

    Weights weights;
    for (std::size_t i = 0; i < graph.principles.size(); ++i) {
        const Principle* p = rubric.find(graph.principles.name(i), scenario->organisation);
        weights.weight.push_back(p ? p->weight : 0);
        weights.critical.push_back(p && p->critical);
    }
    const std::size_t budget = options.maxStates * 4;
    auto finish = [&](Search& search, int end) -> std::optional<PathResult> {
        out.budgetHit = out.budgetHit || search.budgetHit();
        if (end < 0) return std::nullopt;
        return pathFrom(search, end, graph, rubric, scenario->organisation);
    };
    // The best path credits the most with no breach at all; failing that, the most points.
    Search breachFree(graph, weights, Goal::Best, budget, -1, true);
    out.best = finish(breachFree, breachFree.run(priorCredit, priorBreach));
    if (!out.best) {
        Search any(graph, weights, Goal::Best, budget);
        out.best = finish(any, any.run(priorCredit, priorBreach));
    }
    if (options.bestOnly) return out;
    Search worst(graph, weights, Goal::Worst, budget);
    out.worst = finish(worst, worst.run(priorCredit, priorBreach));
    for (const std::string& id : out.breachable) {
        const Principle* p = rubric.find(id, scenario->organisation);
        if (p != nullptr && p->critical) {
            out.bestWhenBreached[id] = std::nullopt; // any path breaching it grades Refer
            continue;
        }
        Search search(graph, weights, Goal::BestBreaching, budget, graph.principles.of(id));
        const int end = search.run(priorCredit, priorBreach);
        out.budgetHit = out.budgetHit || search.budgetHit();
        out.bestWhenBreached[id] = end < 0 ? std::nullopt : std::optional<int>(search.score(end));
    }
    return out;
}

} // namespace

Exploration explore(const std::shared_ptr<const Scenario>& scenario,
                    const std::shared_ptr<Scripting>& scripting, const Rubric& rubric,
                    const ExploreOptions& options) {
    return exploreSession([&] { return Session(scenario, scripting, options.seed, Mode::Silent); },
                          rubric, options, {});
}

Exploration exploreFrom(const Session& from, const Rubric& rubric, const ExploreOptions& options) {
    // The walk copies sessions at every step, so it starts from a silent replay of this one.
    auto start = [&] {
        Rebuilt silent = rebuild(from.scenarioPtr(), from.scripting(), from.seed(),
                                 from.choiceIds(), Mode::Silent);
        if (silent.stopped) throw ScriptError(from.node().where, *silent.stopped);
        return std::move(*silent.session);
    };
    return exploreSession(start, rubric, options, from.evidence());
}

Debrief debriefOf(const Session& session, const Rubric& rubric) {
    const Exploration found = explore(session.scenarioPtr(), session.scripting(), rubric);
    return debrief(session, rubric, found.best ? found.best->tally : Tally{}, found.bestPoints());
}

} // namespace frontline
