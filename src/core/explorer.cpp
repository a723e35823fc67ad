#include "explorer.hpp"

#include "liveness.hpp"

#include <algorithm>
#include <bitset>
#include <deque>
#include <functional>
#include <unordered_map>

namespace frontline {

std::string situationKey(const Session& s) {
    const State& st = s.state();
    std::string key = std::to_string(s.scenario().indexOf(s.node())) + "|" +
                      std::to_string(st.mood) + "|" + std::to_string(st.rng.state()) + "|";
    for (const auto& [name, value] : st.vars)
        key += name + "=" + std::to_string(value.index()) + toText(value) + ";";
    return key;
}

namespace {

// ---- Phase A: the situation graph --------------------------------------------------------
// A situation is what decides what can happen next: the node, the random source, and the part of
// the state that author code at this node or any node after it reads ("live"). What is read is
// learnt by running the code with every read logged (the state reaches Lua through a proxy), so a
// helper function reading s.secret counts as much as a `when` naming it. A walk keyed on what
// earlier walks saw read is checked against what it saw itself; when something new was read the
// graph is walked again, until nothing new is (or, past a few walks, with every variable live).
// Text is not rendered while exploring, so what only text reads cannot change the walk.

constexpr std::size_t kMaxWalks = 6;

constexpr std::size_t kMaxPrinciples = 256;
using Marks = std::bitset<kMaxPrinciples>;

// One principle word in the order a step says it: choice credits, choice breaches, then the
// ending's (Session::choose records them so).
struct Word {
    std::uint16_t bit;
    bool breach;
};

struct Edge {
    int to = 0;
    std::string choice;
    std::vector<Word> words;
};

struct Situation {
    std::string node;
    std::size_t nodeIndex = 0;
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

// Clears the scripting's read log however the walk ends.
struct Watching {
    Scripting* scripting;
    Watching(Scripting* s, ReadLog* log) : scripting(s) {
        if (scripting) scripting->watch(log);
    }
    ~Watching() {
        if (scripting) scripting->watch(nullptr);
    }
};

class Graph {
  public:
    Graph(const ExploreOptions& options, Exploration& out, const Live& live)
        : m_options(options), m_out(out), m_live(live), m_read(live.names.size()),
          m_next(live.names.size()) {}

    void walk(Session start) {
        Watching watching(start.scripting().get(), &m_log);
        Scripting* scripting = start.scripting().get();
        intern(std::move(start));
        while (!m_pending.empty()) {
            if (scripting != nullptr && scripting->exhausted()) {
                stop("the scenario's functions used up the budget for one exploration");
                break;
            }
            auto [session, id] = std::move(m_pending.back());
            m_pending.pop_back();
            m_bytes -= std::min(m_bytes, sizeOf(session));
            expand(session, id);
        }
    }

    // What this walk saw read, carried back through the nodes it saw lead to each other.
    Live seenLive() const { return m_read.carriedBack(m_next); }

    std::vector<Situation> situations;
    Index principles;

  private:
    int intern(Session&& session) {
        std::string key = keyOf(session, m_live);
        if (auto it = m_ids.find(key); it != m_ids.end()) return it->second;
        if (m_ids.size() >= m_options.maxStates) {
            m_out.budgetHit = true;
            return -1;
        }
        const std::size_t size = key.size() + sizeOf(session);
        if (m_bytes + size > m_options.maxBytes) {
            stop("the situations to explore would hold more than " +
                 std::to_string(m_options.maxBytes >> 20) + " MiB");
            return -1;
        }
        m_bytes += key.size();
        if (!session.finished()) m_bytes += sizeOf(session);
        const int id = static_cast<int>(situations.size());
        m_ids.emplace(std::move(key), id);
        situations.push_back({session.node().id,
                              session.scenario().indexOf(session.node()),
                              session.finished(),
                              false,
                              {}});
        if (!session.finished()) m_pending.push_back({std::move(session), id});
        return id;
    }

    void expand(const Session& session, int id) {
        const std::size_t node = situations[static_cast<std::size_t>(id)].nodeIndex;
        m_log = {};
        struct Keep { // what was read here counts, however expanding ends
            Graph& g;
            std::size_t node;
            ~Keep() { g.m_read.add(node, g.m_log); }
        } keep{*this, node};
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
            if (session.scripting() && session.scripting()->exhausted()) return;
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
                edge.words.push_back(
                    {static_cast<std::uint16_t>(bit), e.kind == EvidenceKind::Breach});
            }
            m_next[node].insert(child.scenario().indexOf(child.node()));
            edge.to = intern(std::move(child));
            if (edge.to >= 0)
                situations[static_cast<std::size_t>(id)].out.push_back(std::move(edge));
        }
    }

