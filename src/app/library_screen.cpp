// The library: a card per scenario, filters by topic and level, search by title, and the files
// that failed to load listed apart with their file:line messages.
#include "ui.hpp"

#include <imgui_stdlib.h>

#include <string>

namespace frontline::app {

namespace {

std::string cardLabel(const Card& card) {
    std::string best = "not tried yet";
    if (card.best)
        best = std::string(toString(card.best->grade)) + " " + std::to_string(card.best->percent) +
               "%";
    std::string topics;
    for (const auto& t : card.topics)
        topics += (topics.empty() ? "" : ", ") + t;
    return card.title + "\n" + card.organisation + " · level " + std::to_string(card.level) +
           " · about " + std::to_string(card.minutes) + " min · best: " + best +
           (topics.empty() ? "" : "\nTopics: " + topics);
}

void filters(AppState& state, Ui& ui) {
    LibraryView& lib = state.library();
    const float gap = ImGui::GetStyle().ItemSpacing.x;
    const float width = ImGui::GetContentRegionAvail().x;
    const bool narrow = width < ui.em * 18;
    const float field = narrow ? width : (width - 2 * gap) / 3;

    if (state.libraryScreen().focusSearch) {
        ImGui::SetKeyboardFocusHere();
        state.libraryScreen().focusSearch = false;
    }
    ImGui::SetNextItemWidth(field);
    ImGui::InputTextWithHint("##search", "Search titles (F)", &lib.search);
    if (!narrow) ImGui::SameLine();

    const std::string topicPreview = lib.topic().empty() ? "Any topic" : "Topic: " + lib.topic();
    ImGui::SetNextItemWidth(field);
    if (ImGui::BeginCombo("##topic", topicPreview.c_str())) {
        if (ImGui::Selectable("Any topic", lib.topic().empty())) lib.setTopic("");
        for (const std::string& t : lib.topics())
            if (ImGui::Selectable(t.c_str(), lib.topic() == t)) lib.setTopic(t);
        ImGui::EndCombo();
    }
    if (!narrow) ImGui::SameLine();

    const std::string levelPreview =
        lib.level() == 0 ? "Any level" : "Level " + std::to_string(lib.level());
    ImGui::SetNextItemWidth(field);
    if (ImGui::BeginCombo("##level", levelPreview.c_str())) {
        if (ImGui::Selectable("Any level", lib.level() == 0)) lib.setLevel(0);
        for (int level : lib.levels())
            if (ImGui::Selectable(("Level " + std::to_string(level)).c_str(), lib.level() == level))
                lib.setLevel(level);
        ImGui::EndCombo();
    }
}

// An attempt an earlier run left unfinished: resume it, or set it aside for good.
void resumeOffer(AppState& state, Ui& ui) {
    const auto& offer = state.resumeOffer();
    if (!offer) return;
    wrapped("You left \"" + offer->title + "\" unfinished on " + shownTime(offer->started) +
                " after " + choicesCount(offer->choices.size()) + ".",
            ui.palette->accent, ui.fonts.bold);
    if (button(ui, "Resume it (R)")) ui.after([&state] { state.resumeStored(); });
    nextInRow(ui, "Set it aside");
    if (button(ui, "Set it aside")) ui.after([&state] { state.setAsideStored(); });
    ImGui::Spacing();
}

void brokenFiles(const AppState& state, const Ui& ui) {
    const auto& broken = state.library().broken();
    if (broken.empty()) return;
    ImGui::Spacing();
    wrapped(std::to_string(broken.size()) + (broken.size() == 1 ? " file" : " files") +
                " could not be loaded. Fix them and restart Frontline:",
            ui.palette->bad, ui.fonts.bold);
    for (const BrokenFile& file : broken) {
        wrapped(file.path, ui.palette->text, ui.fonts.bold);
        for (const std::string& message : file.messages)
            wrapped("    " + message, ui.palette->muted);
    }
}

} // namespace

void drawLibrary(AppState& state, Ui& ui) {
    if (!beginScreen("Library")) return endScreen();
    // One scrolling column: at projector sizes the heading and filters scroll away with the
    // cards rather than leaving no room for them.
    beginBody();
    heading(ui, "Frontline — choose a conversation");
    resumeOffer(state, ui);
    filters(state, ui);
    ImGui::Spacing();

    LibraryView& lib = state.library();
    const Card* selected = lib.selected();
    static const Card* lastSelected = nullptr; // scroll to a card only when the keys move to it
    const auto shown = lib.visible();
    if (shown.empty())
        wrapped(lib.cards().empty() ? "The library holds no playable scenario."
                                    : "No scenario matches these filters.",
                ui.palette->muted);
    const float width = ImGui::GetContentRegionAvail().x;
    for (std::size_t index : shown) {
        const Card& card = lib.cards()[index];
        const bool isSelected = &card == selected;
        if (wideButton(ui, card.id.c_str(), cardLabel(card), width, isSelected, true,
                       ui.fonts.bold)) {
            lib.select(index);
            ui.after([&state, id = card.id] { state.openBriefing(id); });
        }
        if (isSelected && lastSelected != selected && lastSelected != nullptr)
            ImGui::SetScrollHereY(0.5f);
    }
    lastSelected = selected;
    brokenFiles(state, ui);
    endBody();

    statusBar(ui, state.notice(),
              "Up/Down choose · Enter open · P progress · C classroom · A author · F search · "
              "F2 settings · Ctrl+/- size");
    endScreen();
}

} // namespace frontline::app
