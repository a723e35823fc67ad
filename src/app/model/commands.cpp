#include "commands.hpp"

#include <algorithm>
#include <array>
#include <cctype>

namespace frontline::app {

namespace {

// Keys a text field uses for itself: while one has the keyboard they type (or Enter confirms
// the field), not command, unless the binding says otherwise.
bool printing(const Chord& keys) {
    switch (keys.key) {
    case Key::Enter:
    case Key::Digit:
    case Key::Backspace:
    case Key::Left:
    case Key::Right:
    case Key::Home:
    case Key::End:
    case Key::Plus:
    case Key::Minus:
    case Key::Period:
    case Key::Question:
        return true;
    case Key::Letter:
        return !keys.ctrl;
    default:
        return false;
    }
}

bool matches(const Chord& keys, const KeyPress& press) {
    if (keys.key != press.key) return false;
    switch (keys.key) {
    case Key::Letter:
        return (keys.letter == 0 || keys.letter == press.letter) && keys.shift == press.shift &&
               keys.ctrl == press.ctrl;
    case Key::Digit:
        if (keys.digit == -2) return press.digit >= 0 && press.digit <= 9;
        return keys.digit < 0 ? press.digit >= 1 && press.digit <= 9 : keys.digit == press.digit;
    case Key::Tab:
    case Key::Enter:
        return keys.shift == press.shift;
    case Key::PageUp:
    case Key::PageDown: // Shift+PageDown is PageDown wherever no binding asks for the Shift
        return !keys.shift || press.shift;
    default:
        return true;
    }
}

std::string_view keyName(Key key) {
    switch (key) {
    case Key::Up:
        return "Up";
    case Key::Down:
        return "Down";
    case Key::Left:
        return "Left";
    case Key::Right:
        return "Right";
    case Key::Enter:
        return "Enter";
    case Key::Escape:
        return "Esc";
    case Key::Backspace:
        return "Backspace";
    case Key::Settings:
        return "F2";
    case Key::Fullscreen:
        return "F11";
    case Key::ZoomIn:
        return "Ctrl++";
    case Key::ZoomOut:
        return "Ctrl+-";
    case Key::ZoomReset:
        return "Ctrl+0";
    case Key::PageUp:
        return "PgUp";
    case Key::PageDown:
        return "PgDn";
    case Key::Home:
        return "Home";
    case Key::End:
        return "End";
    case Key::Period:
        return ".";
    case Key::Plus:
        return "+";
    case Key::Minus:
        return "-";
    case Key::Present:
        return "F5";
    case Key::Tab:
        return "Tab";
    case Key::Help:
        return "F1";
    case Key::Question:
        return "?";
    case Key::Digit:
    case Key::Letter:
        break;
    }
    return "";
}

struct Described {
    Command command;
    std::string_view words;
};

// Every command's words for the help overlay, in the enum's order.
constexpr std::array kDescriptions{
    Described{Command::Help, "show or hide this list of keys"},
    Described{Command::Quit, "quit (an unfinished attempt is kept)"},
    Described{Command::Settings, "settings: text size, theme, font"},
    Described{Command::Fullscreen, "full screen on or off"},
    Described{Command::ZoomIn, "larger text"},
    Described{Command::ZoomOut, "smaller text"},
    Described{Command::ZoomReset, "text back to size 1"},
    Described{Command::Up, "move up"},
    Described{Command::Down, "move down"},
    Described{Command::Left, "move left"},
    Described{Command::Right, "move right"},
    Described{Command::PageUp, "scroll up a page"},
    Described{Command::PageDown, "scroll down a page"},
    Described{Command::Home, "go to the top"},
    Described{Command::End, "go to the end"},
    Described{Command::NextRegion, "next part of the screen"},
    Described{Command::PreviousRegion, "previous part of the screen"},
    Described{Command::Activate, "take the selected item"},
    Described{Command::Back, "go back"},
    Described{Command::Search, "search"},
    Described{Command::Topic, "next topic filter"},
    Described{Command::Level, "next level filter"},
    Described{Command::Resume, "resume the unfinished attempt"},
    Described{Command::Classroom, "run it as a class on the projector"},
    Described{Command::Author, "open it on the author's map"},
    Described{Command::Progress, "your progress and records"},
    Described{Command::Practice, "practice: feedback after each choice, undo allowed"},
    Described{Command::Assessment, "assessment: no feedback or undo until the debrief"},
    Described{Command::Choose, "take that choice"},
    Described{Command::Undo, "undo the last choice (practice)"},
    Described{Command::Handbook, "open or close the policy handbook"},
    Described{Command::SeeDebrief, "see the debrief"},
    Described{Command::TryAnother, "try another answer at the selected step"},
    Described{Command::PlayAgain, "play the scenario again"},
    Described{Command::Library, "back to the library"},
    Described{Command::Findings, "the findings"},
    Described{Command::Path, "your path beside the best"},
    Described{Command::ClassTab, "switch between your results and the class"},
    Described{Command::ExportEvidence, "save an evidence record"},
    Described{Command::ExportAll, "save everything held about you"},
    Described{Command::DeleteRecords, "delete your records (asks first)"},
    Described{Command::NextNode, "select the next node"},
    Described{Command::PreviousNode, "select the previous node"},
    Described{Command::NextProblem, "select the next problem (and its node)"},
    Described{Command::PreviousProblem, "select the previous problem"},
    Described{Command::Fit, "fit the whole map"},
    Described{Command::MapZoomIn, "zoom the map in"},
    Described{Command::MapZoomOut, "zoom the map out"},
    Described{Command::Playtest, "playtest from the selected node"},
    Described{Command::PlaytestShortest, "playtest from it by the route with the fewest choices"},
    Described{Command::EditNode, "edit the selected node's words, choices and links"},
    Described{Command::SaveTest, "save this playtest as a transcript test beside the scenario"},
    Described{Command::InspectorPageUp, "scroll the playtest's inspector up a page"},
    Described{Command::InspectorPageDown, "scroll the playtest's inspector down a page"},
    Described{Command::StartClass, "start the class"},
    Described{Command::Next, "next: lock the vote, reveal it, take the choice, the next decision"},
    Described{Command::Previous, "back a step"},
    Described{Command::Lock, "lock the vote now, even with no votes"},
    Described{Command::Hand, "a hand (or a team's pick) for that option"},
    Described{Command::Count, "type a hand count, then the option's letter"},
    Described{Command::Remove, "take a hand away: then the option's letter"},
    Described{Command::Erase, "undo a typed digit or a Minus"},
    Described{Command::Blank, "blank the projector (any key brings it back)"},
    Described{Command::EndClass, "end the class (asks first)"},
    Described{Command::SaveMarkdown, "save the class debrief as Markdown"},
    Described{Command::NewSession, "another session with the same setup"},
};
constexpr bool inEnumOrder() {
    for (std::size_t i = 0; i < kDescriptions.size(); ++i)
        if (static_cast<std::size_t>(kDescriptions[i].command) != i) return false;
    return kDescriptions.size() == static_cast<std::size_t>(Command::NewSession) + 1;
}
static_assert(inEnumOrder(), "one description per command, in the enum's order");

} // namespace

Keymap::Keymap(std::initializer_list<Binding> bindings) : m_bindings(bindings) {}

std::optional<Action> Keymap::find(const KeyPress& press, bool typing) const {
    for (const Binding& b : m_bindings) {
        if (!matches(b.keys, press)) continue;
        if (typing && printing(b.keys) && !b.whileTyping) return std::nullopt;
        const int arg = press.key == Key::Digit    ? press.digit
                        : press.key == Key::Letter ? press.letter
                                                   : 0;
        return Action{b.command, arg};
    }
    return std::nullopt;
}

std::vector<Hint> Keymap::hints(const std::function<bool(Command)>& available) const {
    return hints(available, [](const Binding& b) { return b.hint; });
}

std::vector<Hint> Keymap::hints(const std::function<bool(Command)>& available,
                                const std::function<std::string(const Binding&)>& hintOf) const {
    std::vector<Hint> out;
    for (const Binding& b : m_bindings) {
        if (available && !available(b.command)) continue;
        const std::string hint = hintOf(b);
        if (hint.empty()) continue;
        if (!out.empty() && out.back().text == hint) {
            out.back().keys += "/" + keyLabel(b.keys);
            continue;
        }
        out.push_back({keyLabel(b.keys), hint});
    }
    return out;
}

std::string Keymap::keysFor(Command command) const {
    std::string out;
    for (const Binding& b : m_bindings)
        if (b.command == command) out += (out.empty() ? "" : " or ") + keyLabel(b.keys);
    return out;
}

void Keymap::rebind(Command command, Chord keys) {
    std::string hint;
    bool whileTyping = false;
    std::size_t at = m_bindings.size();
    for (std::size_t i = m_bindings.size(); i-- > 0;) {
        if (m_bindings[i].command != command) continue;
        if (hint.empty()) hint = m_bindings[i].hint;
        whileTyping = whileTyping || m_bindings[i].whileTyping;
        at = i;
        m_bindings.erase(m_bindings.begin() + static_cast<std::ptrdiff_t>(i));
    }
    m_bindings.insert(m_bindings.begin() + static_cast<std::ptrdiff_t>(at),
                      Binding{keys, command, hint, whileTyping});
}

std::vector<HelpRow> helpRows(const Keymap& keymap) {
    std::vector<HelpRow> rows;
    std::vector<Command> listed;
    for (const Binding& b : keymap.bindings()) {
        if (std::find(listed.begin(), listed.end(), b.command) != listed.end()) continue;
        listed.push_back(b.command);
        HelpRow row{keymap.keysFor(b.command),
                    b.help.empty() ? std::string(describe(b.command)) : b.help};
        if (!rows.empty() && rows.back().words == row.words)
            rows.back().keys += "/" + row.keys;
        else
            rows.push_back(std::move(row));
    }
    return rows;
}

std::string keyLabel(const Chord& keys) {
    std::string out = keys.ctrl ? "Ctrl+" : "";
    if (keys.shift) out += "Shift+";
    if (keys.key == Key::Letter)
        return out + (keys.letter == 0
                          ? std::string("A-Z")
                          : std::string(1, static_cast<char>(keys.letter - 'a' + 'A')));
    if (keys.key == Key::Digit)
        return out + (keys.digit == -2 ? std::string("0-9")
                      : keys.digit < 0 ? std::string("1-9")
                                       : std::to_string(keys.digit));
    return out + std::string(keyName(keys.key));
}

namespace {

// A key whose label is `lower` (lower case), as keyName gives it ("ctrl++" is Ctrl and +).
std::optional<Key> keyLabelled(const std::string& lower) {
    for (int k = 0; k <= static_cast<int>(Key::Question); ++k) {
        std::string label(keyName(static_cast<Key>(k)));
        for (char& c : label)
            c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        if (!label.empty() && label == lower) return static_cast<Key>(k);
    }
    if (lower == "escape") return Key::Escape;
    return std::nullopt;
}

} // namespace

std::optional<KeyPress> keyNamed(std::string_view name) {
    std::string lower;
    for (const char c : name)
        lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    KeyPress press;
    if (const auto whole = keyLabelled(lower)) { // Ctrl+0 and friends are keys of their own
        press.key = *whole;
        return press;
    }
    const auto strip = [&](std::string_view prefix) {
        if (lower.rfind(prefix, 0) != 0 || lower.size() == prefix.size()) return false;
        lower.erase(0, prefix.size());
        return true;
    };
    while (strip("ctrl+") ? (press.ctrl = true) : strip("shift+") ? (press.shift = true) : false) {
    }
    if (lower.size() == 1 && lower[0] >= 'a' && lower[0] <= 'z') {
        press.key = Key::Letter;
        press.letter = lower[0];
        return press;
    }
    if (lower.size() == 1 && lower[0] >= '0' && lower[0] <= '9') {
        press.key = Key::Digit;
        press.digit = lower[0] - '0';
        return press;
    }
    const auto key = keyLabelled(lower);
    if (!key) return std::nullopt;
    press.key = *key;
    return press;
}

std::string_view describe(Command command) {
    return kDescriptions[static_cast<std::size_t>(command)].words;
}

std::string hintLine(const std::vector<Hint>& hints) {
    std::string out;
    for (const Hint& h : hints)
        out += (out.empty() ? "" : " · ") + h.keys + " " + h.text;
    return out;
}

} // namespace frontline::app