    void stop(const std::string& why) {
        m_out.budgetHit = true;
        if (m_out.stopped.empty()) m_out.stopped = why;
    }

    // Roughly what a waiting session holds beyond its fixed size: its variables' text.
    static std::size_t sizeOf(const Session& session) {
        std::size_t bytes = sizeof(Session);
        for (const auto& [name, value] : session.state().vars) {
            bytes += name.size() + sizeof(Value);
            if (const auto* text = std::get_if<std::string>(&value)) bytes += text->size();
        }
        return bytes;
    }

    // Each distinct failure once, with how many times the walk met it: a misspelt target in a
    // computed go fails on every route through it, and 20 copies of one line hide the rest.
    void fail(const ScriptError& e) {
        auto& errors = m_out.errors;
        for (std::size_t i = 0; i < errors.size(); ++i)
            if (errors[i].where.line == e.where().line && errors[i].message == e.message() &&
                errors[i].where.file == e.where().file) {
                m_out.errorTimes.resize(errors.size(), 1);
                m_out.errorTimes[i] += 1;
                return;
            }
        if (errors.size() < 20) {
            errors.push_back(errorAt(e.where(), e.message()));
            m_out.errorTimes.resize(errors.size(), 1);
        }
    }

    struct Pending {
        Session session;
        int id;
    };
    const ExploreOptions& m_options;
    Exploration& m_out;
    Live m_live;                               // what this walk keys situations on
    Live m_read;                               // per node: read while expanding it
    std::vector<std::set<std::size_t>> m_next; // per node: nodes its choices led to
    ReadLog m_log;
    std::size_t m_bytes = 0; // keys kept and sessions waiting, roughly
    std::unordered_map<std::string, int> m_ids;
    std::vector<Pending> m_pending;
};

// ---- Phase B: best and worst paths over the graph, in C++ alone ---------------------------
// Per principle a route is in one of four states: demonstrated (D), untouched, put right (P) or
// breached (B). Whatever comes next, a route in a higher state of D > untouched > P > B ends at
// least as well on that principle: it scores at least as much, and leaves no more open breaches
// (caps) or breaches at all (critical). So at one situation a partial route that is at least as
// high on every principle makes another redundant (Pareto dominance), which keeps the search
// small and exact.

struct Weights {
    std::vector<int> weight; // per principle index; 0 when not in the rubric
    std::vector<bool> critical;
    std::vector<int> cap;       // grade rank a left breach caps at; -1 for none
    std::vector<int> endingCap; // per situation: grade rank its ending caps at; -1 for none
};

struct Partial {
    int situation;
    Marks shown, putRight, breached;
    int parent; // index into the search's states, -1 at the start
    int edge;   // the edge taken from the parent's situation
};

void apply(Partial& p, const std::vector<Word>& words) {
    for (const Word& w : words) {
        if (w.breach) {
            p.shown.reset(w.bit);
            p.putRight.reset(w.bit);
            p.breached.set(w.bit);
        } else if (p.breached[w.bit]) {
            p.breached.reset(w.bit);
            p.putRight.set(w.bit);
        } else if (!p.putRight[w.bit]) {
            p.shown.set(w.bit);
        }
    }
}

enum class Goal { Best, Worst, BestBreaching, Safe, WorstBreaching, BestEnding };

constexpr int kNoCap = static_cast<int>(Grade::Distinction);

class Search {
  public:
    Search(const Graph& graph, const Weights& weights, Goal goal, std::size_t maxStates,
           int mustBreach = -1, int bestPoints = 0, std::string mustEnd = {})
        : m_graph(graph), m_weights(weights), m_goal(goal), m_max(maxStates),
          m_mustBreach(mustBreach), m_bestPoints(bestPoints), m_mustEnd(std::move(mustEnd)),
          m_fronts(graph.situations.size()) {}

    // Returns the index of the winning end state, or -1. `start` holds what the route already
    // did (an attempt explored part-way through).
    int run(Partial start) {
        start.situation = 0;
        start.parent = -1;
        start.edge = -1;
        push(std::move(start));
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
            for (std::size_t i = 0; i < sit.out.size(); ++i) {
                const Edge& edge = sit.out[i];
                Partial next = here;
                next.situation = edge.to;
                next.parent = at;
                next.edge = static_cast<int>(i);
                apply(next, edge.words);
                if ((m_goal == Goal::BestBreaching || m_goal == Goal::Safe) && criticalIn(next))
                    continue;
                push(std::move(next));
            }
        }
        return m_winner;
    }

