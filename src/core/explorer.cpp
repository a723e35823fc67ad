#include "explorer.hpp"

#include <algorithm>
#include <deque>
#include <unordered_map>

namespace frontline {

namespace {

// Everything that decides what can happen next and how it will score. The clock is left out:
// otherwise a loop whose only change is the time ("ask again") never closes. A scenario whose
// conditions read s.minutes is explored as if the clock did not matter.
std::string stateKey(const Session& s, const Tally& tally) {
    const State& st = s.state();
    std::string key = std::to_string(s.scenario().indexOf(s.node())) + "|" + std::to_string(st.mood) + "|" +
                      std::to_string(st.rng.state()) + "|";
    for (const auto& [name, value] : st.vars) key += name + "=" + std::to_string(value.index()) + toText(value) + ";";
    return key + "|" + tally.key();
}

// Breach-free beats breached; then more credited weight (breach-free) or more points.
bool better(const Points& a, const Points& b) {
    if (a.anyBreach != b.anyBreach) return !a.anyBreach;
    return a.anyBreach ? a.points > b.points : a.credited > b.credited;
}

bool worse(const Points& a, const Points& b) {
    if (a.points != b.points) return a.points < b.points;
    return a.criticalBreaches.size() > b.criticalBreaches.size();
}

class Walker {
public:
    Walker(const Scenario& scenario, const Rubric& rubric, const ExploreOptions& options)
        : m_scenario(scenario), m_rubric(rubric), m_org(scenario.organisation), m_options(options) {}

    Exploration run(Session start) {
        intern(std::move(start));
        while (!m_stack.empty()) {
            auto [session, id] = std::move(m_stack.back());
            m_stack.pop_back();
            expand(session, id);
        }
        finish();
        return std::move(m_out);
    }

private:
    struct Pending {
        Session session;
        int id;
    };

    void fail(const ScriptError& e) {
        if (m_out.errors.size() < 20) m_out.errors.push_back(errorAt(e.where(), e.message()));
    }

    int intern(Session&& session) {
        Tally tally;
        tally.add(session.evidence());
        std::string key = stateKey(session, tally);
        if (auto it = m_ids.find(key); it != m_ids.end()) return it->second;
        if (m_ids.size() >= m_options.maxStates) {
            m_out.budgetHit = true;
            return -1;
        }
        const int id = static_cast<int>(m_edges.size());
        m_ids.emplace(std::move(key), id);
        m_edges.emplace_back();
        m_ending.push_back(session.finished());
        m_expanded.push_back(false);
        m_node.push_back(session.node().id);
        for (const std::string& p : tally.ids()) {
            const Status status = tally.status(p);
            if (status != Status::Breached) m_out.creditable.insert(p);
            if (status != Status::Demonstrated) m_out.breachable.insert(p);
        }
        if (session.finished()) reachEnding(session, std::move(tally));
        else m_stack.push_back({std::move(session), id});
        return id;
    }

    void reachEnding(const Session& session, Tally tally) {
        m_out.endings[session.node().id] += 1;
        Points points = pointsFor(tally, m_rubric, m_org);
        for (const std::string& p : tally.ids()) {
            if (tally.status(p) == Status::Demonstrated) continue;
            auto& entry = m_out.bestWhenBreached[p];
            if (points.criticalBreaches.empty()) entry = std::max(entry.value_or(points.points), points.points);
        }
        PathResult path{session.choiceIds(), session.node().id, points, std::move(tally)};
        if (!m_out.best || better(points, m_out.best->points)) m_out.best = path;
        if (!m_out.worst || worse(points, m_out.worst->points)) m_out.worst = std::move(path);
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
            m_deadEnds.insert(session.node().id);
            return;
        }
        m_expanded[static_cast<std::size_t>(id)] = true;
        for (const Offer& offer : offers) {
            Session child = session;
            try {
                child.choose(offer.choice->id);
            } catch (const ScriptError& e) {
                fail(e);
                continue;
            }
            const int next = intern(std::move(child));
            if (next >= 0) m_edges[static_cast<std::size_t>(id)].push_back(next);
        }
    }

    // Which expanded states can still reach an ending: the rest are loops with no way out.
    void finish() {
        const std::size_t n = m_edges.size();
        std::vector<std::vector<int>> reverse(n);
        for (std::size_t from = 0; from < n; ++from)
            for (int to : m_edges[from]) reverse[static_cast<std::size_t>(to)].push_back(static_cast<int>(from));
        std::vector<bool> canEnd(n, false);
        std::deque<int> queue;
        for (std::size_t i = 0; i < n; ++i)
            if (m_ending[i]) {
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
        std::set<std::string> trapped, visited(m_node.begin(), m_node.end());
        if (!m_out.budgetHit)
            for (std::size_t i = 0; i < n; ++i)
                if (m_expanded[i] && !canEnd[i]) trapped.insert(m_node[i]);
        m_out.trapped.assign(trapped.begin(), trapped.end());
        m_out.deadEnds.assign(m_deadEnds.begin(), m_deadEnds.end());
        m_out.states = n;
        for (const Node& node : m_scenario.nodes)
            if (!visited.count(node.id)) m_out.unreached.push_back(node.id);
    }

    const Scenario& m_scenario;
    const Rubric& m_rubric;
    std::string m_org;
    ExploreOptions m_options;
    Exploration m_out;
    std::unordered_map<std::string, int> m_ids;
    std::vector<std::vector<int>> m_edges;
    std::vector<bool> m_ending, m_expanded;
    std::vector<std::string> m_node;
    std::set<std::string> m_deadEnds;
    std::vector<Pending> m_stack;
};

} // namespace

Grade Exploration::gradeOf(const Points& points) const {
    if (!points.criticalBreaches.empty()) return Grade::Refer;
    return gradeFor(percentOf(points.points, bestPoints()));
}

Exploration explore(const std::shared_ptr<const Scenario>& scenario, const std::shared_ptr<Scripting>& scripting,
                    const Rubric& rubric, const ExploreOptions& options) {
    try {
        return Walker(*scenario, rubric, options).run(Session(scenario, scripting, options.seed, Mode::Silent));
    } catch (const ScriptError& e) {
        Exploration out; // the start node itself failed
        out.errors.push_back(errorAt(e.where(), e.message()));
        return out;
    }
}

} // namespace frontline
