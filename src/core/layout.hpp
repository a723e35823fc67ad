// A layered drawing of a directed graph (Sugiyama's method), for the author's map: layers from
// the root so every forward edge points right, dummy points on long edges, crossings reduced by
// barycentre sweeps, rows placed as close to their neighbours as the spacing allows.
// Deterministic: the same graph always gets the same drawing.
#pragma once

#include <cstddef>
#include <vector>

namespace frontline {

struct LayoutEdge {
    std::size_t from = 0, to = 0;
    bool dashed = false; // drawn dashed (a computed `go`); layout treats it like any other
};

struct LayoutOptions {
    float nodeWidth = 12.f; // every box the same size, in the caller's units (the map uses em)
    float nodeHeight = 3.f;
    float layerGap = 5.f; // between one layer's boxes and the next
    float rowGap = 1.f;   // between boxes in one layer
    int sweeps = 12;      // barycentre passes down and up, the best kept
    // Layers from top to bottom instead of left to right: a deep, narrow story fits a wide
    // screen better this way. Sizes keep their meaning (width across, height down).
    bool topToBottom = false;
};

struct Point {
    float x = 0, y = 0;
};

struct PlacedNode {
    int layer = 0;
    int order = 0; // position within its layer, from the top
    Point centre;
};

struct RoutedEdge {
    std::size_t from = 0, to = 0;
    bool dashed = false;
    bool back = false;         // closes a cycle: drawn right to left
    bool loop = false;         // a node to itself
    std::vector<Point> points; // box edge to box edge, through the dummy points between
};

struct Layout {
    std::vector<PlacedNode> nodes; // indexed like the input nodes
    std::vector<RoutedEdge> edges; // one per distinct (from, to), in input order
    float width = 0, height = 0;   // the bounding box; nodes start at (0, 0)
    int layers = 0;
    std::size_t crossings = 0; // edge crossings between adjacent layers, after reduction
};

// `count` nodes, the first laid out from `root`; nodes no path from the root reaches are laid
// out after, from their own sources. Edges naming a node >= count are ignored.
Layout layeredLayout(std::size_t count, const std::vector<LayoutEdge>& edges, std::size_t root,
                     const LayoutOptions& options = {});

} // namespace frontline
