// Classroom setup: the scenario, the mode, the teams with their names and colours, the
// discussion time, whether counts stay hidden until the reveal, when the rules are shown, and
// the projector preset. Every row works from the keyboard.
#include "class_widgets.hpp"

#include <imgui_stdlib.h>

#include <algorithm>
#include <string>

namespace frontline::app {

namespace {

const char* modeHelp(ClassMode mode) {
    switch (mode) {
    case ClassMode::ClassVote:
        return "the whole room votes by hands; the majority decides";
    case ClassMode::TeamTurns:
        return "teams take the decisions in turn, each scored on its own";
    case ClassMode::SecretVote:
        return "every team picks unseen, all revealed together; each scored on its pick";
    }
    return "";
}

std::string rowLabel(const ClassroomView& c, const SetupRow& row) {
    const ClassSetup& s = c.setup;
    switch (row.field) {
    case SetupField::Scenario:
        return "Scenario: " + (c.file() ? c.file()->scenario->title : std::string("none"));
    case SetupField::Mode:
        return "Mode: " + std::string(toString(s.mode)) + " (" + modeHelp(s.mode) + ")";
    case SetupField::Teams:
        return "Teams: " + std::to_string(s.teams.size()) + " (1 to " + std::to_string(kMaxTeams) +
               ")";
    case SetupField::Team:
        return ""; // drawn with its colour
    case SetupField::ClassSize:
        return "People in the room: " + std::to_string(s.classSize) +
               " (no hand count may be more)";
    case SetupField::Phones:
        return c.phones ? "Phones: on (the room votes from phones on this network, port " +
                              std::to_string(c.port) + ")"
                        : std::string("Phones: off (hands only)");
    case SetupField::Discussion:
        return "Discussion time per decision: " +
               (s.discussionSeconds == 0 ? std::string("off") : timerText(s.discussionSeconds));
    case SetupField::Counts:
        return std::string("Votes: ") +
               (s.hideUntilReveal ? "hidden until the reveal" : "shown as they are counted");
    case SetupField::Rules:
        return std::string("The rule behind each choice: ") +
               (s.holdRules ? "held for the debrief (assessment)" : "shown at once (practice)");
    case SetupField::Projector:
        return std::string("Projector preset (fullscreen, high contrast, text 2.5): ") +
               (c.look.projector ? "on" : "off");
    case SetupField::Start:
        return "Start the session (Enter or S)";
    }
    return "";
}

// What the room reads while the trainer sets up: the scenario's brief.
void brief(const ClassroomView& c, const Ui& ui) {
    if (c.file() == nullptr) return;
    wrapped("The scenario's brief", ui.palette->accent, ui.fonts.bold);
    wrapped(c.file()->scenario->brief, ui.palette->text);
}

void teamRow(ClassroomView& c, Ui& ui, const SetupRow& row, float width, bool selected) {
    Team& team = c.setup.teams[row.team];
    const std::string id = "team" + std::to_string(row.team);
    if (c.renaming == row.team) {
        teamChip(ui, {"", team.colour});
        ImGui::SameLine();
        ImGui::SetNextItemWidth(width - ImGui::GetCursorPosX());
        if (!measuringFit() && (ImGui::IsWindowAppearing() || !ImGui::IsAnyItemActive()))
            ImGui::SetKeyboardFocusHere();
        ImGui::InputTextWithHint(("##" + id).c_str(), "Team name", &team.name);
        if (team.name.size() > 24) team.name.resize(24);
        return;
    }
    const std::string label = "Team " + std::to_string(row.team + 1) + ": " + team.name +
                              (selected ? "  (Enter: rename, Left/Right: colour)" : "");
    const ImVec2 at = ImGui::GetCursorScreenPos();
    if (wideButton(ui, id.c_str(), "      " + label, width, selected))
        ui.after([&c, row] { c.renaming = row.team; });
    const float d = ui.em * 0.9f;
    ImGui::GetWindowDrawList()->AddCircleFilled(
        ImVec2(at.x + ui.em * 0.6f + d / 2, at.y + ui.em * 0.45f + ImGui::GetTextLineHeight() / 2),
        d / 2, colour(teamColour(team, *ui.palette)), 24);
}

// The rows; on a narrow screen the scenario's brief under them, and with the last row selected
// the brief is scrolled into view too, so Up/Down reach every line of it.
void rowsAndBrief(AppState& state, ClassroomView* c, Ui& ui, bool briefBelow) {
    const float width = ImGui::GetContentRegionAvail().x;
    const auto rows = c->rows();
    // Teams two to a line where there is room, so eight of them still fit on one screen.
    const bool pairs = width > ui.em * 24;
    const float teamWidth = pairs ? (width - ImGui::GetStyle().ItemSpacing.x) / 2 : width;
    float lastRowTop = 0;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const bool selected = c->row == i;
        if (i + 1 == rows.size()) lastRowTop = ImGui::GetCursorPosY();
        if (rows[i].field == SetupField::Team) {
            if (pairs && rows[i].team % 2 == 1) ImGui::SameLine();
            const bool wide = selected && !pairs;
            teamRow(*c, ui, rows[i], wide ? width : teamWidth, selected);
        } else {
            const std::string id = "row" + std::to_string(i);
            if (wideButton(ui, id.c_str(), rowLabel(*c, rows[i]), width, selected))
                ui.after([&state, c, i, row = rows[i]] {
                    c->row = i;
                    if (row.field == SetupField::Start)
                        c->start(Clock::now());
                    else
                        c->change(row, 1);
                    state.classroomChanged();
                });
        }
        if (selected && !measuringFit()) keepInView("row" + std::to_string(i));
    }
    if (!briefBelow || c->file() == nullptr) return;
    ImGui::Spacing();
    brief(*c, ui);
    if (measuringFit() || rows.empty() || c->row + 1 != rows.size()) return;
    // As much of the brief as fits, never scrolling the selected row out of sight.
    const float bottom = ImGui::GetCursorPosY() - ImGui::GetStyle().ItemSpacing.y;
    ImGui::SetScrollY(std::max(0.f, std::min(lastRowTop, bottom - ImGui::GetWindowHeight())));
}

} // namespace

