// Key presses as the screens' models understand them. The window turns SDL's events into these,
// so what each key does is decided (and tested) without a display.
#pragma once

namespace frontline::app {

enum class Key {
    Digit,  // 0-9 (digit holds which)
    Letter, // a-z (letter holds which, lower case; shift says whether Shift was held)
    Up,
    Down,
    Left,
    Right,
    Enter,
    Escape,
    Backspace,
    Settings,   // F2
    Fullscreen, // F11
    ZoomIn,     // Ctrl+= / Ctrl++
    ZoomOut,    // Ctrl+-
    ZoomReset,  // Ctrl+0
    PageUp,     // a presentation clicker's "back"
    PageDown,   // a presentation clicker's "next"
    Home,
    End,
    Period,   // '.', which clickers send, like B, to blank the screen
    Plus,     // '+' or '=' without Ctrl: zoom the author's map
    Minus,    // '-' without Ctrl
    Present,  // F5, which clickers send as "start the slideshow": starts a class from its setup
    Tab,      // shift: Shift+Tab
    Help,     // F1
    Question, // '?'
};

struct KeyPress {
    Key key = Key::Escape;
    int digit = 0;
    char letter = 0;
    bool shift = false;
    bool ctrl = false; // Ctrl held: the window sends Ctrl+letter as a Letter with this set
};

constexpr KeyPress digitKey(int digit) {
    return {Key::Digit, digit, 0, false};
}
constexpr KeyPress letterKey(char letter, bool shift = false, bool ctrl = false) {
    return {Key::Letter, 0, letter, shift, ctrl};
}
constexpr KeyPress key(Key k) {
    return {k, 0, 0, false};
}

} // namespace frontline::app
