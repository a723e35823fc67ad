// The author screen's model: the open scenario's map (laid out, with marks), its problems from
// lint and the explorer, what the explorer found, the selection, and the map's pan and zoom.
// Positions are in layout units (one unit is one `em` on screen at zoom 1).
#pragma once

#include "core/explorer.hpp"
#include "core/scenario_map.hpp"
#include "scroll.hpp"
#include "script/loader.hpp"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace frontline::app {

struct Problem {
    Diagnostic diagnostic;
    std::optional<std::size_t> node; // the node it is about, when one can be named
};

struct ExploreSummary {
    std::size_t states = 0;
    bool budgetHit = false;
    std::size_t endings = 0, endingsReached = 0;
    std::string best, worst; // "Distinction 100%"
    std::size_t principlesCredited = 0, principlesBreached = 0;
    // What grades are tuned by: per principle some route breaches, the best and the worst grade
    // of a route that breaches it; per ending, the best grade of a route that reaches it.
    struct Breached {
        std::string principle, best, worst;
    };
    struct Ending {
        std::string id, best;
    };
    std::vector<Breached> breached;
    std::vector<Ending> endingBest;
};

class AuthorView {
  public:
    AuthorView(const script::LoadedFile& file, const Rubric& rubric);

    const Scenario& scenario() const { return *m_scenario; }
    // Left to right or top to bottom, whichever shows the map larger in the canvas (chosen when
    // the view is fitted).
    const Layout& layout() const { return m_vertical ? m_tall : m_wide; }
    bool vertical() const { return m_vertical; }
    const MapMarks& marks() const { return m_marks; }
    const std::vector<Problem>& problems() const { return m_problems; }
    const ExploreSummary& summary() const { return m_summary; }
    int bestPoints() const { return m_bestPoints; } // what grades are measured against
    const LayoutOptions& boxes() const { return m_wideOptions; } // box sizes, either way

    std::optional<std::size_t> selected; // node index
    std::optional<std::size_t> hovered;
    std::optional<std::size_t> problem; // the problem P last selected, outlined in the list
    // Editing the selected node on the map (E): the text typed so far in each field, by name
    // ("customer", "line:<choice id>", ...), until saved.
    bool editing = false;
    bool focusFirstField = false;
    std::map<std::string, std::string> drafts;
    ScrollRequest sideScroll;           // the side panel's (or, on a small screen, the body's)
    std::string current; // the node a playtest is at: outlined on the map
    std::string note;    // what the last action said (no path reaches a node, ...)
    std::vector<std::string> reloadErrors; // a saved file that could not replace the running one

    // The view: the layout point shown at the canvas's top-left, and the scale.
    float panX = 0, panY = 0, zoom = 1;
    bool fitPending = true; // the canvas size is only known when drawn
    float canvasWidth = 800, canvasHeight = 600, unit = 20; // as last drawn
    // The whole map in the canvas. The first time, a map too big to read that way opens at a
    // readable size instead, its start at the top (or left) in the middle: F fits it all.
    void fit(float canvasWidth, float canvasHeight, float unit);
    // A node's words are drawn at this fraction of zoom x unit (one layout unit on screen).
    static constexpr float kNodeTextSize = 0.8f;
    // Below this many pixels no trainer reads a node's words (6-7 px on a fitted 14-layer map
    // was the complaint), so a map opens no smaller.
    static constexpr float kReadableTextPx = 11.f;
    static float readableZoom(float unit) { return kReadableTextPx / (kNodeTextSize * unit); }
    // The part of the map in view, in layout units, as last drawn.
    struct Area {
        float x0 = 0, y0 = 0, x1 = 0, y1 = 0;
    };
    Area inView() const;
    bool wholeInView() const; // then no minimap is needed
    // The minimap: the whole map in a corner of the canvas (canvas px), and the point under a
    // canvas point in it, where a click there centres the view.
    Area minimap() const;
    std::optional<Point> minimapPoint(float x, float y) const;
    void centreOn(Point p); // layout units
    void zoomBy(float factor, float anchorX, float anchorY, float unit); // anchor: canvas px
    void panBy(float dx, float dy);                                      // layout units
    // The node under a canvas point, if any.
    std::optional<std::size_t> nodeAt(float x, float y, float unit) const;
    Point toCanvas(Point p, float unit) const;

    // Keyboard: N and Shift+N walk the nodes layer by layer; P and Shift+P the problems, in
    // turn (round the end); a problem selects its node.
    void selectNext(int direction);
    void selectProblem(std::size_t index);
    void selectNextProblem(int direction);
    // Keeps the view where it was on the same scenario after a reload: selection by node id.
    void keepViewOf(const AuthorView& before);

  private:
    std::shared_ptr<const Scenario> m_scenario;
    LayoutOptions m_wideOptions, m_tallOptions;
    Layout m_wide, m_tall;
    bool m_vertical = false;
    bool m_opened = false;
    MapMarks m_marks;
    std::vector<Problem> m_problems;
    ExploreSummary m_summary;
    int m_bestPoints = 0;
    std::vector<std::size_t> m_walkOrder; // nodes by layer, then row
};

// The id a new choice gets when the trainer leaves it empty: its words as an id ("Can I take
// your postcode?" -> "can-i-take-your-postcode"), with "-2", "-3"... when `node` (if any)
// already has a choice by that id.
std::string suggestedChoiceId(const Node* node, std::string_view words);

} // namespace frontline::app
