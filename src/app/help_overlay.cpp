#include "help_overlay.hpp"
#include "scrolling.hpp"

#include <algorithm>

namespace frontline::app {

void drawHelp(AppState& state, Ui& ui) {
    GlobalController& keys = state.global();
    if (!keys.helpOpen()) return;
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    const ImVec2 size(std::min(display.x, ui.em * 44), display.y * 0.9f);
    ImGui::SetNextWindowPos(ImVec2((display.x - size.x) / 2, (display.y - size.y) / 2));
    ImGui::SetNextWindowSize(size);
    ImGui::SetNextWindowFocus();
    constexpr ImGuiWindowFlags flags = ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize |
                                       ImGuiWindowFlags_NoCollapse |
                                       ImGuiWindowFlags_NoSavedSettings;
    ImGui::PushStyleColor(ImGuiCol_WindowBg, colourVec(ui.palette->panel));
    ImGui::PushStyleColor(ImGuiCol_Border, colourVec(ui.palette->accent));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, std::max(2.f, ui.em * 0.12f));
    if (ImGui::Begin("Keys on this screen###help", nullptr, flags)) {
        ImGui::PushFont(ui.fonts.bold);
        wrapped("Esc, F1 or any other key closes this list; Up/Down and PgUp/PgDn scroll it.",
                ui.palette->muted);
        ImGui::PopFont();
        ImGui::Spacing();
        if (ImGui::BeginTable("keys", 2, ImGuiTableFlags_SizingFixedFit)) {
            ImGui::TableSetupColumn("keys", ImGuiTableColumnFlags_WidthFixed, ui.em * 9);
            ImGui::TableSetupColumn("what", ImGuiTableColumnFlags_WidthStretch);
            for (const HelpRow& row : keys.help()) {
                ImGui::TableNextRow();
                ImGui::TableNextColumn();
                wrapped(row.keys, ui.palette->accent, ui.fonts.bold);
                ImGui::TableNextColumn();
                wrapped(row.words, ui.palette->text);
            }
            ImGui::EndTable();
        }
        applyScroll(keys.helpScroll, ImGui::GetTextLineHeightWithSpacing());
    }
    ImGui::End();
    ImGui::PopStyleVar();
    ImGui::PopStyleColor(2);
}

} // namespace frontline::app
