// The presenter view, drawn in its own window and ImGui context at the normal text size: the next
// step first and largest, the timer, the votes as they arrive, what the principles favour and the
// card's teaching notes, then the keys. Everything comes from presenterNotes(); nothing here
// changes the class.
#include "presenter_screen.hpp"

#include "model/presenter.hpp"
#include "style.hpp"

#include <imgui_freetype.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>

namespace frontline::app {

namespace {

std::string clock(int seconds) {
    char text[16];
    std::snprintf(text, sizeof text, "%d:%02d", seconds / 60, seconds % 60);
    return text;
}

void header(const PresenterNotes& notes, const Ui& ui, ImFont* timerFont) {
    const Palette& p = *ui.palette;
    float timerWidth = 0;
    if (notes.secondsLeft) {
        ImGui::PushFont(timerFont);
        timerWidth = ImGui::CalcTextSize("00:00").x;
        ImGui::PopFont();
    }
    ImGui::BeginGroup();
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + ImGui::GetContentRegionAvail().x - timerWidth -
                           ui.em);
    wrapped(notes.heading, p.muted);
    if (!notes.pace.empty()) wrapped(notes.pace, p.muted);
    if (notes.blanked)
        wrapped("The projector is blanked: the room sees black.", p.warning, ui.fonts.bold);
    ImGui::PopTextWrapPos();
    ImGui::EndGroup();
    if (!notes.secondsLeft) return;
    // The discussion timer, large: amber for the last ten seconds, red at zero, as the room sees.
    ImGui::SameLine(ImGui::GetContentRegionMax().x - timerWidth);
    const int left = *notes.secondsLeft;
    const Rgba ink = left == 0 ? p.bad : left <= 10 ? p.warning : p.text;
    ImGui::PushFont(timerFont);
    ImGui::PushStyleColor(ImGuiCol_Text, colourVec(ink));
    ImGui::TextUnformatted(clock(left).c_str());
    ImGui::PopStyleColor();
    ImGui::PopFont();
}

// What the next press does, on a band of its own: the keys, the action, and what to know first.
// (1.86's child windows cannot size to their contents, so the band is drawn behind a group.)
void nextStepBand(const PresenterNotes& notes, const Ui& ui) {
    const Palette& p = *ui.palette;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->ChannelsSplit(2);
    dl->ChannelsSetCurrent(1);
    const float pad = ui.em * 0.5f;
    ImGui::BeginGroup();
    ImGui::Dummy(ImVec2(0, pad * 0.5f));
    ImGui::Indent(pad);
    const std::string keys = notes.next.keys.empty() ? "Next" : "Next: " + notes.next.keys;
    ImGui::PushFont(ui.fonts.title);
    ImGui::PushStyleColor(ImGuiCol_Text, colourVec(p.muted));
    ImGui::TextUnformatted(keys.c_str());
    ImGui::PopStyleColor();
    ImGui::SameLine(0, ui.em * 0.6f);
    ImGui::PushTextWrapPos(ImGui::GetContentRegionMax().x - pad);
    ImGui::PushStyleColor(ImGuiCol_Text, colourVec(p.accent));
    ImGui::TextUnformatted(notes.next.action.c_str());
    ImGui::PopStyleColor();
    ImGui::PopFont();
    if (!notes.next.detail.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, colourVec(p.warning));
        ImGui::TextUnformatted(notes.next.detail.c_str());
        ImGui::PopStyleColor();
    }
    ImGui::PopTextWrapPos();
    ImGui::Unindent(pad);
    ImGui::Dummy(ImVec2(0, pad * 0.5f));
    ImGui::EndGroup();
    dl->ChannelsSetCurrent(0);
    const ImVec2 top = ImGui::GetItemRectMin();
    const float right = ImGui::GetWindowPos().x + ImGui::GetContentRegionMax().x;
    dl->AddRectFilled(top, ImVec2(right, ImGui::GetItemRectMax().y), colour(p.panel), ui.em * 0.2f);
    dl->AddRect(top, ImVec2(right, ImGui::GetItemRectMax().y), colour(p.accent), ui.em * 0.2f, 0,
                std::max(1.f, ui.em * 0.08f));
    dl->ChannelsMerge();
}

