#include "layout.hpp"

#include <algorithm>
#include <deque>
#include <limits>
#include <map>
#include <utility>

namespace frontline {

namespace {

// One (from, to) per pair, in first-seen order; solid if any of the duplicates is.
std::vector<LayoutEdge> distinctEdges(std::size_t count, const std::vector<LayoutEdge>& edges) {
    std::vector<LayoutEdge> out;
    std::map<std::pair<std::size_t, std::size_t>, std::size_t> seen;
    for (const LayoutEdge& e : edges) {
        if (e.from >= count || e.to >= count) continue;
        auto [it, fresh] = seen.try_emplace({e.from, e.to}, out.size());
        if (fresh)
            out.push_back(e);
        else
            out[it->second].dashed = out[it->second].dashed && e.dashed;
    }
    return out;
}

// Edges that close a cycle, found by a depth-first walk from the root and then from every node
// it missed: an edge to a node still on the walk's stack points back.
std::vector<bool> backEdges(std::size_t count, const std::vector<LayoutEdge>& edges,
                            std::size_t root) {
    std::vector<std::vector<std::size_t>> out(count);
    for (std::size_t i = 0; i < edges.size(); ++i)
        out[edges[i].from].push_back(i);
    enum Mark { Unseen, OnStack, Done };
    std::vector<Mark> mark(count, Unseen);
    std::vector<bool> back(edges.size(), false);
    auto walk = [&](std::size_t from) {
        std::vector<std::pair<std::size_t, std::size_t>> stack{{from, 0}};
        mark[from] = OnStack;
        while (!stack.empty()) {
            auto& [node, next] = stack.back();
            if (next == out[node].size()) {
                mark[node] = Done;
                stack.pop_back();
                continue;
            }
            const std::size_t e = out[node][next++];
            const std::size_t to = edges[e].to;
            if (mark[to] == OnStack)
                back[e] = true;
            else if (mark[to] == Unseen) {
                mark[to] = OnStack;
                stack.push_back({to, 0});
            }
        }
    };
    if (root < count) walk(root);
    for (std::size_t n = 0; n < count; ++n)
        if (mark[n] == Unseen) walk(n);
    return back;
}

// Longest path from the sources over the forward edges: every forward edge goes at least one
// layer to the right.
std::vector<int> longestPathLayers(std::size_t count, const std::vector<LayoutEdge>& edges,
                                   const std::vector<bool>& back) {
    std::vector<std::vector<std::size_t>> succ(count);
    std::vector<int> indegree(count, 0), layer(count, 0);
    for (std::size_t i = 0; i < edges.size(); ++i) {
        if (back[i]) continue;
        succ[edges[i].from].push_back(edges[i].to);
        ++indegree[edges[i].to];
    }
    std::deque<std::size_t> ready;
    for (std::size_t n = 0; n < count; ++n)
        if (indegree[n] == 0) ready.push_back(n);
    while (!ready.empty()) {
        const std::size_t n = ready.front();
        ready.pop_front();
        for (std::size_t to : succ[n]) {
            layer[to] = std::max(layer[to], layer[n] + 1);
            if (--indegree[to] == 0) ready.push_back(to);
        }
    }
    return layer;
}

// The graph as drawn: the real nodes first, then a dummy point wherever a long edge crosses a
// layer, every link joining adjacent layers.
struct Layered {
    std::vector<int> layer;
    std::vector<bool> dummy;
    std::vector<std::vector<std::size_t>> preds, succs;
    std::vector<std::vector<std::size_t>> rows; // per layer, top to bottom
    std::vector<std::size_t> position;          // index within its row

