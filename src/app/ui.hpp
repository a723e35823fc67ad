// What every screen draws with: the fonts at the current size, the palette, the time, and a
// queue of actions to run after the frame (so a click that leaves a screen never pulls the state
// out from under the code still drawing it).
#pragma once

#include "core/feedback.hpp"
#include "model/app_state.hpp"
#include "model/theme.hpp"

#include <imgui.h>

#include <functional>
#include <string_view>
#include <vector>

namespace frontline::app {

struct Fonts {
    ImFont* body = nullptr;
    ImFont* bold = nullptr;
    ImFont* title = nullptr;
};

struct Ui {
    Fonts fonts;
    const Palette* palette = nullptr;
    float em = 20; // the body text's pixel size: every size on screen is a multiple
    // Room for side-by-side panes that scroll on their own (40 x 24 lines of text and more);
    // otherwise a screen is one column that scrolls as a whole (projector text, small windows).
    bool roomy = true;
    Clock::time_point now;
    std::vector<std::function<void()>> later;

    void after(std::function<void()> action) { later.push_back(std::move(action)); }
};

ImU32 colour(Rgba c, float alpha = 1.f);
ImVec4 colourVec(Rgba c);

// Text wrapped at the right edge of the current region, in a colour and font.
void wrapped(std::string_view text, Rgba colour, ImFont* font = nullptr);
void heading(const Ui& ui, std::string_view text);
// A button as wide as `width` whose label wraps; `selected` draws the keyboard outline. Returns
// whether it was clicked.
// With `firstLine`, the label's first line is drawn in that font (a card's title in bold).
bool wideButton(const Ui& ui, const char* id, std::string_view label, float width, bool selected,
                bool enabled = true, ImFont* firstLine = nullptr);
// A small button sized to its label; `selected` outlines it (the tab shown, the key's target).
bool button(const Ui& ui, const char* label, bool enabled = true, bool selected = false);
// Before the next button in a row: stays on this line when `label` fits, else wraps.
void nextInRow(const Ui& ui, const char* label);
void moodMeter(const Ui& ui, float mood, float width);
// A feedback mark's icon drawn as strokes, `size` pixels high at `at` (never a font glyph).
void drawMarkIcon(const Ui& ui, Mark mark, ImVec2 at, float size, Rgba ink);
// The customer's face, `size` pixels square at the cursor, its expression following `mood`.
void face(float mood, float size);
// A full-window root that screens draw into: no title bar, no moving, the palette's background.
bool beginScreen(const char* id);
void endScreen();
// One line at the bottom: the notice, or the keys that work on this screen.
void statusBar(const Ui& ui, std::string_view notice, std::string_view keys);
float statusBarHeight();
// Everything between the top of the screen (from the cursor) and the status bar.
void beginBody(const char* id = "body");
void endBody();

// Screens, one file each.
void drawLibrary(AppState& state, Ui& ui);
void drawBriefing(AppState& state, Ui& ui);
void drawPlay(AppState& state, Ui& ui);
void drawDebrief(AppState& state, Ui& ui);
void drawSettings(AppState& state, Ui& ui);
void drawClassSetup(AppState& state, Ui& ui);
void drawClassPlay(AppState& state, Ui& ui);
void drawClassDebrief(AppState& state, Ui& ui);
void drawAuthor(AppState& state, Ui& ui);
void drawProgress(AppState& state, Ui& ui);
// Beside play while an author playtests: variables (editable), mood, clock, evidence. In its own
// scrolling pane when `height` > 0, else inline in the page.
void inspectorPanel(AppState& state, Ui& ui, float height);

} // namespace frontline::app
