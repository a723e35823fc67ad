// Pieces the classroom screens share (setup, play on the projector, class debrief).
#pragma once

#include "core/classroom.hpp"
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
    bool outlined = false;      // taken, or leading
    bool dim = false;           // not among the options the trainer may pick
    Rgba barColour;
    std::vector<const Team*> teams; // the teams that picked it, once revealed
    std::function<void()> onClick;
};

// One option as the room sees it: its letter large, its text, its votes as a bar.
void optionBox(const Ui& ui, const OptionLook& option, float width);

std::string countLabel(int votes, int total, bool teams);
std::string timerText(int seconds); // "1:05"

// A consequence's rules: what each principle asks and what ignoring it costs.
void ruleNotes(const Ui& ui, const Consequence& consequence);

// Scrolls the current window by the lines the keyboard asked for, and clears them.
void scrollBy(int& lines, float em);

} // namespace frontline::app
