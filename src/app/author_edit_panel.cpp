// Editing the selected node on the author's map (E): its customer line and narration, each
// choice's words, why and where it goes (picked from the map's nodes), and a new choice. Each
// field saves on its own into the scenario file (AuthorController::edit), which then reloads
// and lints; a field written as code offers to open the trainer's editor at its line.
#include "author_edit_panel.hpp"

#include "model/editor_launch.hpp"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <string>
#include <vector>

namespace frontline::app {

namespace {

// A multi-line box for one text, and its Save button. The draft starts as the text written.
void textField(AppState& state, Ui& ui, AuthorView& view, std::size_t node, const char* label,
               const std::string& key, const Text& current, script::EditTarget target,
               float width) {
    ImGui::TextUnformatted(label);
    ImGui::PushID(key.c_str()); // the same button words for every field
    struct PopId {
        ~PopId() { ImGui::PopID(); }
    } popId;
    if (current.isFunction()) {
        const std::string file = view.scenario().where.file;
        if (button(ui, "Written by code: open in your editor"))
            ui.after([&state, &view, node, target, file] {
                // The edit is refused with the line where the code is.
                state.authorScreen().edit(node, target, "");
                std::string why;
                if (const int line = state.authorScreen().openAtLine; line > 0)
                    if (openInEditor(file, line, why) < 0) view.note += " " + why + ".";
            });
        return;
    }
    auto [it, fresh] = view.drafts.try_emplace(key, current.literal);
    if (view.focusFirstField) {
        ImGui::SetKeyboardFocusHere();
        view.focusFirstField = false;
    }
    // Enter saves the field, Ctrl+Enter starts a new line in it, Tab goes to the next field.
    const bool entered = ImGui::InputTextMultiline(
        "##text", &it->second, ImVec2(width, ImGui::GetTextLineHeight() * 3.4f),
        ImGuiInputTextFlags_EnterReturnsTrue | ImGuiInputTextFlags_CtrlEnterForNewLine);
    // ImGui 1.86's text boxes scroll sideways rather than wrap: while one is being typed in and
    // its text is wider than the box, the whole text is shown wrapped under it.
    if (ImGui::IsItemActive() &&
        ImGui::CalcTextSize(it->second.c_str()).x > width - 2 * ImGui::GetStyle().FramePadding.x)
        wrapped(it->second, ui.palette->muted);
    if (it->second == current.literal) return;
    if (button(ui, "Save (Enter)") || entered)
        ui.after([&state, node, target, value = it->second, &view, key] {
            if (state.authorScreen().edit(node, target, value)) view.drafts.erase(key);
        });
}

// Where a choice goes, picked from the map's nodes and endings.
void goField(AppState& state, Ui& ui, AuthorView& view, std::size_t node, const Choice& choice,
             float width) {
    if (choice.computedGo()) {
        wrapped("Goes where its rules or function say: edit them in the file.", ui.palette->muted);
        return;
    }
    ImGui::SetNextItemWidth(width);
    if (!ImGui::BeginCombo(("##go:" + choice.id).c_str(), ("goes to " + choice.go).c_str()))
        return;
    for (const Node& to : view.scenario().nodes)
        if (ImGui::Selectable(to.id.c_str(), to.id == choice.go) && to.id != choice.go)
            ui.after([&state, node, id = choice.id, target = to.id] {
                state.authorScreen().edit(node, {script::TextField::Go, id, ""}, target);
            });
    ImGui::EndCombo();
}

void newChoice(AppState& state, Ui& ui, AuthorView& view, std::size_t node, float width) {
    std::string& line = view.drafts["new:line"];
    std::string& id = view.drafts["new:id"];
    std::string& go = view.drafts["new:go"];
    ImGui::TextUnformatted("A new choice: the learner's words, an id, where it goes");
    ImGui::SetNextItemWidth(width);
    ImGui::InputTextWithHint("##new-line", "What the learner says", &line);
    // Left empty, the id is made from the words; the hint shows which.
    const Node& here = view.scenario().nodes[node];
    const std::string suggested = suggestedChoiceId(&here, line);
    const std::string hint =
        line.empty() ? "id, such as ask-details" : "id (left empty: " + suggested + ")";
    ImGui::SetNextItemWidth(width);
    ImGui::InputTextWithHint("##new-id", hint.c_str(), &id);
    ImGui::SetNextItemWidth(width);
    if (ImGui::BeginCombo("##new-go", go.empty() ? "goes to ..." : ("goes to " + go).c_str())) {
        for (const Node& to : view.scenario().nodes)
            if (ImGui::Selectable(to.id.c_str(), to.id == go)) go = to.id;
        ImGui::EndCombo();
    }
    if (line.empty() || go.empty()) return;
    if (button(ui, "Add the choice"))
        ui.after([&state, &view, node,
                  choice = script::NewChoice{line, id.empty() ? suggested : id, go, ""}] {
            if (state.authorScreen().addChoice(node, choice)) {
                view.drafts.erase("new:line");
                view.drafts.erase("new:id");
                view.drafts.erase("new:go");
            }
        });
}

// A new node after this one: its id, the customer's line, and its first choice.
void newNode(AppState& state, Ui& ui, AuthorView& view, std::size_t node, float width) {
    std::string& id = view.drafts["node:id"];
    std::string& customer = view.drafts["node:customer"];
    std::string& line = view.drafts["node:line"];
    std::string& go = view.drafts["node:go"];
    ImGui::TextUnformatted("A new node: its id, the customer's line, its first choice");
    auto field = [&](const char* name, const char* hint, std::string& value) {
        ImGui::SetNextItemWidth(width);
        ImGui::InputTextWithHint(name, hint, &value);
    };
    field("##node-id", "id, such as checks_details", id);
    field("##node-customer", "What the customer says", customer);
    field("##node-line", "What the learner can say next", line);
    ImGui::SetNextItemWidth(width);
    if (ImGui::BeginCombo("##node-go", go.empty() ? "which goes to ..." : ("goes to " + go).c_str())) {
        for (const Node& to : view.scenario().nodes)
            if (ImGui::Selectable(to.id.c_str(), to.id == go)) go = to.id;
        ImGui::EndCombo();
    }
    if (id.empty() || customer.empty() || line.empty() || go.empty()) return;
    if (button(ui, "Add the node"))
        ui.after([&state, &view, node, id, customer,
                  choice = script::NewChoice{line, suggestedChoiceId(nullptr, line), go, ""}] {
            if (state.authorScreen().addNode(node, id, customer, choice)) view.drafts.clear();
        });
}

} // namespace

void editPanel(AppState& state, Ui& ui, AuthorView& view, float width) {
    const std::size_t index = *view.selected;
    const Node& node = view.scenario().nodes[index];
    // Another node selected: its own drafts.
    if (auto it = view.drafts.find("node"); it == view.drafts.end() || it->second != node.id) {
        view.drafts.clear();
        view.drafts["node"] = node.id;
    }
    wrapped("Editing (E to stop): each Save writes the file, which then reloads.",
            ui.palette->muted);
    using script::TextField;
    if (node.isEnding) {
        textField(state, ui, view, index, "Summary", "summary", node.summary,
                  {TextField::Summary, "", node.id}, width);
        return;
    }
    textField(state, ui, view, index, "Customer line", "customer", node.customer,
              {TextField::Customer, "", node.id}, width);
    textField(state, ui, view, index, "Narration", "narration", node.narration,
              {TextField::Narration, "", node.id}, width);
    for (const Choice& choice : node.choices) {
        ImGui::Separator();
        const std::string shortId = choice.id.substr(choice.id.find('.') + 1);
        textField(state, ui, view, index, ("Choice '" + shortId + "'").c_str(), "line:" + shortId,
                  choice.line, {TextField::LearnerLine, shortId, ""}, width);
        textField(state, ui, view, index, "Why", "why:" + shortId, choice.why,
                  {TextField::Why, shortId, ""}, width);
        goField(state, ui, view, index, choice, width);
    }
    ImGui::Separator();
    newChoice(state, ui, view, index, width);
    ImGui::Separator();
    newNode(state, ui, view, index, width);
}

} // namespace frontline::app