    bool budgetHit() const { return m_budgetHit; }
    const Partial& state(int i) const { return m_states[static_cast<std::size_t>(i)]; }

    int points(const Partial& p) const {
        int total = 0;
        for (std::size_t i = 0; i < m_weights.weight.size(); ++i) {
            if (p.shown[i]) total += pointsOf(Status::Demonstrated, m_weights.weight[i]);
            if (p.putRight[i]) total += pointsOf(Status::PutRight, m_weights.weight[i]);
            if (p.breached[i]) total += pointsOf(Status::Breached, m_weights.weight[i]);
        }
        return total;
    }

    // The best grade an end state can get whatever its points: Refer for a critical breach,
    // else the lowest cap of its open breaches and its ending.
    int ceiling(const Partial& p) const {
        if (criticalIn(p, -1)) return static_cast<int>(Grade::Refer);
        int worst = m_weights.endingCap[static_cast<std::size_t>(p.situation)];
        worst = std::max(worst, kNoCap);
        for (std::size_t i = 0; i < m_weights.cap.size(); ++i)
            if (p.breached[i]) worst = std::max(worst, m_weights.cap[i]);
        return worst;
    }

  private:
    bool criticalIn(const Partial& p, int except) const {
        const Marks ever = p.putRight | p.breached;
        for (std::size_t i = 0; i < m_weights.critical.size(); ++i)
            if (ever[i] && m_weights.critical[i] && static_cast<int>(i) != except) return true;
        return false;
    }
    bool criticalIn(const Partial& p) const { return criticalIn(p, m_mustBreach); }

    // `a` is at least as high as `b` on every principle (see above).
    static bool atLeast(const Partial& a, const Partial& b) {
        return (b.shown & ~a.shown).none() &&
               ((a.putRight | a.breached) & ~(b.putRight | b.breached)).none() &&
               (a.breached & ~b.breached).none();
    }

