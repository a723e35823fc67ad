// The author's map layout: boxes never overlap, layers follow the edges, the same graph always
// gets the same drawing, and it stays quick at 200 nodes.
#include "core/scenario_map.hpp"
#include "support.hpp"

#include <catch2/catch.hpp>

#include <chrono>
#include <cmath>

using namespace frontline;

namespace {

// A branching story: each node leads to up to three later ones, some back to an earlier node,
// like a scenario of `count` nodes with loops and retries.
std::vector<LayoutEdge> storyGraph(std::size_t count, std::uint64_t seed) {
    std::vector<LayoutEdge> edges;
    std::uint64_t x = seed;
    auto next = [&] {
        x = x * 6364136223846793005ULL + 1442695040888963407ULL;
        return static_cast<std::size_t>(x >> 33);
    };
    for (std::size_t n = 0; n + 1 < count; ++n) {
        edges.push_back({n, n + 1 + next() % std::min<std::size_t>(4, count - n - 1), false});
        edges.push_back({n, n + 1 + next() % std::min<std::size_t>(12, count - n - 1), n % 5 == 0});
        if (n > 3 && n % 7 == 0) edges.push_back({n, n - 1 - next() % 3, false}); // a retry
    }
    return edges;
}

bool overlap(const PlacedNode& a, const PlacedNode& b, const LayoutOptions& o) {
    return std::fabs(a.centre.x - b.centre.x) < o.nodeWidth &&
           std::fabs(a.centre.y - b.centre.y) < o.nodeHeight;
}

void requireNoOverlap(const Layout& layout, const LayoutOptions& o) {
    for (std::size_t i = 0; i < layout.nodes.size(); ++i)
        for (std::size_t j = i + 1; j < layout.nodes.size(); ++j) {
            INFO("nodes " << i << " and " << j);
            REQUIRE_FALSE(overlap(layout.nodes[i], layout.nodes[j], o));
        }
}

} // namespace

TEST_CASE("Layout: forward edges point right, back edges close cycles, no boxes overlap",
          "[layout]") {
    const LayoutOptions o;
    for (std::uint64_t seed : {1u, 2u, 3u}) {
        const auto edges = storyGraph(60, seed);
        const Layout layout = layeredLayout(60, edges, 0, o);
        REQUIRE(layout.nodes.size() == 60);
        requireNoOverlap(layout, o);
        CHECK(layout.nodes[0].layer == 0);
        std::size_t backs = 0;
        for (const RoutedEdge& e : layout.edges) {
            const PlacedNode& from = layout.nodes[e.from];
            const PlacedNode& to = layout.nodes[e.to];
            if (e.back) {
                ++backs;
                CHECK(to.layer < from.layer);
            } else {
                CHECK(to.layer > from.layer);
                CHECK(to.centre.x > from.centre.x);
            }
            // Every bend sits one layer further along: the polyline never turns back on itself.
            REQUIRE(e.points.size() >=
                    2u + static_cast<std::size_t>(std::abs(to.layer - from.layer) - 1));
            for (std::size_t k = 1; k < e.points.size(); ++k)
                CHECK((e.back ? e.points[k].x < e.points[k - 1].x
                              : e.points[k].x > e.points[k - 1].x));
        }
        CHECK(backs > 0);
        for (const PlacedNode& n : layout.nodes) {
            CHECK(n.centre.x - o.nodeWidth / 2 >= 0.f);
            CHECK(n.centre.y - o.nodeHeight / 2 >= 0.f);
            CHECK(n.centre.x + o.nodeWidth / 2 <= layout.width + 0.01f);
            CHECK(n.centre.y + o.nodeHeight / 2 <= layout.height + 0.01f);
        }
    }
}

TEST_CASE("Layout: deterministic, the same graph gives the same drawing", "[layout]") {
    const auto edges = storyGraph(80, 7);
    const Layout a = layeredLayout(80, edges, 0);
    const Layout b = layeredLayout(80, edges, 0);
    REQUIRE(a.nodes.size() == b.nodes.size());
    for (std::size_t i = 0; i < a.nodes.size(); ++i) {
        CHECK(a.nodes[i].layer == b.nodes[i].layer);
        CHECK(a.nodes[i].order == b.nodes[i].order);
        CHECK(a.nodes[i].centre.x == b.nodes[i].centre.x);
        CHECK(a.nodes[i].centre.y == b.nodes[i].centre.y);
    }
    REQUIRE(a.edges.size() == b.edges.size());
    for (std::size_t i = 0; i < a.edges.size(); ++i)
        CHECK(a.edges[i].points.size() == b.edges[i].points.size());
    CHECK(a.crossings == b.crossings);
}