    std::size_t add(int at, bool isDummy) {
        layer.push_back(at);
        dummy.push_back(isDummy);
        preds.emplace_back();
        succs.emplace_back();
        return layer.size() - 1;
    }
    void link(std::size_t a, std::size_t b) {
        succs[a].push_back(b);
        preds[b].push_back(a);
    }
    void renumber(std::size_t row) {
        for (std::size_t i = 0; i < rows[row].size(); ++i)
            position[rows[row][i]] = i;
    }
};

// The vertices an edge passes through, left to right.
std::vector<std::size_t> chain(Layered& g, std::size_t a, std::size_t b) {
    std::vector<std::size_t> path{a};
    for (int l = g.layer[a] + 1; l < g.layer[b]; ++l) {
        const std::size_t d = g.add(l, true);
        g.link(path.back(), d);
        path.push_back(d);
    }
    g.link(path.back(), b);
    path.push_back(b);
    return path;
}

// Rows in the order a breadth-first walk from the root meets them: a start with few crossings.
void initialRows(Layered& g, std::size_t root, std::size_t realCount) {
    const std::size_t n = g.layer.size();
    int layers = 0;
    for (int l : g.layer)
        layers = std::max(layers, l + 1);
    g.rows.assign(static_cast<std::size_t>(layers), {});
    g.position.assign(n, 0);
    std::vector<bool> placed(n, false);
    std::deque<std::size_t> queue;
    auto visit = [&](std::size_t v) {
        if (placed[v]) return;
        placed[v] = true;
        g.rows[static_cast<std::size_t>(g.layer[v])].push_back(v);
        queue.push_back(v);
    };
    auto drain = [&] {
        while (!queue.empty()) {
            const std::size_t v = queue.front();
            queue.pop_front();
            for (std::size_t s : g.succs[v])
                visit(s);
        }
    };
    if (root < realCount) visit(root);
    drain();
    for (std::size_t v = 0; v < n; ++v) {
        visit(v);
        drain();
    }
    for (std::size_t r = 0; r < g.rows.size(); ++r)
        g.renumber(r);
}

std::size_t crossings(const Layered& g) {
    std::size_t total = 0;
    std::vector<std::pair<std::size_t, std::size_t>> segments;
    for (const auto& row : g.rows) {
        segments.clear();
        for (std::size_t v : row)
            for (std::size_t s : g.succs[v])
                segments.push_back({g.position[v], g.position[s]});
        for (std::size_t i = 0; i < segments.size(); ++i)
            for (std::size_t j = i + 1; j < segments.size(); ++j) {
                const auto [a1, b1] = segments[i];
                const auto [a2, b2] = segments[j];
                if ((a1 < a2 && b1 > b2) || (a1 > a2 && b1 < b2)) ++total;
            }
    }
    return total;
}

// Sorts a row by the mean position of each vertex's neighbours in the row fixed beside it;
// a vertex with none keeps its place.
void reorder(Layered& g, std::size_t row, const std::vector<std::vector<std::size_t>>& beside) {
    std::vector<std::pair<double, std::size_t>> keyed;
    for (std::size_t v : g.rows[row]) {
        double key = static_cast<double>(g.position[v]);
        if (!beside[v].empty()) {
            double sum = 0;
            for (std::size_t u : beside[v])
                sum += static_cast<double>(g.position[u]);
            key = sum / static_cast<double>(beside[v].size());
        }
        keyed.push_back({key, v});
    }
    std::stable_sort(keyed.begin(), keyed.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    for (std::size_t i = 0; i < keyed.size(); ++i)
        g.rows[row][i] = keyed[i].second;
    g.renumber(row);
}

// Crossings between the links of u and of v (u above v) on both sides of their row.
std::size_t pairCrossings(const Layered& g, std::size_t u, std::size_t v) {
    std::size_t n = 0;
    for (const auto* side : {&g.preds, &g.succs})
        for (std::size_t a : (*side)[u])
            for (std::size_t b : (*side)[v])
                if (g.position[a] > g.position[b]) ++n;
    return n;
}

// Swaps neighbours in a row while that removes crossings: fixes what barycentres leave tangled.
void transpose(Layered& g) {
    for (bool improved = true; improved;) {
        improved = false;
        for (std::size_t r = 0; r < g.rows.size(); ++r) {
            auto& row = g.rows[r];
            for (std::size_t i = 0; i + 1 < row.size(); ++i) {
                if (pairCrossings(g, row[i], row[i + 1]) <= pairCrossings(g, row[i + 1], row[i]))
                    continue;
                std::swap(row[i], row[i + 1]);
                g.position[row[i]] = i;
                g.position[row[i + 1]] = i + 1;
                improved = true;
            }
        }
    }
}

void reduceCrossings(Layered& g, int sweeps) {
    auto bestRows = g.rows;
    std::size_t best = crossings(g);
    const std::size_t layers = g.rows.size();
    for (int sweep = 0; sweep < sweeps && best > 0; ++sweep) {
        if (sweep % 2 == 0)
            for (std::size_t r = 1; r < layers; ++r)
                reorder(g, r, g.preds);
        else
            for (std::size_t r = layers; r-- > 1;)
                reorder(g, r - 1, g.succs);
        transpose(g);
        const std::size_t now = crossings(g);
        if (now < best) {
            best = now;
            bestRows = g.rows;
        }
    }
    g.rows = std::move(bestRows);
    for (std::size_t r = 0; r < layers; ++r)
        g.renumber(r);
}

// Places one row's vertices as near their wished-for heights as the order and the spacing
// allow, in the least-squares sense: with each vertex's minimum offset from the row's top taken
// out, the heights only have to be non-decreasing, which pooling adjacent violators solves.
void placeRow(const std::vector<std::size_t>& row, const std::vector<float>& wish,
              const std::vector<float>& weight, const std::vector<float>& gapAfter,
              std::vector<float>& y) {
    std::vector<float> offset(row.size(), 0.f);
    for (std::size_t i = 1; i < row.size(); ++i)
        offset[i] = offset[i - 1] + gapAfter[row[i - 1]] / 2 + gapAfter[row[i]] / 2;
    struct Block {
        double sum = 0, weight = 0;
        std::size_t count = 0;
        double mean() const { return sum / weight; }
    };
    std::vector<Block> blocks;
    for (std::size_t i = 0; i < row.size(); ++i) {
        const double w = weight[row[i]];
        blocks.push_back({w * (wish[row[i]] - offset[i]), w, 1});
        while (blocks.size() > 1 && blocks[blocks.size() - 2].mean() > blocks.back().mean()) {
            Block last = blocks.back();
            blocks.pop_back();
            blocks.back().sum += last.sum;
            blocks.back().weight += last.weight;
            blocks.back().count += last.count;
        }
    }
    std::size_t i = 0;
    for (const Block& b : blocks)
        for (std::size_t k = 0; k < b.count; ++k, ++i)
            y[row[i]] = static_cast<float>(b.mean()) + offset[i];
}

std::vector<float> placeVertically(const Layered& g, const LayoutOptions& o) {
    const std::size_t n = g.layer.size();
    // A vertex's share of the spacing: half a box and half a gap on each side.
    std::vector<float> room(n), weight(n), y(n, 0.f), wish(n);
    for (std::size_t v = 0; v < n; ++v) {
        room[v] = (g.dummy[v] ? 0.f : o.nodeHeight) + o.rowGap;
        weight[v] = g.dummy[v] ? 0.5f : 1.f; // boxes matter more than bends
    }
    for (const auto& row : g.rows) {
        float top = 0;
        for (std::size_t v : row) {
            y[v] = top + room[v] / 2;
            top += room[v];
        }
    }
    auto mean = [&](const std::vector<std::size_t>& of, std::size_t v) {
        if (of.empty()) return y[v];
        float sum = 0;
        for (std::size_t u : of)
            sum += y[u];
        return sum / static_cast<float>(of.size());
    };
    const std::size_t layers = g.rows.size();
    for (int pass = 0; pass < 6; ++pass) {
        const bool down = pass % 2 == 0;
        for (std::size_t k = 0; k < layers; ++k) {
            const std::size_t r = down ? k : layers - 1 - k;
            for (std::size_t v : g.rows[r])
                wish[v] = mean(down ? g.preds[v] : g.succs[v], v);
            placeRow(g.rows[r], wish, weight, room, y);
        }
    }
    float top = std::numeric_limits<float>::max();
    for (std::size_t v = 0; v < n; ++v)
        top = std::min(top, y[v] - room[v] / 2);
    for (float& value : y)
        value -= top - o.rowGap / 2;
    return y;
}

// Top to bottom is left to right with the axes exchanged.
void transposeLayout(Layout& layout) {
    auto swap = [](Point& p) { std::swap(p.x, p.y); };
    for (PlacedNode& n : layout.nodes)
        swap(n.centre);
    for (RoutedEdge& e : layout.edges)
        for (Point& p : e.points)
            swap(p);
    std::swap(layout.width, layout.height);
}

} // namespace

Layout layeredLayout(std::size_t count, const std::vector<LayoutEdge>& input, std::size_t root,
                     const LayoutOptions& asked) {
    LayoutOptions options = asked;
    if (asked.topToBottom) std::swap(options.nodeWidth, options.nodeHeight);
    Layout out;
    if (count == 0) return out;
    const std::vector<LayoutEdge> edges = distinctEdges(count, input);
    const std::vector<bool> back = backEdges(count, edges, root);
    const std::vector<int> layers = longestPathLayers(count, edges, back);

    Layered g;
    for (std::size_t v = 0; v < count; ++v)
        g.add(layers[v], false);
    std::vector<std::vector<std::size_t>> chains(edges.size());
    for (std::size_t i = 0; i < edges.size(); ++i) {
        const LayoutEdge& e = edges[i];
        if (e.from == e.to) continue;
        // A back edge is laid out reversed, so it too runs between adjacent layers.
        chains[i] = back[i] ? chain(g, e.to, e.from) : chain(g, e.from, e.to);
    }
    initialRows(g, root, count);
    reduceCrossings(g, options.sweeps);
    out.crossings = crossings(g);
    const std::vector<float> y = placeVertically(g, options);

    const float step = options.nodeWidth + options.layerGap;
    auto xOf = [&](std::size_t v) {
        return static_cast<float>(g.layer[v]) * step + options.nodeWidth / 2;
    };
    out.layers = static_cast<int>(g.rows.size());
    for (std::size_t v = 0; v < count; ++v) {
        out.nodes.push_back({g.layer[v], static_cast<int>(g.position[v]), {xOf(v), y[v]}});
        out.height = std::max(out.height, y[v] + options.nodeHeight / 2 + options.rowGap / 2);
    }
    out.width = static_cast<float>(out.layers) * step - options.layerGap;
    const float half = options.nodeWidth / 2;
    for (std::size_t i = 0; i < edges.size(); ++i) {
        RoutedEdge r{
            edges[i].from, edges[i].to, edges[i].dashed, back[i], edges[i].from == edges[i].to, {}};
        if (!r.loop) {
            std::vector<std::size_t> path = chains[i];
            if (r.back) std::reverse(path.begin(), path.end());
            const float side = r.back ? -half : half; // leave from the right, or the left
            for (std::size_t k = 0; k < path.size(); ++k) {
                float x = xOf(path[k]);
                if (k == 0) x += side;
                if (k + 1 == path.size()) x -= side;
                r.points.push_back({x, y[path[k]]});
            }
        }
        out.edges.push_back(std::move(r));
    }
    if (asked.topToBottom) transposeLayout(out);
    return out;
}

} // namespace frontline
