#include "author_view.hpp"

#include "core/domain_lint.hpp"
#include "core/strategies.hpp"
#include "core/text.hpp"

#include <algorithm>
#include <numeric>

namespace frontline::app {

namespace {

std::string gradeText(const Exploration& found, const std::optional<PathResult>& path) {
    if (!path) return "none";
    return std::string(toString(found.gradeOf(path->points))) + " " +
           std::to_string(percentOf(path->points.points, found.bestPoints())) + "%";
}

ExploreSummary summarise(const Scenario& s, const Exploration& found) {
    ExploreSummary out;
    out.states = found.states;
    out.budgetHit = found.budgetHit;
    out.endings = static_cast<std::size_t>(
        std::count_if(s.nodes.begin(), s.nodes.end(), [](const Node& n) { return n.isEnding; }));
    out.endingsReached = found.endings.size();
    out.best = gradeText(found, found.best);
    out.worst = gradeText(found, found.worst);
    out.principlesCredited = found.creditable.size();
    out.principlesBreached = found.breachable.size();
    auto pathOf = [](const auto& paths, const std::string& key) -> std::optional<PathResult> {
        const auto it = paths.find(key);
        return it == paths.end() ? std::nullopt : it->second;
    };
    for (const std::string& id : found.breachable) {
        const auto best = pathOf(found.bestWhenBreached, id);
        out.breached.push_back({id, best ? gradeText(found, best) : "Refer (critical)",
                                gradeText(found, pathOf(found.worstWhenBreached, id))});
    }
    for (const auto& [ending, route] : found.bestAtEnding)
        out.endingBest.push_back({ending, gradeText(found, route)});
    return out;
}

} // namespace

AuthorView::AuthorView(const script::LoadedFile& file, const Rubric& rubric)
    : m_scenario(file.scenario) {
    const Scenario& s = *m_scenario;
    m_tallOptions.topToBottom = true;
    m_tallOptions.layerGap = 2.5f;
    m_tallOptions.rowGap = 1.5f;
    m_wide = mapLayout(s, m_wideOptions);
    m_tall = mapLayout(s, m_tallOptions);
    ExploreOptions calibrated;
    calibrated.calibrate = true; // the side panel shows what grades are tuned by
    const Exploration found = explore(file.scenario, file.scripting, rubric, calibrated);
    m_marks = mapMarks(s, found, file.diagnostics);
    m_summary = summarise(s, found);
    m_bestPoints = found.bestPoints();
    std::vector<Diagnostic> all = file.diagnostics;
    for (Diagnostic& d : explorationProblems(s, found))
        all.push_back(std::move(d));
    for (Diagnostic& d : bestPathProblems(s, found, rubric))
        all.push_back(std::move(d));
    for (Diagnostic& d :
         guessingProblems(s, playNaive(file.scenario, file.scripting, rubric, found)))
        all.push_back(std::move(d));
    sortDiagnostics(all);
    // Errors first: what stops the scenario from being played comes before advice.
    std::stable_partition(all.begin(), all.end(),
                          [](const Diagnostic& d) { return d.severity == Severity::Error; });
    for (Diagnostic& d : all) {
        const Node* node = frontline::nodeAt(s, d.where);
        std::optional<std::size_t> index;
        if (node != nullptr) index = s.indexOf(*node);
        m_problems.push_back({std::move(d), index});
    }
    m_walkOrder.resize(s.nodes.size());
    std::iota(m_walkOrder.begin(), m_walkOrder.end(), 0);
    std::stable_sort(m_walkOrder.begin(), m_walkOrder.end(), [&](std::size_t a, std::size_t b) {
        const PlacedNode& x = m_wide.nodes[a];
        const PlacedNode& y = m_wide.nodes[b];
        return x.layer != y.layer ? x.layer < y.layer : x.order < y.order;
    });
    if (const Node* start = s.find(s.start)) selected = s.indexOf(*start);
}

void AuthorView::fit(float width, float height, float unit) {
    fitPending = false;
    if (width <= 0 || height <= 0 || unit <= 0) return;
    const float margin = 1.f; // one unit of air around the map
    auto scaleFor = [&](const Layout& l) {
        return std::min(width / ((l.width + 2 * margin) * unit),
                        height / ((l.height + 2 * margin) * unit));
    };
    m_vertical = scaleFor(m_tall) > scaleFor(m_wide);
    const Layout& l = layout();
    zoom = std::clamp(scaleFor(l), 0.05f, 2.f);
    const bool first = !m_opened;
    m_opened = true;
    if (first && zoom < readableZoom(unit) && selected) {
        zoom = readableZoom(unit);
        const Point start = l.nodes[*selected].centre;
        const float across = width / (zoom * unit), down = height / (zoom * unit);
        panX = m_vertical ? start.x - across / 2 : -margin;
        panY = m_vertical ? -margin : start.y - down / 2;
        return;
    }
    // Centre the map in the canvas.
    panX = -margin - (width / (zoom * unit) - (l.width + 2 * margin)) / 2;
    panY = -margin - (height / (zoom * unit) - (l.height + 2 * margin)) / 2;
}

AuthorView::Area AuthorView::inView() const {
    const float scale = zoom * unit;
    return {panX, panY, panX + canvasWidth / scale, panY + canvasHeight / scale};
}

bool AuthorView::wholeInView() const {
    const Area a = inView();
    const Layout& l = layout();
    return a.x0 <= 0 && a.y0 <= 0 && a.x1 >= l.width && a.y1 >= l.height;
}

AuthorView::Area AuthorView::minimap() const {
    const Layout& l = layout();
    if (l.width <= 0 || l.height <= 0) return {};
    // At most a fifth of the canvas across and a third down, in its bottom-right corner.
    const float s = std::min(canvasWidth * 0.2f / l.width, canvasHeight * 0.3f / l.height);
    const float w = l.width * s, h = l.height * s, gap = unit * 0.6f;
    return {canvasWidth - w - gap, canvasHeight - h - gap, canvasWidth - gap, canvasHeight - gap};
}

std::optional<Point> AuthorView::minimapPoint(float x, float y) const {
    const Area m = minimap();
    if (wholeInView() || m.x1 <= m.x0 || x < m.x0 || x > m.x1 || y < m.y0 || y > m.y1)
        return std::nullopt;
    const Layout& l = layout();
    return Point{(x - m.x0) / (m.x1 - m.x0) * l.width, (y - m.y0) / (m.y1 - m.y0) * l.height};
}

void AuthorView::centreOn(Point p) {
    const Area a = inView();
    panX = p.x - (a.x1 - a.x0) / 2;
    panY = p.y - (a.y1 - a.y0) / 2;
}

void AuthorView::zoomBy(float factor, float anchorX, float anchorY, float unit) {
    const float next = std::clamp(zoom * factor, 0.05f, 4.f);
    // Keep the layout point under the anchor where it is.
    const float lx = panX + anchorX / (zoom * unit), ly = panY + anchorY / (zoom * unit);
    zoom = next;
    panX = lx - anchorX / (zoom * unit);
    panY = ly - anchorY / (zoom * unit);
}

void AuthorView::panBy(float dx, float dy) {
    panX += dx;
    panY += dy;
}

Point AuthorView::toCanvas(Point p, float unit) const {
    return {(p.x - panX) * zoom * unit, (p.y - panY) * zoom * unit};
}

std::optional<std::size_t> AuthorView::nodeAt(float x, float y, float unit) const {
    const float lx = panX + x / (zoom * unit), ly = panY + y / (zoom * unit);
    const Layout& l = layout();
    for (std::size_t i = 0; i < l.nodes.size(); ++i) {
        const Point c = l.nodes[i].centre;
        if (std::abs(lx - c.x) <= m_wideOptions.nodeWidth / 2 &&
            std::abs(ly - c.y) <= m_wideOptions.nodeHeight / 2)
            return i;
    }
    return std::nullopt;
}

void AuthorView::selectNext(int direction) {
    if (m_walkOrder.empty()) return;
    const auto n = static_cast<long>(m_walkOrder.size());
    long at = -1;
    if (selected) {
        const auto it = std::find(m_walkOrder.begin(), m_walkOrder.end(), *selected);
        at = static_cast<long>(it - m_walkOrder.begin());
    }
    const long next = at < 0 ? (direction > 0 ? 0 : n - 1) : ((at + direction) % n + n) % n;
    selected = m_walkOrder[static_cast<std::size_t>(next)];
}

void AuthorView::selectProblem(std::size_t index) {
    if (index >= m_problems.size()) return;
    problem = index;
    if (m_problems[index].node) selected = m_problems[index].node;
}

void AuthorView::selectNextProblem(int direction) {
    if (m_problems.empty()) return;
    const auto n = static_cast<long>(m_problems.size());
    const long next = !problem ? (direction > 0 ? 0 : n - 1)
                               : ((static_cast<long>(*problem) + direction) % n + n) % n;
    selectProblem(static_cast<std::size_t>(next));
}

void AuthorView::keepViewOf(const AuthorView& before) {
    panX = before.panX;
    panY = before.panY;
    zoom = before.zoom;
    fitPending = before.fitPending;
    m_vertical = before.m_vertical;
    m_opened = before.m_opened;
    current = before.current;
    if (before.problem && *before.problem < m_problems.size()) problem = before.problem;
    editing = before.editing; // a Save reloads: the trainer goes on editing the same node
    drafts = before.drafts;
    if (before.selected && *before.selected < before.scenario().nodes.size())
        if (const Node* node = scenario().find(before.scenario().nodes[*before.selected].id))
            selected = scenario().indexOf(*node);
}

std::string suggestedChoiceId(const Node* node, std::string_view words) {
    const std::string base = slug(words, '-', 32, "choice");
    auto taken = [node](const std::string& id) {
        if (node == nullptr) return false;
        return std::any_of(node->choices.begin(), node->choices.end(),
                           [&](const Choice& c) { return c.id.substr(c.id.find('.') + 1) == id; });
    };
    std::string id = base;
    for (int n = 2; taken(id); ++n)
        id = base + "-" + std::to_string(n);
    return id;
}

} // namespace frontline::app
