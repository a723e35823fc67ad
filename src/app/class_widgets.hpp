// Pieces the classroom screens share (setup, play on the projector, class debrief).
#pragma once

#include "core/classroom.hpp"
#include "model/class_fit.hpp"
#include "model/join_info.hpp"
#include "ui.hpp"

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace frontline::app {

Rgba teamColour(const Team& team, const Palette& palette);
// A filled circle in the team's colour and its name (and `suffix`), on one line.
void teamChip(const Ui& ui, const Team& team, std::string_view suffix = {});

struct OptionLook {
    char letter = 'A';
    std::string_view text;
    std::optional<float> share; // the bar: the option's part of the votes, once shown
    std::string count;          // "12 · 60%"; empty while the counts are hidden
    float countWidth = 0;       // the count column, the same for every option of a decision
    bool outlined = false;      // taken, or leading
    bool dim = false;           // not among the options the trainer may pick
    Rgba barColour;
    std::vector<const Team*> teams; // the teams that picked it, once revealed
    std::function<void()> onClick;
};

// One option as the room sees it: its letter large, its text, its votes as a bar. The text
// wraps in the width left of the count column, so counts never run into it.
void optionBox(const Ui& ui, const OptionLook& option, float width);
// An option's text split so its first line stops short of the count column (`firstWidth`) and
// the rest wraps in the full width below the count: the count costs at most one line. In the
// current font; `height` is the text's. With no `firstWidth`, the first line is empty.
struct OptionText {
    std::string_view first, rest;
    float height = 0;
};
OptionText splitAtCount(std::string_view text, float firstWidth, float fullWidth);
// Where an option box puts its parts, from its top left corner: measured first, then drawn.
struct OptionLayout {
    float width = 0, height = 0;
    float padX = 0, padY = 0, letterWidth = 0, inset = 0, barHeight = 0;
    float textX = 0, textWidth = 0;    // the text's column
    OptionText text;                   // its first line at (textX, padY), the rest one line down
    float firstWidth = 0;              // the first line as drawn
    float countX = 0, countHeight = 0; // the count's left edge and line (no count: 0)
};
OptionLayout layOutOption(const Ui& ui, const OptionLook& option, float width);
// The count column for these labels: the widest, in the bold font at the current scale.
float countColumnWidth(const Ui& ui, const std::vector<std::string>& counts);

// A font's pixel size in the current window, whose text may be scaled to fit.
float fontPixels(const ImFont* font);

// Whether the pointer is in use: moved or clicked in the last few seconds. A projector hides an
// idle pointer, and the option under it must not look chosen.
bool pointerLive(Clock::time_point now);

// An area drawn at the largest text scale (down to `floor`) at which its content fits: the
// content is measured first at each scale in windows off screen, then drawn once. `pinned` stays
// at the top; `flowing` scrolls below it, but only when even the floor does not fit.
struct FittedArea {
    const char* id = "fitted";
    ImVec2 size;
    float floor = 1.f;
    std::function<void()> pinned;  // may be empty
    std::function<void()> flowing; // drawn in the area's width, at its scale
    bool toTop = false;            // new content: start at its top
    int* scrollLines = nullptr;    // lines the keyboard asked to scroll; consumed
    // When set, the content has a shorter form, drawn while this is true; used only when the
    // full form overflows even at the floor.
    bool* compact = nullptr;
};
struct FitOutcome {
    Fit fit;
    bool compact = false;
    ScrollMarks marks;
};
FitOutcome drawFitted(Ui& ui, const FittedArea& area);
// True while an area's content is being measured: skip what must happen once (focus, scroll).
bool measuringFit();

// Where phones join: the QR code (white quiet zone, black modules, whole pixels per module), the
// address in large type, the room code, and how many phones joined and voted. Fills the current
// width and `maxHeight`: a column when narrow, a row when it is a strip. With a problem, says
// that phones cannot join instead.
void joinPanel(const JoinInfo& join, const Ui& ui, float maxHeight);

// The class screens' body and status bar. The status bar speaks to the trainer, not the back row:
// it is drawn at `scale` (the fit's floor), leaving the room's content more of the screen, and
// wraps to another line rather than cut a hint or a notice.
void beginClassBody(Ui& ui, std::string_view notice, std::string_view keys, float statusScale);
void classStatusBar(const Ui& ui, float statusScale);

// The class play screen with the phones' join panel (null: no phones).
void drawClassPlay(AppState& state, Ui& ui, const JoinInfo* join);

std::string countLabel(int votes, int total, bool teams);
std::string timerText(int seconds); // "1:05"

// A consequence's rules: what each principle asks and what ignoring it costs.
void ruleNotes(const Ui& ui, const Consequence& consequence);

// Scrolls the current window by the lines the keyboard asked for, and clears them.
void scrollBy(int& lines, float em);

} // namespace frontline::app
