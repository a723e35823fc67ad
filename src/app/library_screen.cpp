// The library: a card per scenario, filters by topic and level, search by title, and the files
// that failed to load listed apart with their file:line messages.
#include "ui.hpp"

#include <imgui_internal.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <string>

namespace frontline::app {

namespace {

// The keyboard's outline on the last item drawn (a filter that has the keyboard: Left/Right
// change it), as wideButton draws it on the selected card.
void outlineIf(const Ui& ui, bool focused) {
    if (!focused) return;
    const float border = std::max(2.f, ui.em * 0.15f * ui.palette->borderSize);
    ImGui::GetWindowDrawList()->AddRect(ImGui::GetItemRectMin(), ImGui::GetItemRectMax(),
                                        colour(ui.palette->accent), ui.em * 0.2f, 0, border);
}

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
    const std::string topicPreview = lib.topic().empty() ? "Any topic" : "Topic: " + lib.topic();
    const std::string levelPreview =
        lib.level() == 0 ? "Any level" : "Level " + std::to_string(lib.level());
    // Three fields in a row when each one's text fits in a third of the width, else one a row.
    const ImGuiStyle& style = ImGui::GetStyle();
    const float arrow = ImGui::GetFrameHeight();
    const float needed = std::max({ImGui::CalcTextSize("Search titles (F)").x,
                                   ImGui::CalcTextSize(topicPreview.c_str()).x + arrow,
                                   ImGui::CalcTextSize(levelPreview.c_str()).x + arrow}) +
                         2 * style.FramePadding.x;
    const bool narrow = (width - 2 * gap) / 3 < needed;
    const float field = narrow ? width : (width - 2 * gap) / 3;

    LibraryController& keys = state.libraryScreen();
    if (keys.focusSearch) {
        ImGui::SetKeyboardFocusHere();
        keys.focusSearch = false;
    }
    ImGui::SetNextItemWidth(field);
    ImGui::InputTextWithHint("##search", "Search titles (F)", &lib.search);
    // Tab on to a filter (or Escape back to the cards): the box lets go of the keyboard.
    if (ImGui::IsItemActive() && keys.region != LibraryController::Region::Search)
        ImGui::ClearActiveID();
    if (ImGui::IsItemActivated()) keys.region = LibraryController::Region::Search; // a click
    // ImGui clips the hint at the field's right edge and a combo's preview at its arrow.
    const float inside = field - ImGui::GetStyle().FramePadding.x;
    if (lib.search.empty()) reportLine(ui, "Search titles (F)", inside);
    if (!narrow) ImGui::SameLine();

    ImGui::SetNextItemWidth(field);
    const bool topicOpen = ImGui::BeginCombo("##topic", topicPreview.c_str());
    reportLine(ui, topicPreview, inside - ImGui::GetFrameHeight());
    outlineIf(ui, keys.region == LibraryController::Region::Topic);
    if (topicOpen) {
        if (ImGui::Selectable("Any topic", lib.topic().empty())) lib.setTopic("");
        for (const std::string& t : lib.topics())
            if (ImGui::Selectable(t.c_str(), lib.topic() == t)) lib.setTopic(t);
        ImGui::EndCombo();
    }
    if (!narrow) ImGui::SameLine();

    ImGui::SetNextItemWidth(field);
    const bool levelOpen = ImGui::BeginCombo("##level", levelPreview.c_str());
    reportLine(ui, levelPreview, inside - ImGui::GetFrameHeight());
    outlineIf(ui, keys.region == LibraryController::Region::Level);
    if (levelOpen) {
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
    ui.status(state.notice(), state.hints(), state.noticeDone());
    // One scrolling column: at projector sizes the heading and filters scroll away with the
    // cards rather than leaving no room for them.
    beginBody(ui);
    heading(ui, "Frontline — choose a conversation");
    resumeOffer(state, ui);
    filters(state, ui);
    ImGui::Spacing();

    LibraryView& lib = state.library();
    const Card* selected = lib.selected();
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
        if (isSelected) keepInView(card.id);
    }
    brokenFiles(state, ui);
    endBody();

    statusBar(ui);
    endScreen();
}

} // namespace frontline::app
