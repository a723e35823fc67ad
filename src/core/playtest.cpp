#include "playtest.hpp"

#include "explorer.hpp"

#include <queue>
#include <tuple>
#include <unordered_map>

namespace frontline {

namespace {

struct Visit {
    Session session;
    int parent;         // index into the visits, -1 at the start
    std::string choice; // taken from the parent
    int breaches = 0;   // on the route from the start
    int depth = 0;
};

std::vector<std::string> pathOf(const std::vector<Visit>& visits, int at) {
    std::vector<std::string> path;
    for (int i = at; visits[static_cast<std::size_t>(i)].parent >= 0;
         i = visits[static_cast<std::size_t>(i)].parent)
        path.insert(path.begin(), visits[static_cast<std::size_t>(i)].choice);
    return path;
}

int breachesOfLastStep(const Session& session) {
    int n = 0;
    for (const Evidence& e : session.evidence())
        if (e.kind == EvidenceKind::Breach) ++n;
    return n;
}

// Ordered by cost: breaches first for the cleanest route, then depth; the visit index keeps
// the order stable (the first found among equals, as the breadth-first search had it).
using Cost = std::tuple<int, int, std::size_t>;

} // namespace

PathTo pathTo(const std::shared_ptr<const Scenario>& scenario,
              const std::shared_ptr<Scripting>& scripting, const std::string& nodeId, Route route,
              std::uint64_t seed, std::size_t maxStates) {
    PathTo out;
    if (scenario->find(nodeId) == nullptr) return out;
    auto fail = [&](const ScriptError& e) {
        if (out.errors.size() < 20) out.errors.push_back(errorAt(e.where(), e.message()));
    };
    std::vector<Visit> visits;
    try {
        visits.push_back({Session(scenario, scripting, seed, Mode::Silent), -1, {}});
    } catch (const ScriptError& e) {
        fail(e);
        return out;
    }
    const auto costOf = [&](const Visit& v, std::size_t index) {
        return Cost{route == Route::Cleanest ? v.breaches : 0, v.depth, index};
    };
    std::unordered_map<std::string, Cost> best{
        {situationKey(visits.front().session), costOf(visits.front(), 0)}};
    std::priority_queue<Cost, std::vector<Cost>, std::greater<>> open;
    open.push(costOf(visits.front(), 0));
    while (!open.empty()) {
        const auto [cost, depth, at] = open.top();
        open.pop();
        if (best[situationKey(visits[at].session)] != Cost{cost, depth, at}) continue; // stale
        if (visits[at].session.node().id == nodeId) {
            out.choices = pathOf(visits, static_cast<int>(at));
            out.breaches = visits[at].breaches;
            break;
        }
        std::vector<Offer> offers;
        try {
            offers = visits[at].session.offers();
        } catch (const ScriptError& e) {
            fail(e);
            continue;
        }
        for (const Offer& offer : offers) {
            Session next = visits[at].session;
            try {
                next.choose(offer.choice->id);
            } catch (const ScriptError& e) {
                fail(e);
                continue;
            }
            Visit visit{std::move(next), static_cast<int>(at), offer.choice->id,
                        visits[at].breaches, visits[at].depth + 1};
            visit.breaches += breachesOfLastStep(visit.session);
            const Cost c = costOf(visit, visits.size());
            const std::string key = situationKey(visit.session);
            const auto known = best.find(key);
            if (known != best.end() &&
                std::tie(std::get<0>(known->second), std::get<1>(known->second)) <=
                    std::tie(std::get<0>(c), std::get<1>(c)))
                continue;
            if (visits.size() >= maxStates) {
                out.budgetHit = true;
                break;
            }
            best[key] = c;
            visits.push_back(std::move(visit));
            open.push(c);
        }
        if (out.budgetHit) break;
    }
    out.states = visits.size();
    return out;
}

} // namespace frontline
