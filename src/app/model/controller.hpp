// One controller per screen (ImHex's views that own their state): each owns what only its screen
// needs, its keymap, and what its commands do. AppState keeps what screens share — the content,
// the records, the attempt, reload, the look — and which screen is shown.
#pragma once

#include "attempt.hpp"
#include "author_view.hpp"
#include "classroom_view.hpp"
#include "commands.hpp"
#include "core/playtest.hpp"
#include "library_view.hpp"
#include "progress_view.hpp"
#include "screen.hpp"
#include "scroll.hpp"
#include "settings.hpp"
#include "script/source_edit.hpp"

#include <optional>
#include <string>

namespace frontline::app {

class AppState;

class ScreenController {
  public:
    ScreenController(AppState& app, Keymap keymap) : keys(std::move(keymap)), m_app(app) {}
    virtual ~ScreenController() = default;
    ScreenController(const ScreenController&) = delete;
    ScreenController& operator=(const ScreenController&) = delete;

    Keymap keys;
    // Whether a command can be used now: the status bar hints only at those.
    virtual bool available(Command command) const;
    // Returns whether anything changed.
    virtual bool perform(const Action& action, Clock::time_point now) = 0;
    // When this screen next needs drawing with no input; nullopt: not until something happens.
    virtual std::optional<Clock::time_point> nextDeadline(Clock::time_point) const {
        return std::nullopt;
    }

  protected:
    AppState& app() const { return m_app; }

  private:
    AppState& m_app;
};

// The keys that work on every screen: F1 or ? for the help overlay, F2 settings, F11 full
// screen, Ctrl +/-/0 text size, Ctrl+Q quit (asking first when something is unfinished).
class GlobalController : public ScreenController {
  public:
    explicit GlobalController(AppState& app);
    bool perform(const Action& action, Clock::time_point now) override;
    // The help overlay and the quit question keep the keyboard while shown.
    bool keepsKeyboard() const { return m_helpOpen || m_askingToQuit; }
    bool handleKey(const KeyPress& press);
    bool helpOpen() const { return m_helpOpen; }
    ScrollRequest helpScroll;
    // The shown screen's hints and then these, as the status bar shows them.
    std::string hints() const;
    // Every key of the shown screen, then these, for the help overlay.
    std::vector<HelpRow> help() const;
    bool quitting() const { return m_quit; }

  private:
    bool helpKey(const KeyPress& press);
    bool quitKey(const KeyPress& press);
    bool unfinished() const;
    bool m_helpOpen = false;
    bool m_askingToQuit = false;
    bool m_quit = false;
};

// The library: cards, the topic and level filters, the title search.
class LibraryController : public ScreenController {
  public:
    explicit LibraryController(AppState& app);
    enum class Region { List, Search, Topic, Level };
    LibraryView view;
    Region region = Region::List;
    bool focusSearch = false; // the screen gives the search box the keyboard, then clears this
    bool available(Command command) const override;
    bool perform(const Action& action, Clock::time_point now) override;
    void refresh(); // the cards again from the content, keeping the filters

  private:
    void nextTopic(int direction);
    void nextLevel(int direction);
};

// A scenario's briefing: practice or assessment.
class BriefingController : public ScreenController {
  public:
    explicit BriefingController(AppState& app);
    Mode mode = Mode::Practice;
    ScrollRequest scroll;
    bool available(Command command) const override;
    bool perform(const Action& action, Clock::time_point now) override;
};

// Play, with the organisation's handbook beside or over the conversation.
class PlayController : public ScreenController {
  public:
    explicit PlayController(AppState& app);
    // Where Up/Down, PageUp/PageDown and typing go: the choices (and the conversation's
    // scrolling), or the handbook's sections, search box and text.
    enum class Region { Choices, Sections, Search, Text };
    Region region = Region::Choices;
    bool handbookOpen = false;
    std::string handbookQuery;
    std::size_t handbookDocument = 0; // index into the organisation's documents
    bool focusSearch = false;         // the screen gives the handbook's search the keyboard
    ScrollRequest scroll;             // the conversation (or the page, in one column)
    ScrollRequest handbookScroll;     // the handbook's text
    ScrollRequest inspectorScroll;    // a playtest's inspector, beside the conversation
    // Which choices the screen showed whole in the last frame (none: no screen, so all): a
    // number key for one that is not first brings it into view.
    std::optional<std::vector<std::size_t>> shownChoices;