TEST_CASE("Layout: crossings are untangled where the graph allows none", "[layout]") {
    // Met in the order a walk finds them, a -> d crosses b -> c; with b above a nothing does.
    const std::vector<LayoutEdge> motif{{0, 1}, {0, 2}, {1, 3}, {1, 4}, {2, 3}};
    LayoutOptions unsorted;
    unsorted.sweeps = 0;
    CHECK(layeredLayout(5, motif, 0, unsorted).crossings == 1);
    CHECK(layeredLayout(5, motif, 0).crossings == 0);
    // A story of 100 nodes: far fewer crossings than the order first met.
    const auto edges = storyGraph(100, 5);
    const std::size_t before = layeredLayout(100, edges, 0, unsorted).crossings;
    const std::size_t after = layeredLayout(100, edges, 0).crossings;
    INFO(before << " crossings before, " << after << " after");
    CHECK(after * 2 < before);
}

TEST_CASE("Layout: parallel edges, loops, unreachable nodes and bad indices", "[layout]") {
    const std::vector<LayoutEdge> edges{{0, 1, false}, {0, 1, true}, {1, 1}, {3, 2}, {0, 99}};
    const Layout layout = layeredLayout(4, edges, 0);
    REQUIRE(layout.edges.size() == 3); // 0->1 once (solid: one of them is), the loop, 3->2
    CHECK_FALSE(layout.edges[0].dashed);
    CHECK(layout.edges[1].loop);
    CHECK(layout.edges[1].points.empty());
    CHECK(layout.nodes[2].layer == layout.nodes[3].layer + 1); // laid out from its own source
    requireNoOverlap(layout, {});
    CHECK(layeredLayout(0, {}, 0).nodes.empty());
}

TEST_CASE("Layout: 200 nodes lay out without overlap in well under a frame budget", "[layout]") {
    const auto edges = storyGraph(200, 11);
    const auto began = std::chrono::steady_clock::now();
    const Layout layout = layeredLayout(200, edges, 0);
    const auto ms =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - began).count();
    WARN("200-node layout: " << ms << " ms, " << layout.layers << " layers, " << layout.crossings
                             << " crossings");
    requireNoOverlap(layout, {});
    CHECK(layout.layers > 10);
    CHECK(ms < 2000); // generous: a sanity bound for slow machines, not a benchmark
}

TEST_CASE("Scenario map: edges per choice, computed gos dashed to the nodes they name",
          "[layout]") {
    const auto loaded = frontline::test::loadText(R"(
scenario { id = "t.m", title = "M", brief = "B", customer = { name = "Sam" }, start = "a" }
node "a" {
  customer = "Hello",
  choice { "Route", id = "route", go = function(s) if s.x then return "b" end return "c" end },
  choice { "Straight", id = "straight", go = "b" },
}
node "b" { customer = "B", choice { "Back", id = "back", go = "a" }, choice { "Done", id = "done", go = "end" } }
node "c" { customer = "C", choice { "Done", id = "done", go = "end" } }
ending "end" { kind = "resolved", summary = "Done." }
)");
    REQUIRE(loaded.scenario);
    const Scenario& s = *loaded.scenario;
    const auto edges = mapEdges(s);
    REQUIRE(edges.size() == 6);
    CHECK(edges[0].dashed); // a -> b, computed
    CHECK(edges[1].dashed); // a -> c, computed
    CHECK_FALSE(edges[2].dashed);
    const Layout layout = mapLayout(s);
    CHECK(layout.nodes[0].layer == 0);
    CHECK(layout.nodes[3].layer == 2); // the ending after b and c
    bool back = false;
    for (const RoutedEdge& e : layout.edges)
        back = back || (e.from == 1 && e.to == 0 && e.back);
    CHECK(back);
    CHECK(nodeAt(s, {s.nodes[2].where.file, s.nodes[2].where.line + 0})->id == "c");
}

TEST_CASE("Layout: top to bottom is the same drawing turned, boxes keep their size", "[layout]") {
    const auto edges = storyGraph(60, 4);
    LayoutOptions across;
    LayoutOptions down;
    down.topToBottom = true;
    const Layout wide = layeredLayout(60, edges, 0, across);
    const Layout tall = layeredLayout(60, edges, 0, down);
    for (std::size_t i = 0; i < 60; ++i) {
        CHECK(tall.nodes[i].layer == wide.nodes[i].layer);
        CHECK(tall.nodes[i].order == wide.nodes[i].order);
    }
    for (const RoutedEdge& e : tall.edges)
        if (!e.back && !e.loop) CHECK(tall.nodes[e.to].centre.y > tall.nodes[e.from].centre.y);
    // Boxes 12 wide and 3 high, still apart: rows now run across.
    for (std::size_t i = 0; i < 60; ++i)
        for (std::size_t j = i + 1; j < 60; ++j) {
            const Point a = tall.nodes[i].centre, b = tall.nodes[j].centre;
            INFO(i << " and " << j);
            CHECK((std::fabs(a.x - b.x) >= down.nodeWidth ||
                   std::fabs(a.y - b.y) >= down.nodeHeight));
        }
    CHECK(tall.height > tall.width * 0.2f);
}