void bar(const Ui& ui, float share, float width) {
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const float h = ui.em * 0.8f;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float y = at.y + (ImGui::GetTextLineHeight() - h) * 0.5f;
    dl->AddRectFilled(ImVec2(at.x, y), ImVec2(at.x + width, y + h), colour(ui.palette->panel));
    dl->AddRectFilled(ImVec2(at.x, y), ImVec2(at.x + width * std::clamp(share, 0.f, 1.f), y + h),
                      colour(ui.palette->accent));
    ImGui::Dummy(ImVec2(width, ImGui::GetTextLineHeight()));
}

void tag(const Ui& ui, const char* text, Rgba ink) {
    ImGui::SameLine(0, ui.em * 0.5f);
    ImGui::PushStyleColor(ImGuiCol_Text, colourVec(ink));
    ImGui::TextUnformatted(text);
    ImGui::PopStyleColor();
}

void option(const PresenterOption& o, const PresenterNotes& notes, const Ui& ui) {
    const Palette& p = *ui.palette;
    ImGui::PushFont(ui.fonts.bold);
    ImGui::TextUnformatted(o.letter.c_str());
    ImGui::PopFont();
    ImGui::SameLine(ui.em * 1.6f);
    const float total = std::max(1, notes.totalVotes);
    bar(ui, static_cast<float>(o.votes) / total, ui.em * 8);
    ImGui::SameLine(0, ui.em * 0.5f);
    std::string count = std::to_string(o.votes);
    if (notes.totalVotes > 0) count += " · " + std::to_string(o.percent) + "%";
    if (o.phoneVotes > 0) count += " (" + std::to_string(o.phoneVotes) + " by phone)";
    ImGui::PushFont(o.leading ? ui.fonts.bold : ui.fonts.body);
    ImGui::TextUnformatted(count.c_str());
    ImGui::PopFont();
    if (o.taken) tag(ui, "taken", p.accent);
    if (o.favoured) tag(ui, "favoured", p.good);
    if (o.isDefault) tag(ui, "default", p.muted);
    ImGui::Indent(ui.em * 1.6f);
    wrapped(o.text, p.text);
    if (!o.teams.empty()) {
        std::string teams;
        for (const std::string& name : o.teams)
            teams += (teams.empty() ? "" : ", ") + name;
        wrapped("Picked by " + teams, p.learner);
    }
    for (const OptionRule& r : o.rules)
        wrapped(std::string(r.breach ? "\xE2\x9C\x97 breaks " : "\xE2\x9C\x93 shows ") + r.title,
                r.breach ? p.bad : p.good);
    ImGui::Unindent(ui.em * 1.6f);
    ImGui::Spacing();
}

void votes(const PresenterNotes& notes, const Ui& ui) {
    const Palette& p = *ui.palette;
    if (!notes.customer.empty()) {
        wrapped("The customer said", p.customer, ui.fonts.bold);
        wrapped(notes.customer, p.text);
        ImGui::Spacing();
    }
    if (notes.options.empty()) return;
    const char* noun = notes.teams ? (notes.totalVotes == 1 ? " team pick" : " team picks")
                                   : (notes.totalVotes == 1 ? " hand" : " hands");
    std::string status = std::to_string(notes.totalVotes) + noun +
                         (notes.roomSeesCounts ? ", as the room sees them"
                                               : ", hidden from the room until the reveal");
    if (!notes.pendingTeams.empty()) status += ". Still to pick: " + notes.pendingTeams;
    if (notes.phones)
        status += ". Phones: " + std::to_string(notes.phonesJoined) + " joined, " +
                  std::to_string(notes.phonesVoted) + " voted";
    wrapped(status, notes.roomSeesCounts ? p.muted : p.warning);
    ImGui::Spacing();
    for (const PresenterOption& o : notes.options)
        option(o, notes, ui);
}

