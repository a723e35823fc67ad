#include "routes.hpp"

#include "liveness.hpp"
#include "session.hpp"

#include <map>
#include <set>
#include <stdexcept>

namespace frontline {

namespace {

// Watches what author code reads during one call and adds it to a node's entry.
class Reading {
  public:
    Reading(Scripting* scripting, Live& into, std::size_t node)
        : m_scripting(scripting), m_into(into), m_node(node) {
        if (m_scripting) m_scripting->watch(&m_log);
    }
    ~Reading() {
        if (m_scripting) m_scripting->watch(nullptr);
        m_into.add(m_node, m_log);
    }
    Reading(const Reading&) = delete;
    Reading& operator=(const Reading&) = delete;

  private:
    Scripting* m_scripting;
    Live& m_into;
    std::size_t m_node;
    ReadLog m_log;
};

class Walk {
  public:
    Walk(const RouteOptions& options, const Live& live)
        : m_options(options), m_live(live), m_read(live.names.size()), m_next(live.names.size()) {}

    void from(const Session& session, std::vector<std::string>& path) {
        if (m_list.limitHit) return;
        const std::size_t node = session.scenario().indexOf(session.node());
        Scripting* scripting = session.scripting().get();
        if (session.finished()) {
            Reading reading(scripting, m_read, node);
            (void)session.summary();
            return emit(Route::End::Ending, path);
        }
        if (path.size() >= m_options.maxSteps) return emit(Route::End::TooLong, path);
        const std::string key = keyOf(session, m_live);
        if (auto onPath = m_onPath.find(key); onPath != m_onPath.end())
            return emit(Route::End::Loops, path, 0, onPath->second);
        if (auto seen = m_seen.find(key); seen != m_seen.end())
            return emit(Route::End::Joins, path, seen->second.first, seen->second.second);
        m_seen.emplace(key, std::make_pair(m_list.routes.size(), path.size()));
        m_onPath.emplace(key, path.size());
        struct Leave { // off this route's path once every way on from here is listed
            std::map<std::string, std::size_t>& onPath;
            const std::string& key;
            ~Leave() { onPath.erase(key); }
        } leave{m_onPath, key};
        std::vector<Offer> offers;
        try {
            Reading reading(scripting, m_read, node);
            offers = session.offers();
        } catch (const std::exception& e) {
            return emit(Route::End::Failed, path, 0, 0, e.what());
        }
        if (offers.empty()) return emit(Route::End::DeadEnd, path);
        for (const Offer& offer : offers) {
            Session next = session;
            path.push_back(offer.choice->id);
            bool chosen = false;
            try {
                Reading reading(scripting, m_read, node);
                next.choose(offer.choice->id);
                chosen = true;
            } catch (const std::exception& e) {
                emit(Route::End::Failed, path, 0, 0, e.what());
            }
            if (chosen) {
                m_next[node].insert(next.scenario().indexOf(next.node()));
                from(next, path);
            }
            path.pop_back();
        }
    }

    // What this walk saw read (text included), carried back to the nodes that lead to it.
    Live seenLive() const { return m_read.carriedBack(m_next); }

    RouteList take() { return std::move(m_list); }

  private:
    void emit(Route::End end, const std::vector<std::string>& path, std::size_t route = 0,
              std::size_t step = 0, std::string failure = {}) {
        if (m_list.routes.size() >= m_options.limit) {
            m_list.limitHit = true;
            return;
        }
        Route r{end, path, 0, route, step, std::move(failure)};
        if (!m_list.routes.empty()) {
            const auto& before = m_list.routes.back().choices;
            while (r.shared < before.size() && r.shared < path.size() &&
                   before[r.shared] == path[r.shared])
                ++r.shared;
        }
        m_list.routes.push_back(std::move(r));
    }

    RouteOptions m_options;
    const Live& m_live;
    Live m_read;
    std::vector<std::set<std::size_t>> m_next;
    RouteList m_list;
    std::map<std::string, std::pair<std::size_t, std::size_t>> m_seen; // key -> route, step
    std::map<std::string, std::size_t> m_onPath; // situations on the route being walked -> step
};

constexpr int kMaxWalks = 6;

} // namespace

RouteList listRoutes(const std::shared_ptr<const Scenario>& scenario,
                     const std::shared_ptr<Scripting>& scripting, const RouteOptions& options) {
    const Session start(scenario, scripting, options.seed, Mode::Practice);
    Live live(scenario->nodes.size());
    // Walk keyed on what earlier walks saw read until a walk sees nothing new read; past a few
    // walks, every variable tells situations apart.
    for (int walks = 0;; ++walks) {
        Walk walk(options, live);
        std::vector<std::string> path;
        walk.from(start, path);
        if (!live.absorb(walk.seenLive())) return walk.take();
        if (walks + 1 >= kMaxWalks) live.everything.assign(live.everything.size(), true);
    }
}

std::vector<std::string> fullChoices(const RouteList& list, std::size_t index) {
    std::vector<std::string> choices = list.routes.at(index).choices;
    // Each join points to an earlier route, so this ends.
    while (list.routes.at(index).end == Route::End::Joins) {
        const Route& r = list.routes[index];
        const Route& joined = list.routes.at(r.route);
        choices.insert(choices.end(),
                       joined.choices.begin() + static_cast<std::ptrdiff_t>(r.atStep),
                       joined.choices.end());
        index = r.route;
    }
    return choices;
}

} // namespace frontline
