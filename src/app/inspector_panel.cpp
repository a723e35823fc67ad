// The inspector, beside play while an author playtests: the session's variables, mood, clock
// and the evidence so far, live, and a way to set a variable by hand to try a branch.
#include "scrolling.hpp"
#include "ui.hpp"

#include <imgui_stdlib.h>

#include <algorithm>
#include <map>
#include <string>

namespace frontline::app {

namespace {

// What is typed into each variable's field: it follows the session until the field is being
// edited, and Enter sets it.
struct Draft {
    std::string text;
    bool editing = false;
};

std::map<std::string, Draft>& drafts() {
    static std::map<std::string, Draft> typed;
    return typed;
}

void variableRow(AppState& state, Ui& ui, const std::string& name, const std::string& shown,
                 float column) {
    Draft& draft = drafts()[name];
    if (!draft.editing) draft.text = shown;
    ImGui::TextColored(colourVec(ui.palette->text), "%s", name.c_str());
    ImGui::SameLine(column);
    ImGui::SetNextItemWidth(-1);
    const std::string id = "##var-" + name;
    if (ImGui::InputText(id.c_str(), &draft.text, ImGuiInputTextFlags_EnterReturnsTrue))
        ui.after([&state, name, typed = draft.text] { state.setVariable(name, typed); });
    draft.editing = ImGui::IsItemActive();
}

void newVariable(AppState& state, Ui& ui) {
    static std::string name, value;
    ImGui::SetNextItemWidth(ui.em * 6.5f);
    ImGui::InputTextWithHint("##new-name", "name", &name);
    ImGui::SameLine();
    ImGui::SetNextItemWidth(-1);
    if (ImGui::InputTextWithHint("##new-value", "value, then Enter", &value,
                                 ImGuiInputTextFlags_EnterReturnsTrue) &&
        !name.empty()) {
        ui.after([&state, n = name, v = value] { state.setVariable(n, v); });
        name.clear();
        value.clear();
    }
}

void evidence(const Ui& ui, const Session& s) {
    wrapped("Evidence so far", ui.palette->accent, ui.fonts.bold);
    if (s.evidence().empty()) wrapped("None yet.", ui.palette->muted);
    for (const Evidence& e : s.evidence())
        wrapped(std::to_string(e.step) + ". " +
                    (e.kind == EvidenceKind::Credit ? "credit " : "breach ") + e.principle,
                e.kind == EvidenceKind::Credit ? ui.palette->good : ui.palette->bad);
}

} // namespace

void inspectorPanel(AppState& state, Ui& ui, float height) {
    const Attempt* a = state.attempt();
    if (a == nullptr) return;
    const Session& s = a->session();
    if (height > 0) {
        ImGui::BeginChild("inspector", ImVec2(0, height), true);
        applyScroll(state.play().inspectorScroll, ImGui::GetTextLineHeightWithSpacing());
    }
    wrapped("Inspector", ui.palette->accent, ui.fonts.bold);
    wrapped("Node '" + s.node().id + "', step " + std::to_string(s.steps().size() + 1),
            ui.palette->muted);
    if (s.edited())
        wrapped("Variables set by hand: this is no longer a real attempt.", ui.palette->warning);
    // Names in a column as wide as the longest, up to half the panel.
    float column = ImGui::CalcTextSize("minutes").x;
    for (const auto& [name, value] : s.state().vars)
        column = std::max(column, ImGui::CalcTextSize(name.c_str()).x);
    column = std::min(column + ui.em, ImGui::GetContentRegionAvail().x * 0.5f);
    variableRow(state, ui, "mood", std::to_string(s.state().mood), column);
    variableRow(state, ui, "minutes", std::to_string(s.state().minutes), column);
    for (const auto& [name, value] : s.state().vars)
        variableRow(state, ui, name, toText(value), column);
    wrapped("Set another: type a name and a value (true, 3, text).", ui.palette->muted);
    newVariable(state, ui);
    ImGui::Spacing();
    evidence(ui, s);
    if (height > 0) ImGui::EndChild();
}

} // namespace frontline::app
