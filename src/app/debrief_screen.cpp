// The debrief: grade, percent and subtotals; each finding as Point, Evidence and Explain; the
// learner's path beside the best path with the differences marked; and "try the other answer".
#include "core/work_on.hpp"
#include "model/marks.hpp"
#include "ui.hpp"

#include <algorithm>
#include <string>

namespace frontline::app {

namespace {

Rgba gradeColour(const Palette& p, Grade g) {
    switch (g) {
    case Grade::Distinction:
    case Grade::Merit:
        return p.good;
    case Grade::Pass:
        return p.warning;
    case Grade::Refer:
        break;
    }
    return p.bad;
}

Rgba statusColour(const Palette& p, Status s) {
    switch (s) {
    case Status::Demonstrated:
        return p.good;
    case Status::Breached:
        return p.bad;
    case Status::PutRight:
    case Status::NotMet:
        break;
    }
    return p.warning;
}

const char* statusMark(Status s) {
    switch (s) {
    case Status::Demonstrated:
        return "✓";
    case Status::Breached:
        return "✗";
    case Status::PutRight:
        return "~";
    case Status::NotMet:
        break;
    }
    return "–";
}

void summary(const Ui& ui, const DebriefView& view) {
    const Debrief& d = view.debrief;
    wrapped("Debrief: " + std::string(toString(d.grade)) + " · " + std::to_string(d.percent) + "%",
            gradeColour(*ui.palette, d.grade), ui.fonts.title);
    wrapped(d.reason, ui.palette->text);
    wrapped(subtotalsLine(d.subtotals, " · "), ui.palette->accent, ui.fonts.bold);
    // What happened in words, never the author's id for the ending.
    wrapped("Ending: " + std::string(endingTitle(view.endingKind)) +
                (view.summary.empty() ? "" : ". " + view.summary),
            ui.palette->muted);
}

// One breach: the mark drawn as an icon and named in words, then what was said, the better line
// and any cap, so it never depends on colour alone.
void workOnItem(const Ui& ui, const WorkOn& item) {
    const WorkOnText text = describe(item);
    const Rgba ink = markColour(*ui.palette, text.mark);
    const MarkIcon icon = markIcon(text.mark);
    const float size = ImGui::GetTextLineHeight();
    drawMarkIcon(ui, text.mark, ImGui::GetCursorScreenPos(), size, ink);
    ImGui::Dummy(ImVec2(size * icon.aspect, size));
    ImGui::SameLine(0, ui.em * 0.4f);
    wrapped(std::string(markWord(text.mark)) + ". " + text.headline, ink, ui.fonts.bold);
    ImGui::Indent(ui.em);
    wrapped(text.said, ui.palette->text);
    if (!text.better.empty()) wrapped(text.better, ui.palette->good);
    if (!text.cap.empty()) wrapped(text.cap, ui.palette->warning);
    ImGui::Unindent(ui.em);
    ImGui::Spacing();
}

void workOn(const Ui& ui, const DebriefView& view) {
    wrapped("What to work on", ui.palette->accent, ui.fonts.title);
    if (view.debrief.workOn.empty())
        wrapped("Nothing: no rule was broken on this route.", ui.palette->good);
    for (const WorkOn& item : view.debrief.workOn)
        workOnItem(ui, item);
    ImGui::Spacing();
    wrapped("What you showed, and what the best route shows", ui.palette->accent, ui.fonts.title);
}

void findings(const Ui& ui, const DebriefView& view) {
    workOn(ui, view);
    std::optional<PrincipleKind> group;
    for (const Finding& f : view.debrief.findings) {
        if (group != f.kind) {
            group = f.kind;
            ImGui::Spacing();
            wrapped(kindLabel(f.kind), ui.palette->accent, ui.fonts.bold);
        }
        wrapped(std::string(statusMark(f.status)) + " " + f.title + " — " + statusWithPoints(f),
                statusColour(*ui.palette, f.status), ui.fonts.bold);
        ImGui::Indent(ui.em);
        wrapped("Point: " + f.point, ui.palette->text);
        wrapped("Evidence: " + f.evidence, ui.palette->text);
        wrapped("Explain: " + f.explain, ui.palette->text);
        ImGui::Unindent(ui.em);
        ImGui::Spacing();
    }
    for (const std::string& id : view.debrief.unknownIds)
        wrapped("Not scored: '" + id + "' is not in the rubric.", ui.palette->muted);
}

void path(const Ui& ui, DebriefView& view) {
    wrapped(
        "Your path beside the best path (" +
            (view.bestEnding.empty() ? std::string("none found") : view.bestEnding) +
            "). Marked steps are where they part; pick one and press T to try the other answer.",
        ui.palette->muted);
    const float width = ImGui::GetContentRegionAvail().x;
    for (std::size_t i = 0; i < view.rows.size(); ++i) {
        const PathRow& row = view.rows[i];
        std::string label = row.learner ? "Your step " + std::to_string(row.step) : "Not taken";
        label.append(row.differs ? "  ≠ differs from the best path" : "  = as the best path");
        label.append("\nYou: ").append(row.learner ? row.learner->text : "(no step here)");
        if (row.differs)
            label.append("\nBest: ").append(row.best ? row.best->text : "(no step here)");
        ImGui::PushStyleColor(ImGuiCol_Text,
                              colourVec(row.differs ? ui.palette->warning : ui.palette->text));
        const std::string id = "row" + std::to_string(i);
        if (wideButton(ui, id.c_str(), label, width, i == view.selectedRow)) view.selectedRow = i;
        ImGui::PopStyleColor();
        if (i == view.selectedRow) keepInView(id);
    }
}

// The keyboard's Up/Down, PageUp/PageDown and Home/End on the findings scroll whatever holds
// them; a page keeps two lines of the last one in sight.
void applyScroll(const Ui& ui, DebriefView& view) {
    const float page = std::max(ui.em, ImGui::GetWindowHeight() - 2 * ui.em);
    float y = ImGui::GetScrollY() + static_cast<float>(view.scrollLines) * ui.em +
              static_cast<float>(view.scrollPages) * page;
    if (view.jump == DebriefView::Jump::Top) y = 0;
    if (view.jump == DebriefView::Jump::Bottom) y = ImGui::GetScrollMaxY();
    if (view.scrollLines != 0 || view.scrollPages != 0 || view.jump != DebriefView::Jump::None)
        ImGui::SetScrollY(std::clamp(y, 0.f, ImGui::GetScrollMaxY()));
    view.scrollLines = view.scrollPages = 0;
    view.jump = DebriefView::Jump::None;
}

void actions(AppState& state, Ui& ui, const DebriefView& view) {
    const bool canTry = view.selectedRow < view.rows.size();
    const std::string tryLabel =
        "Try another answer after your step " +
        std::to_string(canTry ? view.rows[view.selectedRow].learnerBefore : 0) + " (T)";
    if (button(ui, tryLabel.c_str(), canTry))
        ui.after([&state] { state.perform(Command::TryAnother); });
    nextInRow(ui, "Play again (R)");
    if (button(ui, "Play again (R)")) ui.after([&state] { state.perform(Command::PlayAgain); });
    nextInRow(ui, "Library (Esc)");
    if (button(ui, "Library (Esc)")) ui.after([&state] { state.backToLibrary(); });
}

void tabs(const Ui& ui, DebriefView& view) {
    const float width = ImGui::GetContentRegionAvail().x;
    const float half = (width - ImGui::GetStyle().ItemSpacing.x) / 2;
    if (wideButton(ui, "tab-findings", "Findings (Left)", half,
                   view.tab == DebriefView::Tab::Findings))
        view.tab = DebriefView::Tab::Findings;
    ImGui::SameLine();
    if (wideButton(ui, "tab-path", "Your path and the best (Right)", half,
                   view.tab == DebriefView::Tab::Path))
        view.tab = DebriefView::Tab::Path;
}

} // namespace

void drawDebrief(AppState& state, Ui& ui) {
    if (!beginScreen("Debrief")) return endScreen();
    DebriefView* found = state.debriefView();
    if (found == nullptr) {
        endScreen();
        return;
    }
    DebriefView& view = *found;
    ui.status(state.notice(), state.hints(), state.noticeDone());
    // Roomy: the summary stays put and the tab's content scrolls; otherwise all of it scrolls.
    beginBody(ui);
    summary(ui, view);
    ImGui::Spacing();
    actions(state, ui, view);
    ImGui::Spacing();
    tabs(ui, view);
    if (ui.roomy) ImGui::BeginChild("tab", ImVec2(0, 0), true);
    applyScroll(ui, view);
    if (view.tab == DebriefView::Tab::Findings)
        findings(ui, view);
    else
        path(ui, view);
    if (ui.roomy) ImGui::EndChild();
    endBody();

    statusBar(ui);
    endScreen();
}

} // namespace frontline::app
