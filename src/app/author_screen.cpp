// Author: the open scenario as a map (layers from the start, endings by kind, errors red, never
// reached grey, computed gos dashed, the playtest's node outlined), with the selected node, the
// problems from lint and the explorer, and what the explorer found. Pan, zoom, select, and
// playtest from any node.
#include "author_edit_panel.hpp"
#include "scrolling.hpp"
#include "ui.hpp"

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <filesystem>
#include <optional>
#include <string>

namespace frontline::app {

namespace {

Rgba endingFill(const Palette& p, EndingKind kind) {
    switch (kind) {
    case EndingKind::Resolved:
        return p.good;
    case EndingKind::Escalated:
        return p.warning;
    case EndingKind::Unresolved:
        return p.learner;
    case EndingKind::Lost:
        return p.bad;
    }
    return p.panel;
}

std::string firstWords(const Node& node) {
    const Text& words = shownWords(node);
    return words.isFunction() ? "(written by a function)" : words.literal;
}

// Line segments with gaps, for edges whose target a function computes.
void dashedLine(ImDrawList* dl, ImVec2 a, ImVec2 b, ImU32 ink, float width, float dash) {
    const float dx = b.x - a.x, dy = b.y - a.y;
    const float length = std::sqrt(dx * dx + dy * dy);
    if (length < 1) return;
    for (float t = 0; t < length; t += dash * 2) {
        const float u = t / length, v = std::min(t + dash, length) / length;
        dl->AddLine(ImVec2(a.x + dx * u, a.y + dy * u), ImVec2(a.x + dx * v, a.y + dy * v), ink,
                    width);
    }
}

void arrowHead(ImDrawList* dl, ImVec2 from, ImVec2 to, ImU32 ink, float size) {
    const float dx = to.x - from.x, dy = to.y - from.y;
    const float length = std::sqrt(dx * dx + dy * dy);
    if (length < 1) return;
    const float ux = dx / length, uy = dy / length;
    dl->AddTriangleFilled(
        to, ImVec2(to.x - ux * size - uy * size * 0.5f, to.y - uy * size + ux * size * 0.5f),
        ImVec2(to.x - ux * size + uy * size * 0.5f, to.y - uy * size - ux * size * 0.5f), ink);
}

struct Canvas {
    ImVec2 origin;
    float unit = 20;
    const AuthorView* view = nullptr;
    ImVec2 at(Point p) const {
        const Point c = view->toCanvas(p, unit);
        return ImVec2(origin.x + c.x, origin.y + c.y);
    }
};

void drawEdges(const Ui& ui, const Canvas& c, ImDrawList* dl) {
    const Layout& layout = c.view->layout();
    const float scale = c.view->zoom * c.unit;
    const float width = std::max(1.f, scale * 0.08f);
    for (const RoutedEdge& e : layout.edges) {
        if (e.loop || e.points.size() < 2) continue;
        const ImU32 ink =
            colour(e.back ? ui.palette->muted : ui.palette->text, e.back ? 0.6f : 0.75f);
        for (std::size_t k = 1; k < e.points.size(); ++k) {
            const ImVec2 a = c.at(e.points[k - 1]), b = c.at(e.points[k]);
            if (e.dashed)
                dashedLine(dl, a, b, ink, width, std::max(3.f, scale * 0.4f));
            else
                dl->AddLine(a, b, ink, width);
        }
        arrowHead(dl, c.at(e.points[e.points.size() - 2]), c.at(e.points.back()), ink,
                  std::max(5.f, scale * 0.5f));
    }
}

void drawNode(const Ui& ui, const Canvas& c, ImDrawList* dl, std::size_t i) {
    const AuthorView& view = *c.view;
    const Palette& p = *ui.palette;
    const Node& node = view.scenario().nodes[i];
    const LayoutOptions& box = view.boxes();
    const Point centre = view.layout().nodes[i].centre;
    const ImVec2 a = c.at({centre.x - box.nodeWidth / 2, centre.y - box.nodeHeight / 2});
    const ImVec2 b = c.at({centre.x + box.nodeWidth / 2, centre.y + box.nodeHeight / 2});
    const float scale = view.zoom * c.unit;
    const bool unreached = view.marks().unreached.count(node.id) > 0;
    const bool failing = view.marks().failing.count(node.id) > 0;
    const Rgba fill = node.isEnding ? endingFill(p, node.endingKind) : p.panel;
    dl->AddRectFilled(a, b,
                      colour(unreached ? p.muted : fill, unreached       ? 0.35f
                                                         : node.isEnding ? 0.45f
                                                                         : 1.f),
                      scale * 0.3f);
    const bool selected = view.selected && *view.selected == i;
    const bool start = node.id == view.scenario().start;
    Rgba frame = failing ? p.bad : selected ? p.accent : p.border;
    float thickness = std::max(1.f, scale * (failing || selected ? 0.18f : start ? 0.14f : 0.06f));
    dl->AddRect(a, b, colour(frame), scale * 0.3f, 0, thickness);
    if (node.id == view.current) { // where the playtest stands: a second frame outside
        const float out = std::max(3.f, scale * 0.3f);
        dl->AddRect(ImVec2(a.x - out, a.y - out), ImVec2(b.x + out, b.y + out), colour(p.accent),
                    scale * 0.4f, 0, std::max(2.f, scale * 0.12f));
    }
    // Words only when they can be read: the id in bold, then the first words.
    const float size = scale * AuthorView::kNodeTextSize;
    if (size < 7) return;
    const ImVec4 clip(a.x + scale * 0.3f, a.y, b.x - scale * 0.3f, b.y);
    const ImVec2 text(a.x + scale * 0.35f, a.y + scale * 0.25f);
    const Rgba ink = unreached ? p.muted : p.text;
    dl->AddText(ui.fonts.bold, size, text, colour(ink), node.id.c_str(), nullptr, 0, &clip);
    const std::string words = firstWords(node);
    dl->AddText(ui.fonts.body, size, ImVec2(text.x, text.y + size * 1.15f), colour(p.muted),
                words.c_str(), nullptr, clip.z - clip.x, &clip);
}

// Where a choice leads, in words: its node, its rules ("options if verified; else describe"),
// or "(computed)" for a function.
std::string goWords(const Choice& choice) {
    if (choice.goFunction != 0) return "(computed)";
    if (choice.goRules.empty()) return choice.go;
    std::string out;
    for (const GoRule& rule : choice.goRules)
        out += (out.empty() ? "" : "; ") +
               (rule.when ? rule.go + " if " + rule.when->text() : "else " + rule.go);
    return out;
}

// A line of the hover card, wrapped at the card's own width (`wrapped` wraps at the window's
// edge, and a tooltip sizes itself to its text: one character a line).
void tipLine(std::string_view text, Rgba ink, ImFont* font = nullptr) {
    if (font != nullptr) ImGui::PushFont(font);
    ImGui::PushStyleColor(ImGuiCol_Text, colourVec(ink));
    ImGui::TextUnformatted(text.data(), text.data() + text.size());
    ImGui::PopStyleColor();
    if (font != nullptr) ImGui::PopFont();
}

void hoverTip(const Ui& ui, const AuthorView& view, std::size_t i) {
    const Node& node = view.scenario().nodes[i];
    // Never wider than the screen allows, never so narrow a word breaks.
    const float width = std::clamp(ImGui::GetIO().DisplaySize.x * 0.4f, ui.em * 12, ui.em * 28);
    ImGui::SetNextWindowSizeConstraints(ImVec2(0, 0), ImVec2(width + ui.em * 2, FLT_MAX));
    ImGui::BeginTooltip();
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
    tipLine(node.id +
                (node.isEnding ? " (ending: " + std::string(toString(node.endingKind)) + ")" : ""),
            ui.palette->accent, ui.fonts.bold);
    tipLine(firstWords(node), ui.palette->text);
    for (const Choice& choice : node.choices)
        tipLine("· " + (choice.line.isFunction() ? choice.id : choice.line.literal) + "  ->  " +
                    goWords(choice),
                ui.palette->muted);
    ImGui::PopTextWrapPos();
    ImGui::EndTooltip();
}

// Mouse: wheel zooms about the pointer, a drag pans, a click selects, a double click playtests.
void mouse(AppState& state, Ui& ui, AuthorView& view, const Canvas& c) {
    ImGuiIO& io = ImGui::GetIO();
    const bool over = ImGui::IsItemHovered();
    const float x = io.MousePos.x - c.origin.x, y = io.MousePos.y - c.origin.y;
    // The minimap: a click (or a drag) there moves the view, and selects nothing.
    if (const auto to = over ? view.minimapPoint(x, y) : std::nullopt) {
        view.hovered.reset();
        if (ImGui::IsMouseDown(ImGuiMouseButton_Left)) view.centreOn(*to);
        return;
    }
    view.hovered = over ? view.nodeAt(x, y, c.unit) : std::nullopt;
    if (over && io.MouseWheel != 0) view.zoomBy(std::pow(1.2f, io.MouseWheel), x, y, c.unit);
    static bool dragged = false; // a press that moved pans; one that did not selects
    if (ImGui::IsItemActivated()) dragged = false;
    if (ImGui::IsItemActive() && ImGui::IsMouseDragging(ImGuiMouseButton_Left, 2.f)) {
        dragged = true;
        view.panBy(-io.MouseDelta.x / (view.zoom * c.unit),
                   -io.MouseDelta.y / (view.zoom * c.unit));
    } else if (ImGui::IsItemDeactivated() && !dragged && view.hovered) {
        view.selected = view.hovered;
    }
    if (over && view.hovered && ImGui::IsMouseDoubleClicked(ImGuiMouseButton_Left)) {
        const std::size_t node = *view.hovered;
        ui.after([&state, node] { state.playtestFrom(node); });
    }
    if (view.hovered) hoverTip(ui, view, *view.hovered);
}

// The whole map small in the canvas's corner, the part in view outlined: where you are on a
// deep scenario, and a click away from anywhere else (N walks the nodes from the keyboard).
void minimap(const Ui& ui, const Canvas& c, ImDrawList* dl) {
    const AuthorView& view = *c.view;
    const AuthorView::Area m = view.minimap();
    if (m.x1 <= m.x0) return;
    const Palette& p = *ui.palette;
    const Layout& l = view.layout();
    const ImVec2 a(c.origin.x + m.x0, c.origin.y + m.y0), b(c.origin.x + m.x1, c.origin.y + m.y1);
    const float pad = ui.em * 0.25f;
    dl->AddRectFilled(ImVec2(a.x - pad, a.y - pad), ImVec2(b.x + pad, b.y + pad),
                      colour(p.background, 0.92f), pad);
    dl->AddRect(ImVec2(a.x - pad, a.y - pad), ImVec2(b.x + pad, b.y + pad), colour(p.border), pad);
    const float sx = (b.x - a.x) / l.width, sy = (b.y - a.y) / l.height;
    const LayoutOptions& box = view.boxes();
    auto at = [&](float x, float y) { return ImVec2(a.x + x * sx, a.y + y * sy); };
    for (std::size_t i = 0; i < l.nodes.size(); ++i) {
        const Point centre = l.nodes[i].centre;
        const Node& node = view.scenario().nodes[i];
        const bool selected = view.selected == i;
        dl->AddRectFilled(at(centre.x - box.nodeWidth / 2, centre.y - box.nodeHeight / 2),
                          at(centre.x + box.nodeWidth / 2, centre.y + box.nodeHeight / 2),
                          colour(selected        ? p.accent
                                 : node.isEnding ? endingFill(p, node.endingKind)
                                                 : p.muted));
    }
    const AuthorView::Area v = view.inView();
    dl->AddRect(at(std::max(v.x0, 0.f), std::max(v.y0, 0.f)),
                at(std::min(v.x1, l.width), std::min(v.y1, l.height)), colour(p.accent), 0, 0,
                2.f);
}

void map(AppState& state, Ui& ui, AuthorView& view, ImVec2 size) {
    ImGui::BeginChild("map", size, true,
                      ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const ImVec2 avail = ImGui::GetContentRegionAvail();
    view.canvasWidth = avail.x;
    view.canvasHeight = avail.y;
    view.unit = ui.em;
    if (view.fitPending) view.fit(avail.x, avail.y, ui.em);
    ImGui::InvisibleButton("canvas", ImVec2(std::max(avail.x, 1.f), std::max(avail.y, 1.f)));
    const Canvas c{origin, ui.em, &view};
    mouse(state, ui, view, c);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->PushClipRect(origin, ImVec2(origin.x + avail.x, origin.y + avail.y), true);
    drawEdges(ui, c, dl);
    for (std::size_t i = 0; i < view.layout().nodes.size(); ++i)
        drawNode(ui, c, dl, i);
    if (!view.wholeInView()) minimap(ui, c, dl);
    dl->PopClipRect();
    ImGui::EndChild();
}

// One key to the map's marks, flowing onto the next line where the window is narrow (projector
// text, small windows).
void legend(const Ui& ui) {
    const Palette& p = *ui.palette;
    const float box = ui.em * 0.8f;
    const float right = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
    bool first = true;
    auto item = [&](std::optional<Rgba> fill, float alpha, Rgba ink, const char* label) {
        const float width = (fill ? box + ui.em * 0.4f : 0) + ImGui::CalcTextSize(label).x;
        if (!first && ImGui::GetItemRectMax().x + ui.em + width <= right) ImGui::SameLine(0, ui.em);
        first = false;
        if (fill) {
            const ImVec2 at = ImGui::GetCursorScreenPos();
            ImGui::GetWindowDrawList()->AddRectFilled(
                ImVec2(at.x, at.y + ui.em * 0.15f), ImVec2(at.x + box, at.y + ui.em * 0.15f + box),
                colour(*fill, alpha), ui.em * 0.15f);
            ImGui::Dummy(ImVec2(box, box));
            ImGui::SameLine(0, ui.em * 0.4f);
        }
        ImGui::TextColored(colourVec(ink), "%s", label);
    };
    item(p.good, 0.45f, p.text, "resolved");
    item(p.warning, 0.45f, p.text, "escalated");
    item(p.learner, 0.45f, p.text, "unresolved");
    item(p.bad, 0.45f, p.text, "lost");
    item(p.muted, 0.35f, p.text, "never reached");
    item(std::nullopt, 1, p.bad, "red frame: errors");
    item(std::nullopt, 1, p.muted, "dashed: computed go");
}

void selectedNode(AppState& state, Ui& ui, AuthorView& view, float width) {
    if (!view.selected) {
        wrapped("Click a node, or press N, to see it here.", ui.palette->muted);
        return;
    }
    const std::size_t index = *view.selected;
    const Node& node = view.scenario().nodes[index];
    wrapped(node.id, ui.palette->accent, ui.fonts.bold);
    wrapped(node.where.file.substr(node.where.file.find_last_of('/') + 1) + ":" +
                std::to_string(node.where.line) +
                (node.isEnding ? " · ending (" + std::string(toString(node.endingKind)) + ")" : ""),
            ui.palette->muted);
    if (view.editing) {
        editPanel(state, ui, view, width);
        if (!view.note.empty()) wrapped(view.note, ui.palette->warning);
        return;
    }
    wrapped(firstWords(node), ui.palette->text);
    for (const Choice& choice : node.choices) {
        std::string line = "· " + (choice.line.isFunction() ? choice.id : choice.line.literal) +
                           "  ->  " + goWords(choice);
        if (choice.when.present())
            line += choice.when.function != 0 ? "  [when: function]"
                                              : "  [when " + choice.when.written() + "]";
        wrapped(line, choice.breach.empty() ? ui.palette->text : ui.palette->bad);
    }
    if (!node.isEnding && wideButton(ui, "playtest", "Playtest from here (Enter)", width, true))
        ui.after([&state, index] { state.playtestFrom(index); });
    if (button(ui, "Edit its words and choices (E)"))
        ui.after([&state] { state.perform(Command::EditNode); });
    if (!view.note.empty()) wrapped(view.note, ui.palette->warning);
}

// One problem in the list: its line and message wrapped to the panel's width (never cut), in
// its severity's colour, filled when selected (P) or under the pointer. True when clicked.
bool problemRow(const Ui& ui, const std::string& id, const std::string& text, Rgba tint,
                bool selected, float width) {
    const ImVec2 pad(ui.em * 0.25f, ui.em * 0.1f);
    const float wrap = std::max(ui.em, width - 2 * pad.x);
    const ImVec2 textSize = ImGui::CalcTextSize(text.c_str(), nullptr, false, wrap);
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const ImVec2 size(width, std::ceil(textSize.y + 2 * pad.y));
    const bool clicked = ImGui::InvisibleButton(id.c_str(), size);
    reportSelectable(ui, id, selected);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    if (selected || ImGui::IsItemHovered())
        dl->AddRectFilled(at, ImVec2(at.x + size.x, at.y + size.y),
                          colour(selected ? ui.palette->buttonActive : ui.palette->buttonHover));
    dl->AddText(ImGui::GetFont(), ImGui::GetFontSize(), ImVec2(at.x + pad.x, at.y + pad.y),
                colour(tint), text.c_str(), nullptr, wrap);
    return clicked;
}

void problems(Ui& ui, AuthorView& view) {
    if (!view.reloadErrors.empty()) {
        wrapped("The saved file could not replace the running one:", ui.palette->bad,
                ui.fonts.bold);
        for (const std::string& e : view.reloadErrors)
            wrapped(e, ui.palette->bad);
        ImGui::Spacing();
    }
    const auto& all = view.problems();
    wrapped(all.empty() ? "No problems." : "Problems (" + std::to_string(all.size()) + ")",
            ui.palette->accent, ui.fonts.bold);
    const float width = ImGui::GetContentRegionAvail().x;
    for (std::size_t i = 0; i < all.size(); ++i) {
        const Diagnostic& d = all[i].diagnostic;
        const std::string id = "problem" + std::to_string(i);
        const bool selected = view.problem == i;
        if (problemRow(ui, id, std::to_string(d.where.line) + ": " + d.message,
                       d.severity == Severity::Error ? ui.palette->bad : ui.palette->warning,
                       selected, width))
            view.selectProblem(i);
        if (selected) keepInView(id);
    }
}

void explorerSummary(const Ui& ui, const AuthorView& view) {
    const ExploreSummary& s = view.summary();
    wrapped("Every path", ui.palette->accent, ui.fonts.bold);
    wrapped(std::to_string(s.states) + " situations" +
                (s.budgetHit ? " (budget hit: partial)" : "") + " · " +
                std::to_string(s.endingsReached) + " of " + std::to_string(s.endings) +
                " endings reached",
            ui.palette->text);
    wrapped("Score range: best " + s.best + ", worst " + s.worst, ui.palette->text);
    wrapped("Principles: " + std::to_string(s.principlesCredited) + " can be credited, " +
                std::to_string(s.principlesBreached) + " can be breached",
            ui.palette->text);
    if (!s.breached.empty()) {
        wrapped("When a principle is breached: the best and worst grade", ui.palette->accent,
                ui.fonts.bold);
        for (const ExploreSummary::Breached& b : s.breached)
            wrapped(b.principle + ": best " + b.best + ", worst " + b.worst, ui.palette->text);
    }
    if (!s.endingBest.empty()) {
        wrapped("Best grade at each ending", ui.palette->accent, ui.fonts.bold);
        for (const ExploreSummary::Ending& e : s.endingBest)
            wrapped(e.id + ": " + e.best, ui.palette->text);
    }
}

void sidePanel(AppState& state, Ui& ui, AuthorView& view) {
    const float width = ImGui::GetContentRegionAvail().x;
    selectedNode(state, ui, view, width);
    ImGui::Separator();
    explorerSummary(ui, view);
    ImGui::Separator();
    problems(ui, view);
}

// The file as a trainer would type it from here: relative to the folder the program was started
// in when it lies under it, else in full.
// The folder is read once: the program never changes it, and the bar is drawn every frame.
std::string shownPath(const std::string& file) {
    static const std::filesystem::path startedIn = [] {
        std::error_code ec;
        std::filesystem::path here = std::filesystem::current_path(ec);
        return ec ? std::filesystem::path() : here;
    }();
    if (startedIn.empty()) return file;
    const std::filesystem::path relative =
        std::filesystem::path(file).lexically_proximate(startedIn);
    if (relative.empty() || *relative.begin() == "..") return file;
    return relative.string();
}

void topBar(AppState& state, Ui& ui, AuthorView& view) {
    heading(ui, "Author: " + view.scenario().title);
    wrapped(shownPath(view.scenario().where.file) + " · " + std::to_string(view.scenario().nodes.size()) +
                " nodes · saved changes reload by themselves",
            ui.palette->muted);
    if (button(ui, "Fit (F)")) view.fitPending = true;
    nextInRow(ui, "Zoom in (+)");
    if (button(ui, "Zoom in (+)"))
        view.zoomBy(1.25f, view.canvasWidth / 2, view.canvasHeight / 2, ui.em);
    nextInRow(ui, "Zoom out (-)");
    if (button(ui, "Zoom out (-)"))
        view.zoomBy(0.8f, view.canvasWidth / 2, view.canvasHeight / 2, ui.em);
    nextInRow(ui, "Back (Esc)");
    if (button(ui, "Back (Esc)")) ui.after([&state] { state.handleKey(key(Key::Escape)); });
}

} // namespace

void drawAuthor(AppState& state, Ui& ui) {
    if (!beginScreen("Author")) return endScreen();
    AuthorView* found = state.author();
    if (found == nullptr) {
        endScreen();
        return;
    }
    AuthorView& view = *found;
    ui.status(state.notice(), state.hints(), state.noticeDone());
    if (!ui.roomy) {
        // One column that scrolls as a whole (large text, small windows): the buttons and the
        // legend alone can fill the screen, so the map and the panel come below them.
        beginBody(ui);
        applyScroll(view.sideScroll, ImGui::GetTextLineHeightWithSpacing());
        topBar(state, ui, view);
        legend(ui);
        map(state, ui, view, ImVec2(0, std::max(ui.em * 6, ImGui::GetWindowHeight() * 0.6f)));
        sidePanel(state, ui, view);
        endBody();
        statusBar(ui);
        endScreen();
        return;
    }
    topBar(state, ui, view);
    legend(ui);
    const float height = ImGui::GetContentRegionAvail().y - statusBarHeight(ui);
    {
        const float full = ImGui::GetContentRegionAvail().x;
        const float side = std::clamp(full * 0.3f, ui.em * 14, ui.em * 26);
        map(state, ui, view, ImVec2(full - side - ImGui::GetStyle().ItemSpacing.x, height));
        ImGui::SameLine();
        ImGui::BeginChild("side", ImVec2(side, height), false);
        applyScroll(view.sideScroll, ImGui::GetTextLineHeightWithSpacing());
        sidePanel(state, ui, view);
        ImGui::EndChild();
    }
    statusBar(ui);
    endScreen();
}

} // namespace frontline::app