void card(const Consequence& c, const PresenterNotes& notes, const Ui& ui) {
    const Palette& p = *ui.palette;
    wrapped("The room said: " + c.said, p.learner, ui.fonts.bold);
    for (const Line& line : c.reply)
        wrapped(line.speaker == Speaker::Narration ? "(" + line.text + ")" : line.text,
                line.speaker == Speaker::Narration ? p.muted : p.text);
    if (c.moodAfter != c.moodBefore)
        wrapped("Mood " + std::to_string(c.moodBefore) + " \xE2\x86\x92 " +
                    std::to_string(c.moodAfter),
                c.moodAfter > c.moodBefore ? p.good : p.bad);
    if (notes.rulesHeldFromRoom)
        wrapped("The room's card holds the rules back for the debrief.", p.muted);
    if (!c.why.empty()) wrapped("Why: " + c.why, p.warning);
    ImGui::Spacing();
    for (const RuleNote& r : c.rules) {
        const bool shows = r.kind == EvidenceKind::Credit;
        wrapped(std::string(shows ? "\xE2\x9C\x93 Shows: " : "\xE2\x9C\x97 Breaks: ") + r.title,
                shows ? p.good : p.bad, ui.fonts.bold);
        if (!r.source.empty()) wrapped(r.source, p.muted);
        if (!r.requirement.empty()) wrapped(r.requirement, p.text);
        if (!r.forCustomer.empty()) wrapped("Ignored, the customer: " + r.forCustomer, p.text);
        if (!r.forBusiness.empty()) wrapped("Ignored, the business: " + r.forBusiness, p.text);
        ImGui::Spacing();
    }
}

void teachingNotes(const PresenterNotes& notes, const Ui& ui) {
    const Palette& p = *ui.palette;
    if (!notes.favoured.empty()) wrapped(notes.favoured, p.accent, ui.fonts.bold);
    if (notes.card != nullptr) card(*notes.card, notes, ui);
}

// The keys as a list, one a line: the setup and the debrief, where there is room.
void keyList(const PresenterNotes& notes, const Ui& ui) {
    wrapped("Keys", ui.palette->muted, ui.fonts.bold);
    float keyWidth = 0;
    ImGui::PushFont(ui.fonts.bold);
    for (const KeyHelp& k : notes.keys)
        keyWidth = std::max(keyWidth, ImGui::CalcTextSize(k.keys.c_str()).x);
    ImGui::PopFont();
    const float left = ImGui::GetCursorPosX();
    for (const KeyHelp& k : notes.keys) {
        ImGui::PushFont(ui.fonts.bold);
        ImGui::TextUnformatted(k.keys.c_str());
        ImGui::PopFont();
        ImGui::SameLine(left + keyWidth + ui.em);
        ImGui::PushTextWrapPos(0);
        ImGui::TextUnformatted(k.does.c_str());
        ImGui::PopTextWrapPos();
    }
}