    bool available(Command command) const override;
    bool perform(const Action& action, Clock::time_point now) override;
    std::optional<Clock::time_point> nextDeadline(Clock::time_point now) const override;
    void toggleHandbook();
    void closeHandbook();
    // A new question appeared (a choice, an undo, the start): Enter waits a moment in assessment.
    void questionShown(Clock::time_point now) { m_questionAt = now; }

  private:
    bool choose(std::size_t index, Clock::time_point now);
    bool handbookKey(const Action& action);
    bool shown(std::size_t index) const;
    Clock::time_point m_questionAt{};
};

// The debrief: findings and the path beside the best.
class DebriefController : public ScreenController {
  public:
    explicit DebriefController(AppState& app);
    bool available(Command command) const override;
    bool perform(const Action& action, Clock::time_point now) override;
    void tryOtherAnswer(std::size_t row); // -> Play in practice mode at that step
    void playAgain();
};

enum class SettingRow { TextScale, Theme, DyslexicFont, Timers, Fullscreen };
constexpr int kSettingRows = 5;

class SettingsController : public ScreenController {
  public:
    explicit SettingsController(AppState& app);
    int row = 0;
    ScrollRequest scroll;
    // The settings with one row changed: direction -1 / +1; yes/no rows toggle.
    Settings changed(SettingRow row, int direction) const;
    bool perform(const Action& action, Clock::time_point now) override;
};

// Progress: the learner's results, the class view, exports and deleting records.
class ProgressController : public ScreenController {
  public:
    explicit ProgressController(AppState& app);
    std::optional<ProgressView> view;
    ScrollRequest scroll;
    bool open();  // false, with a notice saying why, when no records are kept
    void close(); // back where it was opened from
    bool available(Command command) const override;
    bool perform(const Action& action, Clock::time_point now) override;
    void exportEvidence();
    void exportAllRecords();
    void exportEveryone(std::string_view format); // the class view: "csv" or "xapi"
    void deleteLearnerRecords(); // asks first: the first call arms, the second deletes

  private:
    Screen m_before = Screen::Library;
};

// The author's map: pan, zoom, walk the nodes, playtest from one.
class AuthorController : public ScreenController {
  public:
    explicit AuthorController(AppState& app);
    std::optional<AuthorView> view;
    bool playtest = false; // the attempt was started from the map
    bool open(const std::string& scenarioId);
    // Starts practice play at the node, replaying a route that reaches it (the fewest breaches,
    // or the fewest choices), with the inspector beside it. False, with the view's note saying
    // why, when none does.
    bool playtestFrom(std::size_t nodeIndex, Route route = Route::Cleanest);
    void leavePlaytest(); // back to the map, the playtest's node outlined
    // A trainer's edit on the map, written into the scenario's file at the declaration (every
    // other byte kept), then reloaded and linted as any save is. False, with the note saying
    // why, when it cannot be: a field that is code gives the line to open in an editor
    // (`openAtLine`).
    bool edit(std::size_t nodeIndex, const script::EditTarget& target, std::string_view value);
    bool addChoice(std::size_t nodeIndex, const script::NewChoice& choice);
    // A new node after the selected one's declaration, with its customer line and one choice
    // (a node needs one); it is selected, so a choice can then be linked to it.
    bool addNode(std::size_t afterIndex, const std::string& id, const std::string& customer,
                 const script::NewChoice& choice);
    int openAtLine = 0;
    // The playtest so far as a transcript test, added to NAME.transcript beside NAME.lua, so
    // `frontline test` replays it. False, with a notice saying why, when it cannot be.
    bool saveTest();
    void setVariable(const std::string& name, std::string_view typed); // the inspector
    bool available(Command command) const override;
    bool perform(const Action& action, Clock::time_point now) override;
};

// The classroom's screens (setup, the projector's play, the class debrief): ClassroomView owns
// their state and keys; this opens it, follows its stage and keeps the projector's own look.
class ClassroomController {
  public:
    explicit ClassroomController(AppState& app) : m_app(app) {}
    ClassroomController(const ClassroomController&) = delete;
    ClassroomController& operator=(const ClassroomController&) = delete;

    std::optional<ClassroomView> view;
    bool open(const std::string& scenarioId);
    void changed(); // after the classroom's model was changed: the screen follows its stage
    // The projector preset's own size and fullscreen, before the global keys (which would change
    // the learner's saved settings). Returns whether the key was taken.
    bool lookKey(const KeyPress& press, bool typing);
    bool handleKey(const KeyPress& press, bool typing, Clock::time_point now);
    bool perform(const Action& action, Clock::time_point now); // a button's command

  private:
    AppState& m_app;
    std::optional<ClassSetup> m_lastSetup; // the next class starts from the last one's
};

} // namespace frontline::app
