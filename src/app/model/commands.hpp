// What a key does, by name. Each screen has a keymap from key to command with its hint; the
// status bar and the help overlay are built from the same keymap, and buttons perform commands,
// so a hint can never disagree with what its key does (Lite XL's commands and keymaps).
#pragma once

#include "keys.hpp"

#include <functional>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace frontline::app {

enum class Command {
    // Everywhere.
    Help,
    Quit,
    Settings,
    Fullscreen,
    ZoomIn,
    ZoomOut,
    ZoomReset,
    // Moving about a screen.
    Up,
    Down,
    Left,
    Right,
    PageUp,
    PageDown,
    Home,
    End,
    NextRegion,
    PreviousRegion,
    Activate, // Enter: the selected thing
    Back,     // Escape
    // Library.
    Search,
    Topic,
    Level,
    Resume,
    Classroom,
    Author,
    Progress,
    // Briefing.
    Practice,
    Assessment,
    // Play.
    Choose, // the argument is the choice's number, from 1
    Undo,
    Handbook,
    SeeDebrief,
    // Debrief.
    TryAnother,
    PlayAgain,
    Library,
    Findings,
    Path,
    // Progress.
    ClassTab,
    ExportEvidence,
    ExportAll,
    DeleteRecords,
    // Author.
    NextNode,
    PreviousNode,
    NextProblem,
    PreviousProblem,
    Fit,
    MapZoomIn,
    MapZoomOut,
    Playtest,
    PlaytestShortest,
    EditNode,
    SaveTest, // a playtest saved as a transcript test
    InspectorPageUp,
    InspectorPageDown,
    // The classroom.
    StartClass,
    Next,     // a clicker's "next": lock, reveal, take, the next decision
    Previous, // a clicker's "back"
    Lock,
    Hand,  // the argument is the option's letter ('a' ...)
    Count, // a digit of a hand count, the argument its value
    Remove,
    Erase,
    Blank,
    EndClass,
    SaveMarkdown,
    NewSession,
};

// A command and its argument (which choice, for Choose).
struct Action {
    Command command = Command::Back;
    int arg = 0;
};

// A key with its modifiers. A Digit chord with `digit` -1 stands for every digit 1-9 (-2: 0-9),
// each passing its digit as the action's argument; a Letter chord with `letter` 0 for every
// letter, passing the letter.
struct Chord {
    Key key = Key::Escape;
    char letter = 0;
    int digit = -1;
    bool shift = false;
    bool ctrl = false;
};
constexpr Chord chord(Key key) {
    return {key, 0, -1, false, false};
}
constexpr Chord letter(char c, bool shift = false, bool ctrl = false) {
    return {Key::Letter, c, -1, shift, ctrl};
}
constexpr Chord anyDigit() {
    return {Key::Digit, 0, -1, false, false};
}
constexpr Chord anyLetter(bool shift = false) {
    return {Key::Letter, 0, -1, shift, false};
}

// One key's command. `hint` is what the status bar says beside the key; a binding without one is
// listed only in the help overlay. `whileTyping`: the key still works while a text field has the
// keyboard (a printing key never does).
struct Binding {
    Chord keys;
    Command command = Command::Back;
    std::string hint;
    bool whileTyping = false;
    std::string help; // what it does here, for the help list; else the command's own words
};

// A status bar entry: "Up/Down" "choose".
struct Hint {
    std::string keys;
    std::string text;
};

class Keymap {
  public:
    Keymap() = default;
    Keymap(std::initializer_list<Binding> bindings);

    // The command a key press performs here, if any. `typing`: a text field has the keyboard.
    std::optional<Action> find(const KeyPress& press, bool typing = false) const;
    // The status bar's hints, in keymap order, for the commands `available` says can be used now.
    // Bindings next to each other with the same hint share it ("Up/Down choose").
    std::vector<Hint> hints(const std::function<bool(Command)>& available) const;
    // The same with each hint's words given by `hintOf` (a command whose effect changes with the
    // situation: "PgDn lock", "PgDn reveal"); an empty one leaves the binding out.
    std::vector<Hint> hints(const std::function<bool(Command)>& available,
                            const std::function<std::string(const Binding&)>& hintOf) const;
    // The key(s) that perform a command, as the help overlay and buttons name them ("Ctrl+Q").
    std::string keysFor(Command command) const;
    const std::vector<Binding>& bindings() const { return m_bindings; }

    // Replaces the keys of `command` with `keys` (keeping its hint): the keymap is data, so a
    // rebinding changes the handler and the hint together.
    void rebind(Command command, Chord keys);

  private:
    std::vector<Binding> m_bindings;
};

// A row of the help overlay (and of the keyboard guide): the keys and what they do.
struct HelpRow {
    std::string keys;
    std::string words;
};
// One row per command, in keymap order, each with all of its keys; neighbours that do the same
// share a row ("Up/Down").
std::vector<HelpRow> helpRows(const Keymap& keymap);

std::string keyLabel(const Chord& keys);
// A key press by the name keyLabel gives it, in any case ("Down", "pgdn", "Shift+Tab", "F1",
// "Ctrl+Q", "b", "3"): for driving the window from the command line (--keys).
std::optional<KeyPress> keyNamed(std::string_view name);
// What a command does, in the help overlay's words.
std::string_view describe(Command command);
// Hints as one status bar line: "Up/Down choose · Enter start".
std::string hintLine(const std::vector<Hint>& hints);

} // namespace frontline::app
