#include "playtest.hpp"

#include "explorer.hpp"

#include <deque>
#include <unordered_set>

namespace frontline {

namespace {

struct Visit {
    Session session;
    int parent;         // index into the visits, -1 at the start
    std::string choice; // taken from the parent
};

std::vector<std::string> pathOf(const std::vector<Visit>& visits, int at) {
    std::vector<std::string> path;
    for (int i = at; visits[static_cast<std::size_t>(i)].parent >= 0;
         i = visits[static_cast<std::size_t>(i)].parent)
        path.insert(path.begin(), visits[static_cast<std::size_t>(i)].choice);
    return path;
}

} // namespace

PathTo shortestPathTo(const std::shared_ptr<const Scenario>& scenario,
                      const std::shared_ptr<Scripting>& scripting, const std::string& nodeId,
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
    std::unordered_set<std::string> seen{situationKey(visits.front().session)};
    for (std::size_t at = 0; at < visits.size(); ++at) {
        if (visits[at].session.node().id == nodeId) {
            out.choices = pathOf(visits, static_cast<int>(at));
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
            if (!seen.insert(situationKey(next)).second) continue;
            if (visits.size() >= maxStates) {
                out.budgetHit = true;
                break;
            }
            visits.push_back({std::move(next), static_cast<int>(at), offer.choice->id});
        }
    }
    out.states = visits.size();
    return out;
}

} // namespace frontline
