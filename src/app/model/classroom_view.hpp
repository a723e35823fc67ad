// The classroom screens' model: the setup being edited, the class session running on the
// projector, the hand count being typed, the blanked screen, the class debrief — and what every
// key does on those screens. The rules themselves are core's ClassSession.
#pragma once

#include "class_phones.hpp"
#include "commands.hpp"
#include "core/classroom.hpp"
#include "keys.hpp"
#include "scroll.hpp"
#include "script/library.hpp"
#include "store/records.hpp"
#include "theme.hpp"

#include <chrono>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace frontline::app {

// How the classroom looks while it runs: the projector preset, unless the trainer turns it off
// (then the learner's own settings apply). Kept apart from the saved settings: a class on a
// projector must not change how the program looks for the next learner at this computer.
struct ClassLook {
    bool projector = true;
    float textScale = 2.5f;
    ThemeName theme = ThemeName::HighContrast;
    bool fullscreen = true;
};

enum class SetupField {
    Scenario,
    Mode,
    Teams,
    Team,
    ClassSize,
    Discussion,
    Counts,
    Rules,
    Phones,
    Projector,
    Start
};

struct SetupRow {
    SetupField field = SetupField::Start;
    std::size_t team = 0; // for SetupField::Team
};

enum class ClassStage { Setup, Play, Debrief, Left };

// Discussion times the setup steps through (0: no timer).
const std::vector<int>& discussionSteps();

// A clicker's "next" pressed again within this is a double press: the second one is ignored.
constexpr auto kNextDebounce = std::chrono::milliseconds(600);

class ClassroomView {
  public:
    // `content` may hold scenarios by their header alone: the chosen one is read in full when
    // the session starts.
    ClassroomView(script::Library& content, const std::string& scenarioId);

    ClassStage stage = ClassStage::Setup;
    ClassSetup setup;
    ClassLook look;
    bool phones = false;          // the room may vote from phones: the window runs the join server
    int port = 8080;              // where the join server listens
    std::string bind = "0.0.0.0"; // every network of this computer (tests: 127.0.0.1)
    // Set by the window: called from a server thread when a phone joins or votes, to wake the
    // idle loop; and told each join address once the server listens, to print it.
    std::function<void()> wake;
    std::function<void(const std::string&)> announce;
    // The join panel for the projector while phones may vote; nullopt with phones off.
    const JoinInfo* joinInfo() const;
    const ClassPhones& phoneLink() const { return m_phones; }
    const script::LoadedFile* file() const { return m_file; }
    const script::Library& content() const { return *m_content; }

    // Setup.
    std::vector<SetupRow> rows() const; // team rows only in the team modes
    std::size_t row = 0;
    std::optional<std::size_t> renaming; // the team whose name is being typed
    void change(const SetupRow& row, int direction);
    bool start(ClassClock::time_point now);

    // Play.
    std::optional<ClassSession> session;
    std::string typed;       // digits of a hand count, waiting for its option's letter
    bool removing = false;   // Minus pressed: the next letter takes a hand away from its option
    bool blanked = false;    // B or '.': the projector shows black
    bool confirmEnd = false; // Ctrl+E asked "End the class now?": Y ends, any other key goes on
    // Set by the screen each frame: content is hidden below or above, so PageDown (PageUp)
    // scrolls a page before it advances (goes back), as a slide build does.
    bool moreBelow = false, moreAbove = false;
    // "Decision 3 of about 8 · 12 min", for the pacing line.
    std::string paceLine(ClassClock::time_point now) const;

    // Debrief.
    std::optional<ClassDebrief> debrief;
    int scrollLines = 0; // asked by the keyboard in play; the screen consumes it
    ScrollRequest debriefScroll; // lines, pages, top and end of the debrief
    // The screen scrolls to the top and clears this: set when a decision, a card or the debrief
    // opens (a new phase), so nothing opens part-way down where the last one was left.
    bool scrollTop = false;
    std::string exportFolder; // where M (or Enter) saves the debrief as Markdown
    // Saved on reaching the debrief (when exportFolder is set) and again with M; the file is
    // named by the date and time the session ended, so two sessions never share one.
    std::optional<std::string> saveMarkdown(const std::string& folder);

    // Where the session is kept when it ends, with its votes and teams (null: nowhere).
    store::Records* records = nullptr;

    // A line for the status bar.
    std::string notice;

    // The keys of each stage (classroom_keys.cpp), the status bar's hints from them, and what
    // their commands do. Returns whether anything changed. `typing`: a team name has the keyboard.
    Keymap setupKeys, playKeys, debriefKeys;
    const Keymap& keymap() const; // the shown stage's
    std::string hints() const;
    bool available(Command command) const;
    bool handleKey(const KeyPress& press, ClassClock::time_point now, bool typing = false);
    bool perform(const Action& action, ClassClock::time_point now);
    bool update(ClassClock::time_point now); // the timer running out
    std::optional<ClassClock::time_point> nextDeadline(ClassClock::time_point now) const;

    // Letters on screen for the current decision: a vote (or a pick) when one is being keyed,
    // the trainer's choice when a tie or no votes await it.
    bool lettersChoose() const;

  private:
    void bindKeys(); // the keymaps, in classroom_keys.cpp
    std::string hintOf(const Binding& binding) const;
    bool setupAction(const Action& action, ClassClock::time_point now);
    bool playAction(const Action& action, ClassClock::time_point now);
    bool debriefAction(const Action& action);
    bool nextKey(ClassClock::time_point now);
    bool handFor(char letter);
    void toTop();
    void finish();
    void useScenario(const script::LoadedFile* file);

    std::string m_date, m_stamp; // when the session ended: the debrief's date, its file's stamp
    std::string m_started;       // when it began, for the records
    std::optional<ClassClock::time_point> m_lastNext; // the last "next" acted on
    script::Library* m_content;
    const script::LoadedFile* m_file = nullptr;
    std::vector<const script::LoadedFile*> m_scenarios; // usable, in library order
    ClassPhones m_phones;
    void openPhones();
};

} // namespace frontline::app
