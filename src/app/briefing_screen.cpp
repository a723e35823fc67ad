// The briefing: who the customer is, the situation, the learner's role and organisation, and the
// choice of mode.
#include "model/face.hpp"
#include "scrolling.hpp"
#include "ui.hpp"

#include <string>

namespace frontline::app {

namespace {

void section(const Ui& ui, const char* title, const std::string& text) {
    if (text.empty()) return;
    ImGui::Spacing();
    wrapped(title, ui.palette->accent, ui.fonts.bold);
    wrapped(text, ui.palette->text);
}

void modeButtons(AppState& state, Ui& ui, float width) {
    wrapped("How do you want to play?", ui.palette->accent, ui.fonts.bold);
    const struct {
        Mode mode;
        const char* label;
    } modes[] = {
        {Mode::Practice, "1  Practice: feedback after each choice, and you can undo"},
        {Mode::Assessment,
         "2  Assessment: the choices in a shuffled order, no feedback and no undo; you see "
         "how you did at the end"},
    };
    for (const auto& m : modes) {
        if (wideButton(ui, m.label, m.label, width, state.briefing().mode == m.mode))
            state.briefing().mode = m.mode;
        if (state.briefing().mode == m.mode) keepInView(m.label);
    }
}

} // namespace

void drawBriefing(AppState& state, Ui& ui) {
    if (!beginScreen("Briefing")) return endScreen();
    const script::LoadedFile* file = state.scenarioFile();
    if (file == nullptr) {
        endScreen();
        return;
    }
    const Scenario& s = *file->scenario;
    const Organisation* org = state.organisation();
    ui.status(state.notice(), state.hints(), state.noticeDone());
    beginBody(ui);
    heading(ui, s.title);
    const float width = ImGui::GetContentRegionAvail().x;
    const float faceSize = ui.em * 4;
    face(static_cast<float>(s.customer.mood), faceSize);
    ImGui::SameLine();
    ImGui::BeginGroup();
    wrapped("The customer: " + s.customer.name, ui.palette->customer, ui.fonts.bold);
    wrapped("Starts " + std::string(toString(expressionFor(s.customer.mood))) + " (mood " +
                std::to_string(s.customer.mood) + " of 100)",
            ui.palette->muted);
    ImGui::EndGroup();

    section(ui, "The situation", s.brief);
    std::string role = s.role;
    if (org != nullptr) {
        role.append(role.empty() ? "" : "\n").append("Organisation: ").append(org->name);
        if (!org->sector.empty()) role.append(" (").append(org->sector).append(")");
    }
    section(ui, "Your role", role);
    if (org != nullptr && !org->documents.empty())
        wrapped("Its policy handbook is open to you during play: press H.", ui.palette->muted);
    ImGui::Spacing();
    modeButtons(state, ui, width);
    ImGui::Spacing();

    if (wideButton(ui, "start", "Start (Enter)", width, false))
        ui.after([&state] { state.perform(Command::Activate); });
    if (state.canResume() &&
        wideButton(ui, "resume", "Resume where you left off (R)", width, false))
        ui.after([&state] { state.resume(); });
    if (wideButton(ui, "class", "Run it with a class on a projector (C)", width, false))
        ui.after([&state, id = s.id] { state.openClassroom(id); });
    if (wideButton(ui, "author", "Its map, problems and playtest, for authors (A)", width, false))
        ui.after([&state, id = s.id] { state.openAuthor(id); });
    if (wideButton(ui, "back", "Back to the library (Esc)", width, false))
        ui.after([&state] { state.backToLibrary(); });
    applyScroll(state.briefing().scroll, ui.em); // PageUp/PageDown, Home/End
    endBody();

    statusBar(ui);
    endScreen();
}

} // namespace frontline::app
