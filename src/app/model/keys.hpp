// Key presses as the screens' models understand them. The window turns SDL's events into these,
// so what each key does is decided (and tested) without a display.
#pragma once

namespace frontline::app {

enum class Key {
    Digit,  // 1-9 (digit holds which)
    Letter, // a-z (letter holds which, lower case)
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
};

struct KeyPress {
    Key key = Key::Escape;
    int digit = 0;
    char letter = 0;
};

constexpr KeyPress digitKey(int digit) {
    return {Key::Digit, digit, 0};
}
constexpr KeyPress letterKey(char letter) {
    return {Key::Letter, 0, letter};
}
constexpr KeyPress key(Key k) {
    return {k, 0, 0};
}

} // namespace frontline::app