void drawClassSetup(AppState& state, Ui& ui) {
    ClassroomView* c = state.classroom();
    if (c == nullptr || !beginScreen("ClassSetup")) return endScreen();
    const float floor = fitFloor(ui.fonts.body->FontSize, ImGui::GetIO().DisplaySize.y);
    // A row is hover-filled only under a pointer in use: the projector hides an idle one, and
    // a filled row would look selected to the room.
    const Palette* colours = ui.palette;
    Palette still = *colours;
    if (!pointerLive(ui.now)) still.buttonHover = still.button;
    ui.palette = &still;
    beginClassBody(ui, c->notice.empty() ? state.notice() : c->notice, c->hints(), floor);
    // A landscape screen has the brief beside the rows, always in sight, each fitted on its own;
    // otherwise it is under the rows.
    const ImVec2 body = ImGui::GetContentRegionAvail();
    const bool beside = c->file() != nullptr && body.x >= 1.5f * body.y;
    FittedArea rows;
    rows.id = "setup";
    rows.size = ImVec2(beside ? body.x * 0.6f : body.x, body.y);
    rows.floor = floor;
    rows.pinned = [&] { heading(ui, "Classroom: set up a session"); };
    rows.flowing = [&] { rowsAndBrief(state, c, ui, !beside); };
    if (!beside) {
        drawFitted(ui, rows);
    } else {
        ImGui::BeginGroup();
        drawFitted(ui, rows);
        ImGui::EndGroup();
        ImGui::SameLine(0, ui.em);
        FittedArea side;
        side.id = "brief";
        side.size = ImGui::GetContentRegionAvail();
        side.floor = floor;
        side.flowing = [&] { brief(*c, ui); };
        drawFitted(ui, side);
    }
    endBody();
    ui.palette = colours;
    classStatusBar(ui, floor);
    endScreen();
}

} // namespace frontline::app
