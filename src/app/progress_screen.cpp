// Progress: the learner's percent per attempt over time, the principles they breach most, the
// scenarios not tried; the class view of every learner on this computer; and the learner's own
// rights over their records (export everything, delete everything).
#include "scrolling.hpp"
#include "ui.hpp"

#include <imgui_stdlib.h>

#include <algorithm>
#include <string>

namespace frontline::app {

namespace {

constexpr std::pair<int, std::string_view> kBands[] = {
    {50, "Pass"}, {70, "Merit"}, {85, "Distinction"}};

std::string attemptLine(const ProgressView& view, const ProgressPoint& p, std::size_t index) {
    return "Attempt " + std::to_string(index + 1) + " · " + view.titleOf(p.scenario) + " · " +
           shownTime(p.when) + " · " + std::string(toString(p.grade)) + " " +
           std::to_string(p.percent) + "% · " + std::string(toString(p.mode));
}

// Percent per finished attempt, oldest on the left, with the grade bands drawn across.
void chart(ProgressView& view, const Ui& ui) {
    const auto& points = view.progress().points;
    const float width = ImGui::GetContentRegionAvail().x;
    const float height = std::clamp(width * 0.3f, ui.em * 6, ui.em * 12);
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    ImGui::InvisibleButton("chart", {width, height});
    const bool clicked = ImGui::IsItemClicked();
    const float labels = ImGui::CalcTextSize("Distinction 85").x + ui.em * 0.5f;
    const float left = origin.x + labels, right = origin.x + width - ui.em;
    const float top = origin.y + ui.em * 0.5f, bottom = origin.y + height - ui.em * 0.5f;
    auto yOf = [&](int percent) { return bottom - (bottom - top) * percent / 100.f; };
    auto xOf = [&](std::size_t i) {
        return points.size() == 1 ? (left + right) / 2
                                  : left + (right - left) * i / (points.size() - 1);
    };
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const float line = std::max(1.f, ui.em / 12) * ui.palette->borderSize;
    draw->AddRect({left, top}, {right, bottom}, colour(ui.palette->border), 0, 0, line);
    for (const auto& [percent, name] : kBands) {
        draw->AddLine({left, yOf(percent)}, {right, yOf(percent)}, colour(ui.palette->muted, 0.6f),
                      line);
        const std::string label = std::string(name) + " " + std::to_string(percent);
        draw->AddText({origin.x, yOf(percent) - ui.em * 0.6f}, colour(ui.palette->muted),
                      label.c_str());
    }
    for (std::size_t i = 1; i < points.size(); ++i)
        draw->AddLine({xOf(i - 1), yOf(points[i - 1].percent)}, {xOf(i), yOf(points[i].percent)},
                      colour(ui.palette->accent), line * 2);
    const ImVec2 mouse = ImGui::GetIO().MousePos;
    std::optional<std::size_t> nearest;
    for (std::size_t i = 0; i < points.size(); ++i) {
        const ImVec2 at{xOf(i), yOf(points[i].percent)};
        const Rgba fill = points[i].grade == Grade::Refer ? ui.palette->bad : ui.palette->good;
        draw->AddCircleFilled(at, ui.em * 0.3f, colour(fill));
        if (view.selected == i)
            draw->AddCircle(at, ui.em * 0.55f, colour(ui.palette->text), 0, line * 2);
        if (!nearest || std::abs(mouse.x - at.x) < std::abs(mouse.x - xOf(*nearest))) nearest = i;
    }
    if (clicked && nearest) view.selected = *nearest;
    if (ImGui::IsItemHovered() && nearest)
        ImGui::SetTooltip("%s", attemptLine(view, points[*nearest], *nearest).c_str());
}

void learnerField(AppState& state, Ui& ui) {
    static std::string typed;
    static std::string shownFor;
    if (shownFor != state.learner()) typed = shownFor = state.learner();
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted("Learner (a name or pseudonym):");
    ImGui::SameLine();
    ImGui::SetNextItemWidth(std::min(ui.em * 14, ImGui::GetContentRegionAvail().x));
    const bool entered =
        ImGui::InputText("##learner", &typed, ImGuiInputTextFlags_EnterReturnsTrue);
    nextInRow(ui, "Use this name");
    if ((button(ui, "Use this name", typed != state.learner()) || entered) &&
        !learnerName(typed).empty())
        ui.after([&state, name = typed] { state.setLearner(name); });
}

void rights(AppState& state, ProgressView& view, Ui& ui) {
    if (button(ui, "Evidence record (E)", view.selectedAttempt() != nullptr))
        ui.after([&state] { state.perform(Command::ExportEvidence); });
    nextInRow(ui, "Export everything about me (X)");
    if (button(ui, "Export everything about me (X)", !view.attempts().empty()))
        ui.after([&state] { state.perform(Command::ExportAll); });
    const char* remove =
        view.confirmingDelete ? "Yes, delete every record (D)" : "Delete my records (D)";
    nextInRow(ui, remove);
    ImGui::PushStyleColor(ImGuiCol_Text, colourVec(ui.palette->bad));
    if (button(ui, remove, !view.attempts().empty()))
        ui.after([&state] { state.perform(Command::DeleteRecords); });
    ImGui::PopStyleColor();
}

void learnerTab(AppState& state, ProgressView& view, Ui& ui) {
    const Progress& p = view.progress();
    if (p.points.empty()) {
        wrapped("No finished attempts yet for " + view.learner() +
                    ". Each one you finish appears here as a point on a chart.",
                ui.palette->muted);
    } else {
        wrapped("Percent per finished attempt, oldest first (Left/Right or click to choose one)",
                ui.palette->muted);
        chart(view, ui);
        if (view.selected)
            wrapped(attemptLine(view, p.points[*view.selected], *view.selected), ui.palette->text,
                    ui.fonts.bold);
    }
    if (p.unfinished > 0)
        wrapped(std::to_string(p.unfinished) + " unfinished: the library offers the latest to "
                                               "resume.",
                ui.palette->muted);
    rights(state, view, ui);

    ImGui::Spacing();
    heading(ui, "Principles most often breached");
    if (p.breaches.empty()) wrapped("None breached in a finished attempt.", ui.palette->muted);
    const int finished = static_cast<int>(p.points.size());
    for (std::size_t i = 0; i < std::min<std::size_t>(p.breaches.size(), 5); ++i) {
        const BreachCount& b = p.breaches[i];
        wrapped(b.title + " — in " + std::to_string(b.attempts) + " of " +
                    std::to_string(finished) + (finished == 1 ? " attempt" : " attempts"),
                ui.palette->bad, ui.fonts.bold);
        wrapped("    " + b.source, ui.palette->muted);
    }

    ImGui::Spacing();
    heading(ui, "Not tried yet");
    if (p.notTried.empty()) wrapped("Every scenario in the library.", ui.palette->muted);
    for (const std::string& id : p.notTried)
        wrapped(view.titleOf(id), ui.palette->text);
}

void classTab(AppState& state, const ProgressView& view, Ui& ui) {
    if (view.learners().empty())
        wrapped("No learner has an attempt on this computer yet.", ui.palette->muted);
    const ImGuiTableFlags flags = ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg |
                                  ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_ScrollX;
    if (!view.learners().empty() && ImGui::BeginTable("learners", 6, flags)) {
        for (const char* name :
             {"Learner", "Attempts", "Finished", "Average", "Latest", "Most breached"})
            ImGui::TableSetupColumn(name);
        ImGui::TableHeadersRow();
        for (const LearnerRow& row : view.learners()) {
            ImGui::TableNextRow();
            const std::string cells[] = {
                row.name,
                std::to_string(row.attempts),
                std::to_string(row.finished),
                row.finished ? std::to_string(row.averagePercent) + "%" : "-",
                row.finished ? std::to_string(row.latestPercent) + "%" : "-",
                row.mostBreached.empty() ? "-" : row.mostBreached};
            for (const std::string& cell : cells) {
                ImGui::TableNextColumn();
                ImGui::TextWrapped("%s", cell.c_str());
            }
        }
        ImGui::EndTable();
    }
    if (button(ui, "Attempts as CSV", !view.learners().empty()))
        ui.after([&state] { state.progressScreen().exportEveryone("csv"); });
    nextInRow(ui, "xAPI statements");
    if (button(ui, "xAPI statements", !view.learners().empty()))
        ui.after([&state] { state.progressScreen().exportEveryone("xapi"); });
    ImGui::Spacing();
    heading(ui, "Class sessions");
    if (view.classes().empty())
        wrapped("No class session has been played on this computer yet.", ui.palette->muted);
    for (auto it = view.classes().rbegin(); it != view.classes().rend(); ++it)
        wrapped(shownTime(it->finished) + " · " + view.titleOf(it->scenario) + " · " + it->mode +
                    " · " + std::to_string(it->decisions.size()) + " decisions · " +
                    std::string(toString(it->grade)) + " " + std::to_string(it->percent) + "%",
                ui.palette->text);
}

} // namespace

void drawProgress(AppState& state, Ui& ui) {
    ProgressView* view = state.progress();
    if (!beginScreen("Progress") || view == nullptr) return endScreen();
    ui.status(state.notice(), state.hints(), state.noticeDone());
    beginBody(ui);
    heading(ui, "Progress — " + view->learner());
    learnerField(state, ui);
    const bool mine = view->tab == ProgressTab::Learner;
    if (button(ui, "My progress", true, mine)) view->tab = ProgressTab::Learner;
    nextInRow(ui, "Class view (C)");
    if (button(ui, "Class view (C)", true, !mine)) view->tab = ProgressTab::Class;
    ImGui::Spacing();
    mine ? learnerTab(state, *view, ui) : classTab(state, *view, ui);
    applyScroll(state.progressScreen().scroll, ui.em); // PageUp/PageDown, Home/End
    endBody();
    statusBar(ui);
    endScreen();
}

} // namespace frontline::app