// The keys as a strip that wraps between keys, always in view under the panes while a class
// plays. With `draw` false it only measures: the height it takes at `width`.
float keyStrip(const PresenterNotes& notes, const Ui& ui, float width, bool draw) {
    const float gap = ui.em * 1.2f;
    const float line = ImGui::GetTextLineHeightWithSpacing();
    float x = 0;
    int lines = 1;
    for (const KeyHelp& k : notes.keys) {
        ImGui::PushFont(ui.fonts.bold);
        const float keyWidth = ImGui::CalcTextSize(k.keys.c_str()).x;
        ImGui::PopFont();
        const float itemWidth = keyWidth + ui.em * 0.4f + ImGui::CalcTextSize(k.does.c_str()).x;
        const bool wraps = x > 0 && x + gap + itemWidth > width;
        if (wraps) ++lines;
        if (draw) {
            if (x > 0 && !wraps) ImGui::SameLine(0, gap);
            ImGui::PushFont(ui.fonts.bold);
            ImGui::TextUnformatted(k.keys.c_str());
            ImGui::PopFont();
            ImGui::SameLine(0, ui.em * 0.4f);
            ImGui::PushStyleColor(ImGuiCol_Text, colourVec(ui.palette->muted));
            ImGui::TextUnformatted(k.does.c_str());
            ImGui::PopStyleColor();
        }
        x = (x > 0 && !wraps ? x + gap : 0) + itemWidth;
    }
    return static_cast<float>(lines) * line + ImGui::GetStyle().ItemSpacing.y * 2 + 1;
}

} // namespace

PresenterFonts buildPresenterFonts(const std::string& assetsDir, const Settings& settings,
                                   std::string& problem) {
    PresenterFonts fonts;
    fonts.text = buildFonts(assetsDir, settings, problem);
    // The timer's digits, three times the body size: read at a glance from the laptop.
    static const ImWchar digits[] = {0x0030, 0x003A, 0};
    const std::filesystem::path bold =
        std::filesystem::path(assetsDir) / "fonts" / "DejaVuSans-Bold.ttf";
    ImFontAtlas* atlas = ImGui::GetIO().Fonts;
    const float pixels = std::floor(fonts.text.body->FontSize * 3);
    if (std::filesystem::exists(bold)) {
        fonts.timer = atlas->AddFontFromFileTTF(bold.c_str(), pixels, nullptr, digits);
        atlas->Build();
    }
    if (fonts.timer == nullptr) fonts.timer = fonts.text.title;
    return fonts;
}

void drawPresenter(const AppState& state, Ui& ui, ImFont* timerFont) {
    if (!beginScreen("Presenter")) return endScreen();
    const ClassroomView* c = state.classroom();
    if (c == nullptr) {
        wrapped("No class is running.", ui.palette->muted);
        return endScreen();
    }
    const PresenterNotes notes = presenterNotes(*c, ui.now);
    const bool playing = !notes.options.empty();
    const float width = ImGui::GetContentRegionAvail().x;
    const float strip = playing ? keyStrip(notes, ui, width, false) : 0;
    // The timer and the next step stay put; what is under them scrolls.
    header(notes, ui, timerFont ? timerFont : ui.fonts.title);
    nextStepBand(notes, ui);
    ImGui::Spacing();
    ui.status(notes.notice,
              "Presenter view: only the trainer sees this. Keys here work as on the projector.");
    ImGui::BeginChild("presenter",
                      ImVec2(0, ImGui::GetContentRegionAvail().y - statusBarHeight(ui) - strip));
    if (playing && ui.roomy && notes.card != nullptr) {
        // Two panes that scroll apart: the votes on the left, the card's notes on the right.
        const float gap = ui.em;
        const float left = (ImGui::GetContentRegionAvail().x - gap) * 0.55f;
        ImGui::BeginChild("votes", ImVec2(left, 0), false);
        votes(notes, ui);
        ImGui::EndChild();
        ImGui::SameLine(0, gap);
        ImGui::BeginChild("notes", ImVec2(0, 0), false);
        teachingNotes(notes, ui);
        ImGui::EndChild();
    } else {
        teachingNotes(notes, ui);
        votes(notes, ui);
        for (const std::string& line : notes.summary)
            wrapped(line, ui.palette->text);
        if (!notes.summary.empty()) ImGui::Spacing();
        if (!playing) keyList(notes, ui);
    }
    ImGui::EndChild();
    if (playing) {
        ImGui::Separator();
        keyStrip(notes, ui, width, true);
    }
    statusBar(ui);
    endScreen();
}

} // namespace frontline::app
