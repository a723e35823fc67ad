// Play: the customer's face and mood, the conversation so far, the numbered choices, the policy
// handbook, the scenario clock, and (in practice) the reason behind each choice and an undo.
#include "model/face.hpp"
#include "model/handbook.hpp"
#include "model/marks.hpp"
#include "scrolling.hpp"
#include "ui.hpp"

#include <imgui_internal.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cfloat>
#include <cstdio>
#include <optional>
#include <string>
#include <vector>

namespace frontline::app {

namespace {

std::string clockText(const AppState& state, const Attempt& a, Clock::time_point now) {
    std::string text = "Scenario clock: " + std::to_string(a.session().state().minutes) + " min";
    if (state.settings().timers) {
        const int s = a.elapsedSeconds(now);
        char buf[32];
        std::snprintf(buf, sizeof buf, " · time %d:%02d", s / 60, s % 60);
        text += buf;
    }
    return text;
}

void actionButtons(AppState& state, Ui& ui, const Attempt& a) {
    if (state.organisation() != nullptr && !state.organisation()->documents.empty()) {
        if (button(ui, state.play().handbookOpen ? "Close handbook (H)" : "Handbook (H)"))
            ui.after([&state] { state.perform(Command::Handbook); });
        nextInRow(ui, "Undo (U)");
    }
    if (a.session().mode() == Mode::Practice) {
        if (button(ui, "Undo (U)", a.session().canUndo())) ui.after([&state] { state.undo(); });
        nextInRow(ui, state.playtesting() ? "Map (Esc)" : "Leave (Esc)");
    }
    const char* leave = state.playtesting() ? "Map (Esc)" : "Leave (Esc)";
    if (button(ui, leave))
        ui.after([&state] {
            if (state.playtesting())
                state.leavePlaytest();
            else
                state.backToLibrary();
        });
    if (!state.playtesting()) return;
    nextInRow(ui, "Save as test (Ctrl+S)");
    if (button(ui, "Save as test (Ctrl+S)"))
        ui.after([&state] { state.perform(Command::SaveTest); });
}

void topBar(AppState& state, Ui& ui, const Attempt& a) {
    heading(ui, a.session().scenario().title);
    wrapped(clockText(state, a, ui.now), ui.palette->muted);
    actionButtons(state, ui, a);
}

void customerPanel(const Ui& ui, const Attempt& a, float width, bool compact) {
    const float mood = a.shownMood(ui.now);
    const std::string name = a.session().scenario().customer.name;
    const std::string feeling =
        std::string(toString(expressionFor(static_cast<int>(mood + 0.5f)))) + " · mood " +
        std::to_string(a.session().state().mood) + "/100";
    if (compact) {
        face(mood, ui.em * 2.6f);
        ImGui::SameLine();
        ImGui::BeginGroup();
        wrapped(name, ui.palette->customer, ui.fonts.bold);
        moodMeter(ui, mood, std::max(ui.em * 4, ImGui::GetContentRegionAvail().x * 0.6f));
        wrapped(feeling, ui.palette->text);
        ImGui::EndGroup();
        return;
    }
    face(mood, width);
    wrapped(name, ui.palette->customer, ui.fonts.title);
    ImGui::Spacing();
    moodMeter(ui, mood, width);
    ImGui::Spacing();
    wrapped(feeling, ui.palette->text);
}

// Draws the conversation and returns where its newest customer line starts (window-local y).
float transcriptLines(const Ui& ui, const Attempt& a) {
    const std::string& customer = a.session().scenario().customer.name;
    float newestCustomer = ImGui::GetCursorPosY();
    for (const Line& line : a.session().transcript()) {
        switch (line.speaker) {
        case Speaker::Customer:
            newestCustomer = ImGui::GetCursorPosY();
            wrapped(customer, ui.palette->customer, ui.fonts.bold);
            wrapped(line.text, ui.palette->text);
            break;
        case Speaker::Learner:
            wrapped("You", ui.palette->learner, ui.fonts.bold);
            wrapped(line.text, ui.palette->learner);
            break;
        case Speaker::Narration:
            wrapped("(" + line.text + ")", ui.palette->muted);
            break;
        }
        ImGui::Spacing();
    }
    return newestCustomer;
}

// True once per change of the conversation (a new line, an undo, another attempt), so the view
// follows the newest line without fighting the learner's own scrolling in between. Remembered in
// the window's storage, so each ImGui context (the presenter's too) keeps its own.
bool conversationChanged(const Attempt& a) {
    ImGuiStorage* storage = ImGui::GetStateStorage();
    const ImGuiID linesId = ImGui::GetID("##shown-lines"), ofId = ImGui::GetID("##shown-session");
    const int lines = static_cast<int>(a.session().transcript().size());
    void* of = const_cast<Session*>(&a.session());
    const bool changed = storage->GetInt(linesId, -1) != lines || storage->GetVoidPtr(ofId) != of;
    storage->SetInt(linesId, lines);
    storage->SetVoidPtr(ofId, of);
    return changed;
}

void transcript(const Ui& ui, const Attempt& a, float height, ScrollRequest& keys) {
    ImGui::BeginChild("transcript", ImVec2(0, height), true);
    transcriptLines(ui, a);
    if (conversationChanged(a)) ImGui::SetScrollHereY(1.0f);
    applyScroll(keys, ui.em); // PageUp/PageDown, Home/End
    ImGui::EndChild();
}

float wrappedHeight(const Ui& ui, const std::string& text, float width) {
    return ImGui::CalcTextSize(text.c_str(), nullptr, false, std::max(ui.em, width - 1.2f * ui.em))
               .y +
           ui.em * 0.9f + ImGui::GetStyle().ItemSpacing.y;
}

std::string choiceLabel(std::size_t i, const Offer& offer) {
    return (i < 9 ? std::to_string(i + 1) + "   " : "     ") + offer.text;
}

// Practice feedback on the last choice: the mark as an icon, a word and a colour (never the
// colour alone), then the sentences from core/feedback, the author's reason and the mood.
struct FeedbackLayout {
    float pad, bar, icon, inner; // inner: the text's wrap width
};

FeedbackLayout feedbackLayout(const Ui& ui, float width) {
    FeedbackLayout l;
    l.pad = ui.em * 0.5f;
    l.bar = ui.em * 0.3f;
    l.icon = ImGui::GetFontSize();
    l.inner = std::max(ui.em * 4, width - l.bar - 2 * l.pad);
    return l;
}

std::string markHeading(const StepFeedback& f, bool last) {
    std::string text(markWord(f.mark));
    if (last) text += " · your last choice";
    return text;
}

std::vector<std::string> feedbackParagraphs(const StepFeedback& f) {
    std::vector<std::string> out{f.headline};
    if (!f.why.empty()) out.push_back("Why it matters: " + f.why);
    return out;
}

float feedbackHeight(const Ui& ui, const StepFeedback& f, float width, bool last) {
    const FeedbackLayout l = feedbackLayout(ui, width);
    const float gap = ImGui::GetStyle().ItemSpacing.y;
    auto textHeight = [&](const std::string& text, ImFont* font) {
        ImFont* use = font != nullptr ? font : ImGui::GetFont();
        return use->CalcTextSizeA(use->FontSize, FLT_MAX, l.inner, text.c_str()).y + gap;
    };
    float h = 2 * l.pad + textHeight(markHeading(f, last), ui.fonts.bold);
    for (const std::string& p : feedbackParagraphs(f))
        h += textHeight(p, nullptr);
    if (!f.moodSentence().empty()) h += textHeight(f.moodSentence(), nullptr);
    return h + gap;
}

void wrappedAt(std::string_view text, Rgba c, ImFont* font, float wrapLocalX) {
    if (font != nullptr) ImGui::PushFont(font);
    ImGui::PushStyleColor(ImGuiCol_Text, colourVec(c));
    ImGui::PushTextWrapPos(wrapLocalX);
    ImGui::TextUnformatted(text.data(), text.data() + text.size());
    ImGui::PopTextWrapPos();
    ImGui::PopStyleColor();
    if (font != nullptr) ImGui::PopFont();
}

void feedbackPanel(const Ui& ui, const StepFeedback& f, float width, bool last) {
    const Palette& p = *ui.palette;
    const FeedbackLayout l = feedbackLayout(ui, width);
    const Rgba ink = markColour(p, f.mark);
    const ImVec2 start = ImGui::GetCursorScreenPos();
    const float left = ImGui::GetCursorPosX() + l.bar + l.pad;
    const float wrapAt = left + l.inner;
    ImGui::SetCursorPosY(ImGui::GetCursorPosY() + l.pad);
    ImGui::SetCursorPosX(left);
    // The heading: the icon drawn (not a glyph: every font has it), then the word in bold.
    const MarkIcon icon = markIcon(f.mark);
    drawMarkIcon(ui, f.mark, ImGui::GetCursorScreenPos(), l.icon, ink);
    ImGui::Dummy(ImVec2(l.icon * icon.aspect, l.icon));
    ImGui::SameLine(0, ui.em * 0.4f);
    wrappedAt(markHeading(f, last), ink, ui.fonts.bold, wrapAt);
    for (const std::string& text : feedbackParagraphs(f)) {
        ImGui::SetCursorPosX(left);
        wrappedAt(text, p.text, nullptr, wrapAt);
    }
    if (!f.moodSentence().empty()) {
        ImGui::SetCursorPosX(left);
        wrappedAt(f.moodSentence(), p.muted, nullptr, wrapAt);
    }
    ImGui::SetCursorPosY(ImGui::GetCursorPosY() + l.pad - ImGui::GetStyle().ItemSpacing.y);
    ImGui::Dummy(ImVec2(width, 0));
    const ImVec2 end(start.x + width, ImGui::GetItemRectMax().y);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float rounding = ui.em * 0.2f;
    const float border = std::max(1.f, ui.em * 0.06f * p.borderSize);
    // A critical breach gets a heavier frame as well as its own icon and words.
    dl->AddRect(start, end, colour(ink), rounding, 0,
                f.mark == Mark::Critical ? border * 3 : border);
    dl->AddRectFilled(start, ImVec2(start.x + l.bar, end.y), colour(ink), rounding,
                      ImDrawFlags_RoundCornersLeft);
}

std::optional<StepFeedback> shownFeedback(const AppState& state, const Attempt& a) {
    if (a.error()) return std::nullopt;
    return a.feedback(state.content().rubric);
}

// How tall the lower panel wants to be, so the transcript gets the rest.
float lowerPanelHeight(const AppState& state, const Ui& ui, const Attempt& a, float width) {
    float h = 0;
    if (a.error()) return ui.em * 9;
    if (const auto f = shownFeedback(state, a)) h += feedbackHeight(ui, *f, width, a.finished());
    if (a.finished()) return h + ui.em * 7;
    for (std::size_t i = 0; i < a.offers().size(); ++i)
        h += wrappedHeight(ui, choiceLabel(i, a.offers()[i]), width);
    return h + ui.em;
}

void errorPanel(AppState& state, Ui& ui, const Attempt& a, float width) {
    wrapped("The scenario's script failed, so this step cannot go on:", ui.palette->bad,
            ui.fonts.bold);
    wrapped(*a.error(), ui.palette->text);
    wrapped("Your choices so far are kept: undo and choose again, or leave and come back to it.",
            ui.palette->muted);
    if (wideButton(ui, "errback", "Back to the library (Enter)", width, true))
        ui.after([&state] { state.backToLibrary(); });
    if (a.session().canUndo() &&
        wideButton(ui, "errundo", "Undo the last choice (U)", width, false))
        ui.after([&state] { state.undo(); });
}

// Each panel returns where its feedback starts (window-local y), or a negative number for none.
float endingPanel(AppState& state, Ui& ui, const Attempt& a, float width) {
    // The last choice is explained here, before the debrief, as every other choice was.
    const float feedbackTop = ImGui::GetCursorPosY();
    const auto f = shownFeedback(state, a);
    if (f) {
        feedbackPanel(ui, *f, width, true);
        ImGui::Spacing();
    }
    const Node& ending = a.session().node();
    wrapped("The conversation has ended (" + std::string(toString(ending.endingKind)) + ").",
            ui.palette->accent, ui.fonts.bold);
    const std::string summary = a.session().summary();
    if (!summary.empty()) wrapped(summary, ui.palette->text);
    if (wideButton(ui, "debrief", "See the debrief (Enter)", width, true))
        ui.after([&state] { state.finish(); });
    return f ? feedbackTop : -1;
}

// `selectedBottom`: where the keyboard's choice ends (window-local y), if one is drawn.
float choicesPanel(AppState& state, Ui& ui, const Attempt& a, float width, float& selectedBottom) {
    const float feedbackTop = ImGui::GetCursorPosY();
    const auto f = shownFeedback(state, a);
    if (f) {
        feedbackPanel(ui, *f, width, false);
        ImGui::Spacing();
    }
    if (a.stuck()) {
        // The node's id is the author's name for it: `frontline lint` shows them where.
        wrapped("No choice is on offer here: the scenario is stuck. Tell its author; "
                "frontline lint shows where.",
                ui.palette->bad);
        if (wideButton(ui, "stuckback", "Back to the library (Esc)", width, true))
            ui.after([&state] { state.backToLibrary(); });
        return f ? feedbackTop : -1;
    }
    // Which choices are whole on screen: a number key for one that is not brings it into view
    // before it can take it.
    std::vector<std::size_t>& shown = *state.play().shownChoices;
    const ImRect visible = ImGui::GetCurrentWindow()->InnerClipRect;
    for (std::size_t i = 0; i < a.offers().size(); ++i) {
        const std::string id = "choice" + std::to_string(i);
        if (wideButton(ui, id.c_str(), choiceLabel(i, a.offers()[i]), width, i == a.selected()))
            ui.after([&state, i] { state.choose(i); });
        const ImRect drawn(ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
        if (drawn.Min.y >= visible.Min.y - 1 && drawn.Max.y <= visible.Max.y + 1)
            shown.push_back(i);
        // Named with the step, so a new step's first choice counts as a move to it.
        if (i == a.selected()) {
            keepInView(id + "@" + std::to_string(a.session().transcript().size()));
            selectedBottom = ImGui::GetCursorPosY();
        }
    }
    return f ? feedbackTop : -1;
}

// In its own scrolling pane when `height` > 0, else inline in the page.
void handbookPanel(AppState& state, Ui& ui, float height) {
    const Organisation* org = state.organisation();
    if (org == nullptr) return;
    PlayController& keys = state.play();
    if (height > 0) ImGui::BeginChild("handbook", ImVec2(0, height), true);
    wrapped(org->name + ": policy handbook", ui.palette->accent, ui.fonts.bold);
    ImGui::SetNextItemWidth(-1);
    if (keys.focusSearch) { // Tab or F gave the search box the keyboard
        ImGui::SetKeyboardFocusHere();
        keys.focusSearch = false;
    }
    if (ImGui::InputTextWithHint("##handbook-search", "Search the handbook", &keys.handbookQuery,
                                 ImGuiInputTextFlags_EnterReturnsTrue))
        keys.region = PlayController::Region::Sections; // Enter: on to what it found
    if (ImGui::IsItemActive() && keys.region != PlayController::Region::Search)
        ImGui::ClearActiveID(); // Tab moved on: the box lets go of the keyboard
    if (ImGui::IsItemActivated()) keys.region = PlayController::Region::Search; // a click
    const auto matches = matchingDocuments(*org, state.play().handbookQuery);
    if (matches.empty()) wrapped("Nothing in the handbook matches.", ui.palette->muted);
    if (!matches.empty() &&
        std::find(matches.begin(), matches.end(), state.play().handbookDocument) == matches.end())
        state.play().handbookDocument = matches.front();
    // The sections as wrapping buttons: a long title at a large text size is never cut.
    const float width = ImGui::GetContentRegionAvail().x;
    for (std::size_t i : matches) {
        const PolicyDocument& doc = org->documents[i];
        const std::string id = "section" + std::to_string(i);
        if (wideButton(ui, id.c_str(), doc.title, width, i == state.play().handbookDocument))
            state.play().handbookDocument = i;
        if (i == state.play().handbookDocument) keepInView(id);
    }
    ImGui::Separator();
    if (state.play().handbookDocument < org->documents.size() && !matches.empty()) {
        const PolicyDocument& doc = org->documents[state.play().handbookDocument];
        wrapped(doc.title, ui.palette->text, ui.fonts.bold);
        wrapped(reflow(doc.text), ui.palette->text);
    }
    if (height > 0) {
        applyScroll(keys.handbookScroll, ui.em);
        ImGui::EndChild();
    }
}

// Returns where the feedback starts (window-local y), or a negative number when none is shown.
float lowerPanel(AppState& state, Ui& ui, const Attempt& a, float& selectedBottom) {
    const float width = ImGui::GetContentRegionAvail().x;
    if (a.error()) {
        errorPanel(state, ui, a, width);
        return -1;
    }
    return a.finished() ? endingPanel(state, ui, a, width)
                        : choicesPanel(state, ui, a, width, selectedBottom);
}

// Side by side: the customer on the left, the conversation and choices (and the handbook) on
// the right, each scrolling on its own.
void roomyPlay(AppState& state, Ui& ui, const Attempt& a) {
    topBar(state, ui, a);
    ImGui::Spacing();
    const float gap = ImGui::GetStyle().ItemSpacing.x;
    const float height = ImGui::GetContentRegionAvail().y - statusBarHeight(ui);
    const float fullWidth = ImGui::GetContentRegionAvail().x;
    const float side = state.playtesting() ? std::clamp(fullWidth * 0.3f, ui.em * 14, ui.em * 22)
                                           : std::clamp(fullWidth * 0.22f, ui.em * 7, ui.em * 14);
    ImGui::BeginChild("customer", ImVec2(side, height), false);
    if (state.playtesting()) { // the author needs the state more than a large face
        customerPanel(ui, a, side - gap, true);
        inspectorPanel(state, ui, ImGui::GetContentRegionAvail().y);
    } else {
        customerPanel(ui, a, side - gap, false);
    }
    ImGui::EndChild();
    ImGui::SameLine();
    const float width = fullWidth - side - gap;
    const float convoWidth = state.play().handbookOpen ? width * 0.55f : width;
    ImGui::BeginChild("conversation", ImVec2(convoWidth, height), false);
    const float inner = ImGui::GetContentRegionAvail().x;
    const float lower =
        std::clamp(lowerPanelHeight(state, ui, a, inner), height * 0.3f, height * 0.6f);
    transcript(ui, a, height - lower - ImGui::GetStyle().ItemSpacing.y, state.play().scroll);
    ImGui::BeginChild("choices", ImVec2(0, lower), false);
    float selectedBottom = -1;
    lowerPanel(state, ui, a, selectedBottom);
    ImGui::EndChild();
    ImGui::EndChild();
    if (state.play().handbookOpen) {
        ImGui::SameLine();
        ImGui::BeginGroup();
        handbookPanel(state, ui, height);
        ImGui::EndGroup();
    }
}

// One column that scrolls as a whole (projector text, small windows): the customer in a row at
// the top, then the conversation, the choices and the buttons. When a line arrives the view
// moves to the customer's newest words, with the choices under them.
void compactPlay(AppState& state, Ui& ui, const Attempt& a) {
    // Where even one column is short (the largest text on a laptop), the customer's row scrolls
    // with the rest rather than leaving too little room for one whole choice.
    const bool tight = ImGui::GetContentRegionAvail().y - statusBarHeight(ui) < ui.em * 12;
    if (!tight) customerPanel(ui, a, ImGui::GetContentRegionAvail().x, true);
    beginBody(ui);
    if (tight) customerPanel(ui, a, ImGui::GetContentRegionAvail().x, true);
    if (state.play().handbookOpen) {
        handbookPanel(state, ui, 0);
    } else {
        wrapped(clockText(state, a, ui.now), ui.palette->muted);
        const float newest = transcriptLines(ui, a);
        float selectedBottom = -1;
        const float feedbackTop = lowerPanel(state, ui, a, selectedBottom);
        if (state.playtesting()) inspectorPanel(state, ui, 0);
        // The customer's newest words at the top, unless that would leave the mark on the last
        // choice (its word and first line) or the keyboard's choice below the fold: then as
        // little further as shows them.
        float scroll = newest;
        if (feedbackTop >= 0)
            scroll = std::max(scroll, feedbackTop + ui.em * 3.5f - ImGui::GetWindowHeight());
        if (selectedBottom >= 0)
            scroll = std::max(scroll, selectedBottom + ImGui::GetStyle().ItemSpacing.y -
                                          ImGui::GetWindowHeight());
        if (conversationChanged(a)) ImGui::SetScrollY(scroll);
    }
    ImGui::Spacing();
    actionButtons(state, ui, a);
    PlayController& keys = state.play();
    applyScroll(keys.handbookOpen ? keys.handbookScroll : keys.scroll, ui.em);
    endBody();
}

} // namespace

void drawPlay(AppState& state, Ui& ui) {
    if (!beginScreen("Play")) return endScreen();
    const Attempt* attempt = state.attempt();
    if (attempt == nullptr) {
        endScreen();
        return;
    }
    const Attempt& a = *attempt;
    ui.status(state.notice(), state.hints(), state.noticeDone());
    state.play().shownChoices.emplace(); // filled as the choices are drawn: none if covered
    if (ui.roomy)
        roomyPlay(state, ui, a);
    else
        compactPlay(state, ui, a);
    statusBar(ui);
    endScreen();
}

} // namespace frontline::app