    // `a` makes `b` redundant for this goal.
    bool dominates(const Partial& a, const Partial& b) const {
        if (m_goal == Goal::Worst) return atLeast(b, a);
        if (m_goal == Goal::BestBreaching || m_goal == Goal::WorstBreaching) {
            const auto must = static_cast<std::size_t>(m_mustBreach);
            if ((a.putRight[must] || a.breached[must]) != (b.putRight[must] || b.breached[must]))
                return false;
        }
        return m_goal == Goal::WorstBreaching ? atLeast(b, a) : atLeast(a, b);
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

    // How an end state ranks for this goal, higher is better: the most points, then the higher
    // ceiling (Best); the better grade, then points (BestBreaching); the fewest points (Worst).
    std::pair<int, int> rank(const Partial& p) const {
        const int s = points(p);
        const int limit = -ceiling(p); // a better grade has a smaller rank
        switch (m_goal) {
        case Goal::Best:
            return {s, limit};
        case Goal::Safe:
        case Goal::BestBreaching:
        case Goal::BestEnding: {
            const int band = static_cast<int>(gradeFor(percentOf(s, m_bestPoints)));
            return {-std::max(band, -limit), s};
        }
        case Goal::WorstBreaching: {
            const int band = static_cast<int>(gradeFor(percentOf(s, m_bestPoints)));
            return {std::max(band, -limit), -s};
        }
        case Goal::Worst:
            return {-s, -limit};
        }
        return {s, limit};
    }

    void consider(int at) {
        const Partial& p = m_states[static_cast<std::size_t>(at)];
        if (m_goal == Goal::BestBreaching || m_goal == Goal::WorstBreaching) {
            const auto must = static_cast<std::size_t>(m_mustBreach);
            if (!p.putRight[must] && !p.breached[must]) return;
        }
        if (m_goal == Goal::BestEnding &&
            m_graph.situations[static_cast<std::size_t>(p.situation)].node != m_mustEnd)
            return;
        const auto r = rank(p);
        if (m_winner < 0 || r > m_winnerRank) {
            m_winner = at;
            m_winnerRank = r;
        }
    }

    const Graph& m_graph;
    const Weights& m_weights;
    Goal m_goal;
    std::size_t m_max;
    int m_mustBreach;
    int m_bestPoints;
    std::string m_mustEnd; // BestEnding: the ending its routes must reach
    std::vector<std::vector<int>> m_fronts;
    std::vector<Partial> m_states;
    std::vector<bool> m_dominated; // per state: a later one at its situation is at least as good
    std::vector<int> m_stack;
    int m_winner = -1;
    std::pair<int, int> m_winnerRank{0, 0};
    bool m_budgetHit = false;
};

PathResult pathFrom(const Search& search, int end, const Graph& graph, const Rubric& rubric,
                    const Scenario& scenario) {
    PathResult path;
    const Partial& last = search.state(end);
    path.ending = graph.situations[static_cast<std::size_t>(last.situation)].node;
    for (int at = end; search.state(at).parent >= 0; at = search.state(at).parent) {
        const Partial& p = search.state(at);
        const Situation& from =
            graph.situations[static_cast<std::size_t>(search.state(p.parent).situation)];
        path.choices.push_back(from.out[static_cast<std::size_t>(p.edge)].choice);
    }
    std::reverse(path.choices.begin(), path.choices.end());
    for (std::size_t i = 0; i < graph.principles.size(); ++i) {
        Evidence credit, breach;
        credit.principle = breach.principle = graph.principles.name(i);
        breach.kind = EvidenceKind::Breach;
        if (last.shown[i]) path.tally.add(credit);
        if (last.putRight[i]) path.tally.add(std::vector<Evidence>{breach, credit});
        if (last.breached[i]) path.tally.add(breach);
    }
    path.points = pointsAt(path.tally, rubric, scenario, scenario.find(path.ending));
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
    return frontline::gradeOf(points, bestPoints());
}

namespace {

// Walks the situation graph until what it is keyed on covers everything the walk saw read.
std::unique_ptr<Graph> walkUntilSound(const std::function<Session()>& start,
                                      const ExploreOptions& options, Exploration& out,
                                      std::shared_ptr<const Scenario>& scenario) {
    Session first = start();
    scenario = first.scenarioPtr();
    Allowing allowance(first.scripting().get());
    Live live(scenario->nodes.size());
    for (std::size_t walk = 1;; ++walk) {
        Exploration attempt;
        auto graph = std::make_unique<Graph>(options, attempt, live);
        graph->walk(walk == 1 ? std::move(first) : start());
        out.walks = walk;
        const bool grew = live.absorb(graph->seenLive());
        if (!grew || attempt.budgetHit) {
            out.budgetHit = attempt.budgetHit;
            out.stopped = std::move(attempt.stopped);
            out.deadEnds = std::move(attempt.deadEnds);
            out.errors = std::move(attempt.errors);
            out.errorTimes = std::move(attempt.errorTimes);
            return graph;
        }
        if (walk + 1 == kMaxWalks) // stop learning: the next walk keeps every variable apart
            std::fill(live.everything.begin(), live.everything.end(), true);
    }
}

// Where no route avoids a critical breach: the nodes, reached without one, at which every choice
// on offer breaches one (or, failing that, every ending so reached).
std::vector<std::string> forcedCritical(const Graph& graph, const Weights& weights) {
    auto critical = [&](const Edge& e) {
        return std::any_of(e.words.begin(), e.words.end(),
                           [&](const Word& w) { return w.breach && weights.critical[w.bit]; });
    };
    std::set<std::string> forced;
    std::vector<bool> seen(graph.situations.size(), false);
    std::vector<int> stack{0};
    seen[0] = true;
    while (!stack.empty()) {
        const Situation& s = graph.situations[static_cast<std::size_t>(stack.back())];
        stack.pop_back();
        bool any = false;
        for (const Edge& e : s.out) {
            if (critical(e)) continue;
            any = true;
            if (!seen[static_cast<std::size_t>(e.to)]) {
                seen[static_cast<std::size_t>(e.to)] = true;
                stack.push_back(e.to);
            }
        }
        if (!any && !s.out.empty()) forced.insert(s.node);
    }
    if (forced.empty()) forced.insert(graph.situations.front().node); // loops: name the start
    return {forced.begin(), forced.end()};
}

Weights weightsFor(const Graph& graph, const Rubric& rubric, const Scenario& scenario) {
    Weights weights;
    for (std::size_t i = 0; i < graph.principles.size(); ++i) {
        const Principle* p = rubric.find(graph.principles.name(i), scenario.organisation);
        weights.weight.push_back(p ? p->weight : 0);
        weights.critical.push_back(p && p->critical);
        const auto cap = p ? p->capWhenBreached() : std::nullopt;
        weights.cap.push_back(cap ? static_cast<int>(*cap) : -1);
    }
    for (const Situation& s : graph.situations) {
        const auto cap = scenario.nodes[s.nodeIndex].endingCap();
        weights.endingCap.push_back(cap ? static_cast<int>(*cap) : -1);
    }
    return weights;
}

Exploration exploreSession(const std::function<Session()>& start, const Rubric& rubric,
                           const ExploreOptions& options, const std::vector<Evidence>& prior) {
    Exploration out;
    std::shared_ptr<const Scenario> scenario;
    std::unique_ptr<Graph> built;
    try {
        built = walkUntilSound(start, options, out, scenario);
    } catch (const ScriptError& e) {
        out.errors.push_back(errorAt(e.where(), e.message())); // the start node itself failed
        return out;
    }
    Graph& graph = *built;
    out.states = graph.situations.size();
    Partial from{0, {}, {}, {}, -1, -1};
    for (const Evidence& e : prior) {
        const auto bit = static_cast<std::size_t>(graph.principles.of(e.principle));
        if (bit < kMaxPrinciples)
            apply(from, {{static_cast<std::uint16_t>(bit), e.kind == EvidenceKind::Breach}});
    }

    std::set<std::string> visited, deadEnds(out.deadEnds.begin(), out.deadEnds.end());
    for (const Situation& s : graph.situations) {
        visited.insert(s.node);
        if (s.ending) out.endings[s.node] += 1;
        for (const Edge& e : s.out)
            for (const Word& w : e.words)
                (w.breach ? out.breachable : out.creditable).insert(graph.principles.name(w.bit));
    }
    for (const Node& node : scenario->nodes)
        if (!visited.count(node.id)) out.unreached.push_back(node.id);
    out.deadEnds.assign(deadEnds.begin(), deadEnds.end());
    if (!out.budgetHit) out.trapped = trappedNodes(graph);
    if (graph.situations.empty()) return out;

    const Weights weights = weightsFor(graph, rubric, *scenario);
    const std::size_t budget = options.maxStates * 4;
    auto finish = [&](Search& search, int end) -> std::optional<PathResult> {
        out.budgetHit = out.budgetHit || search.budgetHit();
        if (end < 0) return std::nullopt;
        return pathFrom(search, end, graph, rubric, *scenario);
    };
    // The best achievable is the most points of any route, mistakes and all: then no route can
    // score above it.
    Search best(graph, weights, Goal::Best, budget);
    out.best = finish(best, best.run(from));
    if (options.bestOnly) return out;
    Search safe(graph, weights, Goal::Safe, budget, -1, out.bestPoints());
    out.safe = finish(safe, safe.run(from));
    if (!out.safe) out.forcedCritical = forcedCritical(graph, weights);
    Search worst(graph, weights, Goal::Worst, budget);
    out.worst = finish(worst, worst.run(from));
    for (const std::string& id : out.breachable) {
        const Principle* p = rubric.find(id, scenario->organisation);
        if (p != nullptr && p->critical) {
            out.bestWhenBreached[id] = std::nullopt; // any path breaching it grades Refer
            continue;
        }
        Search search(graph, weights, Goal::BestBreaching, budget, graph.principles.of(id),
                      out.bestPoints());
        out.bestWhenBreached[id] = finish(search, search.run(from));
    }
    if (!options.calibrate) return out;
    for (const std::string& id : out.breachable) {
        Search search(graph, weights, Goal::WorstBreaching, budget, graph.principles.of(id),
                      out.bestPoints());
        out.worstWhenBreached[id] = finish(search, search.run(from));
    }
    for (const auto& [ending, count] : out.endings) {
        Search search(graph, weights, Goal::BestEnding, budget, -1, out.bestPoints(), ending);
        out.bestAtEnding[ending] = finish(search, search.run(from));
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

Debrief debriefAgainst(const Session& session, const Rubric& rubric, const Exploration& found) {
    std::unique_ptr<Session> best;
    if (found.best) {
        try {
            Rebuilt run = rebuild(session.scenarioPtr(), session.scripting(), session.seed(),
                                  found.best->choices, Mode::Practice);
            if (!run.stopped) best = std::move(run.session);
        } catch (const ScriptError&) {
            // the best route's lines are a help, not a need: the debrief goes on without them
        }
    }
    return debrief(session, rubric, best.get(), found.bestPoints());
}

Debrief debriefOf(const Session& session, const Rubric& rubric) {
    ExploreOptions options;
    options.seed = session.seed(); // the same random source as the attempt
    return debriefAgainst(session, rubric,
                          explore(session.scenarioPtr(), session.scripting(), rubric, options));
}

} // namespace frontline
