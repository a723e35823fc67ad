// The class debrief: the grade for the class's path, where the room split from the principles
// or from itself, the team scoreboard, and every decision with its votes and rules. Saved as
// Markdown with M.
#include "class_widgets.hpp"
#include "scrolling.hpp"

#include <algorithm>
#include <string>

namespace frontline::app {

namespace {

bool favoured(const Decision& d, std::size_t i) {
    return std::count(d.favoured.begin(), d.favoured.end(), i) > 0;
}

void gradeLine(const ClassDebrief& d, const Ui& ui) {
    const Debrief& g = d.debrief;
    const Rgba ink = g.grade == Grade::Refer  ? ui.palette->bad
                     : g.grade == Grade::Pass ? ui.palette->warning
                                              : ui.palette->good;
    wrapped("The class's path: " + std::string(toString(g.grade)) + ", " +
                std::to_string(g.percent) + "% (" + std::to_string(std::max(g.points, 0)) + " of " +
                std::to_string(g.best) + ")",
            ink, ui.fonts.title);
    if (d.finished)
        wrapped("Ending: " + std::string(endingTitle(d.endingKind)) + ". " + d.summary,
                ui.palette->text);
    else
        wrapped(d.unfinished ? "The class ended the session early, at decision " +
                                   std::to_string(d.unfinished->step) + "."
                             : std::string("The class ended the session early, before the "
                                           "story reached an ending."),
                ui.palette->muted);
    if (d.error) wrapped("The scenario failed: " + *d.error, ui.palette->bad);
    // The reason adds something only when it is not the percentage band (a critical breach).
    if (gradeFor(g.percent) != g.grade) wrapped(g.reason, ui.palette->bad);
}

void splits(const ClassDebrief& d, const Ui& ui) {
    wrapped("Where the room split", ui.palette->accent, ui.fonts.bold);
    bool any = false;
    for (const Decision& dec : d.decisions) {
        if (!roomSplit(dec)) continue;
        any = true;
        std::string line =
            "Decision " + std::to_string(dec.step) + ": the room took " + optionLetter(*dec.taken);
        if (!favoured(dec, *dec.taken) && !dec.favoured.empty())
            line += "; the principles favour " + optionLetters(dec.favoured);
        else
            line += ", but with only " +
                    std::to_string(votePercent(dec.votesFor(*dec.taken), dec.totalVotes())) +
                    "% of the votes";
        wrapped(line, ui.palette->text);
    }
    if (!any) wrapped("Nowhere: the room agreed, and with the principles.", ui.palette->text);
    ImGui::Spacing();
}

void scoreboard(const ClassDebrief& d, const Ui& ui) {
    if (d.scoreboard.empty()) return;
    wrapped("Teams", ui.palette->accent, ui.fonts.bold);
    // Ranked as core ranks it: points per decision due, so more turns is no head start.
    for (const TeamScore& t : d.scoreboard) {
        std::string line = ": " + pointsPerDecisionText(t) + " points a decision · " +
                           std::to_string(t.favouredPicks) + " of " + std::to_string(t.decisions) +
                           " favoured";
        if (t.missed > 0) line += " · " + std::to_string(t.missed) + " missed";
        if (!t.criticalBreaches.empty()) line += " · critical breach";
        teamChip(ui, d.teams[t.team], line);
    }
    ImGui::Spacing();
}

void decision(const ClassDebrief& d, const Decision& dec, const Ui& ui, float width) {
    std::string head = "Decision " + std::to_string(dec.step);
    if (dec.team && *dec.team < d.teams.size()) head += " (" + d.teams[*dec.team].name + ")";
    wrapped(head, ui.palette->accent, ui.fonts.bold);
    if (!dec.prompt.empty()) wrapped(dec.prompt, ui.palette->customer);
    const int total = dec.totalVotes();
    for (std::size_t i = 0; i < dec.options.size(); ++i) {
        OptionLook o;
        o.letter = static_cast<char>('A' + i);
        std::string text = dec.options[i].text;
        if (favoured(dec, i)) text += "   \xE2\x98\x85 the principles favour this";
        o.text = text;
        o.share =
            total == 0 ? 0.f : static_cast<float>(dec.votesFor(i)) / static_cast<float>(total);
        o.count = countLabel(dec.votesFor(i), total, d.mode != ClassMode::ClassVote);
        o.outlined = dec.taken == i;
        o.barColour = favoured(dec, i) ? ui.palette->good : ui.palette->accent;
        if (d.mode == ClassMode::SecretVote)
            for (std::size_t t = 0; t < dec.teamPicks.size() && t < d.teams.size(); ++t)
                if (dec.teamPicks[t] == i) o.teams.push_back(&d.teams[t]);
        ImGui::PushID(static_cast<int>(dec.step));
        optionBox(ui, o, width);
        ImGui::PopID();
    }
    if (dec.consequence && !dec.consequence->why.empty())
        wrapped("Why: " + dec.consequence->why, ui.palette->warning);
    if (dec.consequence) ruleNotes(ui, *dec.consequence);
    ImGui::Spacing();
}

} // namespace

void drawClassDebrief(AppState& state, Ui& ui) {
    ClassroomView* c = state.classroom();
    if (c == nullptr || !c->debrief || !beginScreen("ClassDebrief")) return endScreen();
    const ClassDebrief& d = *c->debrief;
    // A notice too long for one line (where the debrief was saved: a long path) wraps whole in
    // the status bar instead of being cut off there.
    ui.status(c->notice, c->hints());
    ImGui::BeginChild("body", ImVec2(0, ImGui::GetContentRegionAvail().y - statusBarHeight(ui)));
    if (c->scrollTop) ImGui::SetScrollY(0); // a debrief opens at its grade, never part-way down
    c->scrollTop = false;
    applyScroll(c->debriefScroll, ui.em * 1.2f);
    heading(ui, "Class debrief: " + d.scenario);
    gradeLine(d, ui);
    ImGui::Spacing();
    // Side by side where the screen is wide enough, so both show without scrolling.
    if (!d.scoreboard.empty() && ImGui::GetContentRegionAvail().x > ui.em * 30 &&
        ImGui::BeginTable("summary", 2)) {
        ImGui::TableNextColumn();
        splits(d, ui);
        ImGui::TableNextColumn();
        scoreboard(d, ui);
        ImGui::EndTable();
    } else {
        splits(d, ui);
        scoreboard(d, ui);
    }
    if (button(ui, "Save as Markdown (M)"))
        ui.after([&state] { state.perform(Command::SaveMarkdown); });
    nextInRow(ui, "New session (N)");
    if (button(ui, "New session (N)")) ui.after([&state] { state.perform(Command::NewSession); });
    nextInRow(ui, "Leave (Esc)");
    if (button(ui, "Leave (Esc)")) ui.after([&state] { state.perform(Command::Back); });
    ImGui::Spacing();
    const float width = ImGui::GetContentRegionAvail().x;
    for (const Decision& dec : d.decisions)
        decision(d, dec, ui, width);
    ImGui::EndChild();
    statusBar(ui);
    endScreen();
}

} // namespace frontline::app
