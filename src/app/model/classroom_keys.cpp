// The classroom's keys: a keymap per stage (setup, the projector's play, the class debrief), the
// status bar's hints from the same keymaps, and what each command does. Made for a presentation
// clicker: PageDown is "next" and PageUp "back", B and '.' blank the projector, and nothing a
// clicker sends ends the class (Ctrl+E asks first).
#include "classroom_view.hpp"

#include <algorithm>

namespace frontline::app {

namespace {

Keymap classSetupKeys() {
    return {
        {chord(Key::Up), Command::Up, "row", false, "choose a row"},
        {chord(Key::Down), Command::Down, "row", false, "choose a row"},
        {chord(Key::Left), Command::Left, "change", false, "change it"},
        {chord(Key::Right), Command::Right, "change", false, "change it"},
        {chord(Key::Enter), Command::Activate, "", true, "change it, or rename a team"},
        {letter('s'), Command::StartClass, "start"},
        {chord(Key::PageDown), Command::StartClass, "start"},
        {chord(Key::Present), Command::StartClass, ""},
        {chord(Key::Escape), Command::Back, "leave", true, "back to the library"},
    };
}

Keymap classPlayKeys() {
    return {
        {chord(Key::PageDown), Command::Next, "next"},
        {chord(Key::Enter), Command::Next, "", true},
        {chord(Key::PageUp), Command::Previous, "back"},
        {letter('b'), Command::Blank, "blank"},
        {chord(Key::Period), Command::Blank, ""},
        {letter('l'), Command::Lock, ""},
        {anyLetter(), Command::Hand, "a hand"},
        {anyLetter(true), Command::Hand, ""},
        {{Key::Digit, 0, -2, false, false}, Command::Count, ""},
        {chord(Key::Minus), Command::Remove, "one less"},
        {chord(Key::Backspace), Command::Erase, ""},
        {chord(Key::Left), Command::Left, "", false, "whose pick is keyed (secret vote)"},
        {chord(Key::Right), Command::Right, "", false, "whose pick is keyed (secret vote)"},
        {chord(Key::Up), Command::Up, "", false, "scroll"},
        {chord(Key::Down), Command::Down, "", false, "scroll"},
        {letter('e', false, true), Command::EndClass, "end"},
        {chord(Key::Escape), Command::Back, "", true, "leave fullscreen (never ends the class)"},
    };
}

Keymap classDebriefKeys() {
    return {
        {chord(Key::Up), Command::Up, "scroll", false, "scroll"},
        {chord(Key::Down), Command::Down, "scroll", false, "scroll"},
        {chord(Key::PageUp), Command::PageUp, "", false, "scroll a page"},
        {chord(Key::PageDown), Command::PageDown, "", false, "scroll a page"},
        {chord(Key::Home), Command::Home, "", false, "the top or the end"},
        {chord(Key::End), Command::End, "", false, "the top or the end"},
        {letter('m'), Command::SaveMarkdown, "save Markdown"},
        {chord(Key::Enter), Command::SaveMarkdown, "", true},
        {letter('n'), Command::NewSession, "new session"},
        {chord(Key::Escape), Command::Back, "library", true, "back to the library"},
    };
}

} // namespace

void ClassroomView::bindKeys() {
    setupKeys = classSetupKeys();
    playKeys = classPlayKeys();
    debriefKeys = classDebriefKeys();
}

const Keymap& ClassroomView::keymap() const {
    switch (stage) {
    case ClassStage::Setup:
        return setupKeys;
    case ClassStage::Play:
        return playKeys;
    default:
        return debriefKeys;
    }
}

// What "next" does now, and the other keys' words where they change with the moment.
std::string ClassroomView::hintOf(const Binding& b) const {
    if (stage != ClassStage::Play || !session) return b.hint;
    const ClassSession& s = *session;
    if (b.command == Command::Next) {
        if (s.error()) return "end the session";
        if (moreBelow) return "\xE2\x96\xBC more";
        switch (s.phase()) {
        case Phase::Voting:
            return "lock";
        case Phase::Locked:
            return "reveal";
        case Phase::Revealed:
            return s.resolution().option ? "take" : "";
        default:
            return "next";
        }
    }
    if (b.command == Command::Previous && s.phase() == Phase::Locked) return "reopen";
    if (b.command == Command::Hand && !b.hint.empty()) {
        if (s.phase() == Phase::Revealed) return "the trainer's pick (Shift+B for B)";
        return setup.mode == ClassMode::ClassVote ? "a hand (Shift+B for B)"
                                                  : "the team's pick (Shift+B for B)";
    }
    if (b.command == Command::Up && s.phase() == Phase::Taken) return "scroll";
    return b.hint;
}

bool ClassroomView::available(Command command) const {
    if (stage != ClassStage::Play || !session) return true;
    const ClassSession& s = *session;
    if (s.error()) return command == Command::Next;
    const bool keying = setup.mode == ClassMode::ClassVote && s.phase() == Phase::Voting;
    switch (command) {
    case Command::Hand:
        return lettersChoose();
    case Command::Count:
    case Command::Remove:
    case Command::Erase:
        return keying;
    case Command::Lock:
        return s.phase() == Phase::Voting;
    case Command::Left:
    case Command::Right:
        return setup.mode == ClassMode::SecretVote && s.phase() == Phase::Voting;
    case Command::Previous:
        return s.phase() != Phase::Voting || moreAbove;
    case Command::EndClass:
        return s.phase() == Phase::Taken;
    default:
        return true;
    }
}

std::string ClassroomView::hints() const {
    return hintLine(keymap().hints([&](Command c) { return available(c); },
                                   [&](const Binding& b) { return hintOf(b); }));
}

bool ClassroomView::handleKey(const KeyPress& press, ClassClock::time_point now, bool typing) {
    if (typing && press.key != Key::Enter && press.key != Key::Escape) return false;
    if (stage == ClassStage::Play && session) {
        if (blanked) { // any key brings the picture back, and does nothing else
            blanked = false;
            return true;
        }
        if (confirmEnd) { // asked by Ctrl+E: Y ends, any other key goes on, and the question goes
            confirmEnd = false;
            notice.clear();
            if (press.key == Key::Letter && press.letter == 'y' && !press.ctrl) finish();
            return true;
        }
    }
    if (stage == ClassStage::Setup && renaming) { // only Enter and Escape reach here
        renaming.reset();
        return true;
    }
    const auto action = keymap().find(press, typing);
    return action && perform(*action, now);
}

bool ClassroomView::perform(const Action& action, ClassClock::time_point now) {
    switch (stage) {
    case ClassStage::Setup:
        return setupAction(action, now);
    case ClassStage::Play: {
        if (!session) return false;
        const Phase phase = session->phase();
        const std::size_t decisions = session->decisions().size();
        const bool changed = playAction(action, now);
        if (stage == ClassStage::Play &&
            (session->phase() != phase || session->decisions().size() != decisions))
            toTop();
        // The phones see a lock (or a reopened vote) at once, not a frame later.
        if (stage == ClassStage::Play && session) m_phones.sync(*session);
        return changed;
    }
    case ClassStage::Debrief:
        return debriefAction(action);
    case ClassStage::Left:
        return false;
    }
    return false;
}

bool ClassroomView::setupAction(const Action& action, ClassClock::time_point now) {
    const auto all = rows();
    row = std::min(row, all.size() - 1);
    const SetupRow& here = all[row];
    switch (action.command) {
    case Command::Up:
    case Command::Down:
        row = static_cast<std::size_t>(
            std::clamp(static_cast<int>(row) + (action.command == Command::Up ? -1 : 1), 0,
                       static_cast<int>(all.size()) - 1));
        return true;
    case Command::Left:
    case Command::Right:
        change(here, action.command == Command::Left ? -1 : 1);
        return true;
    case Command::Activate:
        if (here.field == SetupField::Team) {
            renaming = here.team;
            return true;
        }
        if (here.field == SetupField::Start) return start(now), true;
        change(here, 1);
        return true;
    case Command::StartClass:
        start(now);
        return true;
    case Command::Back:
        stage = ClassStage::Left;
        return true;
    default:
        return false;
    }
}

void ClassroomView::toTop() {
    scrollLines = 0;
    debriefScroll.clear();
    scrollTop = true;
}

// A letter while a decision is keyed: a hand (or a team's pick) for that option, the trainer's
// pick at a tie, or a hand taken away after Minus.
bool ClassroomView::handFor(char letter) {
    ClassSession& c = *session;
    const auto option = static_cast<std::size_t>(letter - 'a');
    const Decision* d = c.current();
    if (d == nullptr || option >= d->options.size()) {
        if (!lettersChoose()) return false;
        notice = "There is no option " + std::string(1, static_cast<char>(letter - 32)) + ".";
        return true;
    }
    if (c.phase() == Phase::Revealed)
        c.take(option);
    else if (setup.mode != ClassMode::ClassVote)
        c.pick(option);
    else if (removing)
        c.addVote(option, -1);
    else if (!typed.empty())
        c.setVotes(option, std::stoi(typed));
    else
        c.addVote(option, 1);
    typed.clear();
    removing = false;
    notice = c.note();
    return true;
}

bool ClassroomView::nextKey(ClassClock::time_point now) {
    // A clicker's double press: a second "next" so soon after one that acted is ignored, so it
    // can neither skip a consequence card nor lock a decision that has just opened.
    if (m_lastNext && now < *m_lastNext + kNextDebounce) return false;
    if (moreBelow) {
        scrollLines += 10;
        m_lastNext = now;
        return true;
    }
    ClassSession& c = *session;
    if (!typed.empty() && c.phase() == Phase::Voting) {
        notice = "Press a letter for the typed count first (" + typed + "), or Backspace.";
        return true;
    }
    removing = false;
    // Refused or not, the session has seen this press: a warning it gives ("Yellow has not
    // picked: Page Down again locks anyway") must not be answered by the same double press.
    m_lastNext = now;
    c.advance(now); // with a failed scenario, this ends the session
    notice = c.note();
    if (c.phase() == Phase::Ended) finish();
    return true;
}

bool ClassroomView::playAction(const Action& action, ClassClock::time_point now) {
    ClassSession& c = *session;
    const bool keying = setup.mode == ClassMode::ClassVote && c.phase() == Phase::Voting;
    switch (action.command) {
    case Command::Blank: // in every state: a clicker's blank button sends B or '.'
        blanked = true;
        return true;
    case Command::EndClass:
        // Ending is its own command and asks first: no clicker button or stray key ends a class.
        confirmEnd = true;
        notice = "End the class now? Press Y to end, any other key to go on.";
        return true;
    case Command::Lock: {
        const Decision* d = c.current();
        const bool isOption = d != nullptr && d->options.size() > 'l' - 'a';
        if (isOption || c.phase() != Phase::Voting) return handFor('l');
        typed.clear();
        removing = false;
        c.lock(); // the explicit lock: also with no votes while time is left
        notice = c.note();
        return true;
    }
    case Command::Hand:
        return handFor(static_cast<char>(action.arg));
    case Command::Count:
        if (!keying) return false;
        if (typed.size() >= 3) {
            notice = "A count has at most 3 digits: press its letter, or Backspace.";
            return true;
        }
        removing = false;
        typed += static_cast<char>('0' + action.arg);
        return true;
    case Command::Remove:
        if (!keying) return false;
        typed.clear();
        removing = true;
        notice = "Press the letter of the option to take a hand away from.";
        return true;
    case Command::Up:
    case Command::Down:
        scrollLines += action.command == Command::Up ? -3 : 3;
        return true;
    case Command::Erase:
        if (removing) {
            removing = false;
            notice.clear();
            return true;
        }
        if (typed.empty()) return false;
        typed.pop_back();
        return true;
    case Command::Left:
    case Command::Right: {
        if (setup.mode != ClassMode::SecretVote || c.phase() != Phase::Voting) return false;
        const std::size_t n = setup.teams.size();
        const auto team = c.teamToPick();
        const bool left = action.command == Command::Left;
        c.selectTeam(team ? (*team + n + (left ? n - 1 : 1)) % n : (left ? n - 1 : 0));
        notice = c.note();
        return true;
    }
    case Command::Next:
        return nextKey(now);
    case Command::Previous:
        if (moreAbove) {
            scrollLines -= 10;
            return true;
        }
        typed.clear();
        removing = false;
        c.back();
        notice = c.note();
        return true;
    case Command::Back:
        // Escape leaves fullscreen and nothing more: a class ends only by Ctrl+E and Y.
        if (look.projector && look.fullscreen) {
            look.fullscreen = false;
            return true;
        }
        notice = "Escape does not end the class: Ctrl+E ends it.";
        return true;
    default:
        return false;
    }
}

bool ClassroomView::debriefAction(const Action& action) {
    if (scrollFor(action, debriefScroll, true)) return true;
    switch (action.command) {
    case Command::SaveMarkdown:
        saveMarkdown(exportFolder);
        return true;
    case Command::NewSession: // another session, same setup
        stage = ClassStage::Setup;
        session.reset();
        debrief.reset();
        notice.clear(); // "Saved ..." was about the last session
        toTop();
        return true;
    case Command::Back:
        stage = ClassStage::Left;
        return true;
    default:
        return false;
    }
}

} // namespace frontline::app
