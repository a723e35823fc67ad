// What every screen draws with: the fonts at the current size, the palette, the time, and a
// queue of actions to run after the frame (so a click that leaves a screen never pulls the state
// out from under the code still drawing it).
#pragma once

#include "core/feedback.hpp"
#include "model/app_state.hpp"
#include "model/theme.hpp"

#include <imgui.h>

#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace frontline::app {

struct Fonts {
    ImFont* body = nullptr;
    ImFont* bold = nullptr;
    ImFont* title = nullptr;
};

// What one frame laid out, for the headless layout tests: filled only when a Ui's `report` is
// set (the window leaves it null and pays nothing).
struct FrameReport {
    struct Rect {
        float x0 = 0, y0 = 0, x1 = 0, y1 = 0;
        bool inside(const Rect& outer, float slack = 1.f) const {
            return x0 >= outer.x0 - slack && y0 >= outer.y0 - slack && x1 <= outer.x1 + slack &&
                   y1 <= outer.y1 + slack;
        }
    };
    // Something the keyboard can reach: a choice, a card, a settings row, a path row, a tab, a
    // button. `clip` is the visible part of the region holding it.
    struct Selectable {
        std::string id, region;
        Rect rect, clip;
        bool selected = false;
    };
    // A window or child window that can scroll.
    struct Region {
        std::string name;
        float scrollY = 0, scrollMaxY = 0;
        Rect visible;
    };
    // A single line of text wider than the region that shows it.
    struct CutLine {
        std::string text, region;
        float overBy = 0; // pixels past the region's right edge
    };
    // The status bar's text and the height it needs (wrapped) beside the height it was given.
    struct Status {
        std::string text;
        float needed = 0, given = 0;
    };
    std::vector<Selectable> selectables;
    std::vector<Region> regions;
    std::vector<CutLine> cut;
    std::vector<Status> status;

    void clear() { *this = FrameReport(); }
    const Selectable* selected() const;
    const Region* region(std::string_view name) const;
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
    // The status bar this frame: a notice (shown instead of the keys when there is one) and the
    // keys that work. Set at the start of a screen's draw, so the body leaves room for all of it.
    // A notice is drawn in the warning colour, or the good one when it says something was done.
    std::string notice, keys;
    bool noticeDone = false;
    FrameReport* report = nullptr; // the headless tests' record of this frame; null in the window

    void status(std::string_view notice_, std::string_view keys_, bool done = false) {
        notice = notice_;
        keys = keys_;
        noticeDone = done;
    }
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
// At the bottom: the notice, or the keys that work on this screen, wrapped onto as many lines as
// they need (set with Ui::status).
void statusBar(const Ui& ui);
float statusBarHeight(const Ui& ui);
// Everything between the top of the screen (from the cursor) and the status bar.
void beginBody(const Ui& ui, const char* id = "body");
void endBody();

// The keyboard's selection kept in view: call right after drawing the selected element. Its
// region (and the regions holding that) scroll as little as shows it whole when the selection
// moved to it, or when the layout changed under it (a text size, a window size); in between the
// learner may scroll away with the mouse. `key` names the selection (an id or an index).
void keepInView(std::string_view key);
// For the frame report: an element the keyboard reaches that is not a wideButton (the last item
// drawn), and a single line of `text` given `width` pixels (cut if wider).
void reportSelectable(const Ui& ui, std::string_view id, bool selected);
void reportLine(const Ui& ui, std::string_view text, float width);
// The frame report's scrolling regions and the text cut at a region's right edge, read from what
// ImGui laid out and drew this frame. Call after ImGui::Render.
void reportFrame(FrameReport& report);
// The screen the state is on, drawn (the window's and the headless tests' one dispatch).
void drawScreen(AppState& state, Ui& ui);

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
