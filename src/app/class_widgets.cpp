// What the classroom screens share: an option as the room sees it (its letter large, the votes
// as a bar), a team's colour chip, the discussion timer, and a consequence's rules.
#include "class_widgets.hpp"

#include <algorithm>
#include <cfloat>
#include <cstdio>

namespace frontline::app {

Rgba teamColour(const Team& team, const Palette& palette) {
    return rgbaFromHex(team.colour).value_or(palette.accent);
}

void teamChip(const Ui& ui, const Team& team, std::string_view suffix) {
    const float d = ui.em * 0.8f;
    const ImVec2 at = ImGui::GetCursorScreenPos();
    ImGui::Dummy(ImVec2(d, ImGui::GetTextLineHeight()));
    ImGui::GetWindowDrawList()->AddCircleFilled(
        ImVec2(at.x + d / 2, at.y + ImGui::GetTextLineHeight() / 2), d / 2,
        colour(teamColour(team, *ui.palette)), 24);
    ImGui::SameLine();
    ImGui::PushTextWrapPos(0.0f);
    const std::string label = team.name + std::string(suffix);
    ImGui::TextUnformatted(label.c_str());
    ImGui::PopTextWrapPos();
}

void optionBox(const Ui& ui, const OptionLook& o, float width) {
    const Palette& p = *ui.palette;
    const float pad = ui.em * 0.5f;
    const float letterWidth = ui.fonts.title->FontSize * 1.3f;
    const float countWidth =
        o.count.empty()
            ? 0
            : ui.fonts.bold->CalcTextSizeA(ui.fonts.bold->FontSize, FLT_MAX, 0, o.count.c_str()).x;
    const float textWidth = std::max(ui.em * 4, width - letterWidth - countWidth - 3 * pad);
    const ImVec2 textSize =
        ImGui::CalcTextSize(o.text.data(), o.text.data() + o.text.size(), false, textWidth);
    const float chipsHeight = o.teams.empty() ? 0 : ImGui::GetTextLineHeightWithSpacing();
    // The votes as a bar along the bottom of the box, clear of the text so it keeps its contrast.
    const float barHeight = o.share ? ui.em * 0.4f : 0;
    const float height =
        std::max(textSize.y + chipsHeight, ui.fonts.title->FontSize) + 2 * pad + barHeight;
    const ImVec2 at = ImGui::GetCursorScreenPos();
    ImGui::PushID(o.letter);
    const bool clicked = ImGui::InvisibleButton("option", ImVec2(width, height));
    ImGui::PopID();
    if (clicked && o.onClick) o.onClick();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 end(at.x + width, at.y + height);
    const float rounding = ui.em * 0.3f;
    dl->AddRectFilled(at, end, colour(ImGui::IsItemHovered() ? p.buttonHover : p.panel), rounding);
    if (o.share) {
        const float inset = ui.em * 0.25f;
        const float w = (width - 2 * inset) * std::clamp(*o.share, 0.f, 1.f);
        const float top = end.y - inset - barHeight;
        dl->AddRectFilled(ImVec2(at.x + inset, top), ImVec2(end.x - inset, end.y - inset),
                          colour(p.border, 0.25f));
        if (w > 0)
            dl->AddRectFilled(ImVec2(at.x + inset, top), ImVec2(at.x + inset + w, end.y - inset),
                              colour(o.barColour));
    }
    const float border = std::max(1.f, ui.em * 0.06f * p.borderSize);
    dl->AddRect(at, end, colour(o.outlined ? p.accent : p.border), rounding, 0,
                o.outlined ? border * 3.f : border);
    const char letter[2] = {o.letter, 0};
    dl->AddText(ui.fonts.title, ui.fonts.title->FontSize, ImVec2(at.x + pad, at.y + pad),
                colour(p.accent), letter);
    const float textX = at.x + pad + letterWidth + pad;
    dl->AddText(ImGui::GetFont(), ImGui::GetFontSize(), ImVec2(textX, at.y + pad),
                colour(o.dim ? p.muted : p.text), o.text.data(), o.text.data() + o.text.size(),
                textWidth);
    if (!o.count.empty())
        dl->AddText(ui.fonts.bold, ui.fonts.bold->FontSize,
                    ImVec2(end.x - pad - countWidth, at.y + pad), colour(p.text), o.count.c_str());
    if (!o.teams.empty()) {
        // Which teams picked it, by name and colour, under the text.
        float x = textX;
        const float y = at.y + pad + textSize.y + ImGui::GetStyle().ItemSpacing.y;
        for (const Team* team : o.teams) {
            const float d = ui.em * 0.7f;
            dl->AddCircleFilled(ImVec2(x + d / 2, y + ImGui::GetTextLineHeight() / 2), d / 2,
                                colour(teamColour(*team, p)), 20);
            x += d + ui.em * 0.25f;
            dl->AddText(ui.fonts.bold, ui.fonts.bold->FontSize, ImVec2(x, y), colour(p.text),
                        team->name.c_str());
            x += ui.fonts.bold
                     ->CalcTextSizeA(ui.fonts.bold->FontSize, FLT_MAX, 0, team->name.c_str())
                     .x +
                 ui.em * 0.8f;
        }
    }
}

std::string countLabel(int votes, int total, bool teams) {
    char text[48];
    const int percent = votePercent(votes, total);
    if (teams)
        std::snprintf(text, sizeof text, "%d team%s · %d%%", votes, votes == 1 ? "" : "s", percent);
    else
        std::snprintf(text, sizeof text, "%d · %d%%", votes, percent);
    return text;
}

std::string timerText(int seconds) {
    char text[16];
    std::snprintf(text, sizeof text, "%d:%02d", seconds / 60, seconds % 60);
    return text;
}

void ruleNotes(const Ui& ui, const Consequence& c) {
    const Palette& p = *ui.palette;
    for (const RuleNote& r : c.rules) {
        const bool shows = r.kind == EvidenceKind::Credit;
        std::string head =
            std::string(shows ? "\xE2\x9C\x93 Shows: " : "\xE2\x9C\x97 Breaks: ") + r.title;
        if (!r.source.empty()) head += " (" + r.source + ")";
        wrapped(head, shows ? p.good : p.bad, ui.fonts.bold);
        if (!r.requirement.empty()) wrapped(r.requirement, p.text);
        if (!r.forCustomer.empty())
            wrapped("When it is ignored, the customer: " + r.forCustomer +
                        " The business: " + r.forBusiness,
                    p.muted);
        ImGui::Spacing();
    }
}

void scrollBy(int& lines, float em) {
    if (lines == 0) return;
    ImGui::SetScrollY(ImGui::GetScrollY() + static_cast<float>(lines) * em * 1.2f);
    lines = 0;
}

} // namespace frontline::app
