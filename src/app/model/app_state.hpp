// The window's state and every decision it makes, as plain code: which screen is shown, what a
// key press or a click does there, and when the next frame is due. The ImGui screens only draw
// this state and call these functions.
#pragma once

#include "attempt.hpp"
#include "author_view.hpp"
#include "best_grades.hpp"
#include "classroom_view.hpp"
#include "controller.hpp"
#include "core/screen_names.hpp"
#include "debrief_view.hpp"
#include "file_watch.hpp"
#include "keys.hpp"
#include "progress_view.hpp"
#include "script/library.hpp"
#include "settings.hpp"

#include <functional>
#include <optional>
#include <string>

namespace frontline::app {

class AppState {
  public:
    AppState(script::Library library, Settings settings, BestGrades best = {});
    // The screens' controllers hold a reference to this: it never moves.
    AppState(const AppState&) = delete;
    AppState& operator=(const AppState&) = delete;

    Screen screen() const { return m_screen; }
    const script::Library& content() const { return m_content; }
    // The library, whose entries a screen may read in full (the window's library holds a
    // scenario by its header until it is opened).
    script::Library& contentToComplete() { return m_content; }
    LibraryView& library() { return m_libraryScreen.view; }
    const LibraryView& library() const { return m_libraryScreen.view; }
    const Settings& settings() const { return m_settings; }
    const BestGrades& best() const { return m_best; }
    // What the window looks like now: the settings, or the classroom's projector look over them.
    Settings look() const;

    // The screens' controllers: each owns its screen's state and keymap.
    LibraryController& libraryScreen() { return m_libraryScreen; }
    BriefingController& briefing() { return m_briefing; }
    const BriefingController& briefing() const { return m_briefing; }
    PlayController& play() { return m_play; }
    const PlayController& play() const { return m_play; }
    DebriefController& debrief() { return m_debriefScreen; }
    SettingsController& settingsScreen() { return m_settingsScreen; }
    const SettingsController& settingsScreen() const { return m_settingsScreen; }
    ProgressController& progressScreen() { return m_progressScreen; }
    AuthorController& authorScreen() { return m_authorScreen; }
    // The shown screen's controller (null on the classroom's screens, which ClassroomView runs).
    ScreenController* controller();
    const ScreenController* controller() const;

    // A line for the status bar: what went wrong, or what just happened. A notice lasts until
    // the next key that does something, so an old one never lingers over the hints.
    const std::string& notice() const { return m_notice; }
    // Whether the notice reports something done as asked (a reload, a learner set) rather than a
    // problem: a failed reload must not look like the success it replaced.
    bool noticeDone() const { return !m_notice.empty() && m_notice == m_doneNotice; }
    void setNotice(std::string text) { m_notice = std::move(text); }
    // The shown screen's key hints, from its keymap: what the status bar says without a notice.
    std::string hints() const { return m_global.hints(); }
    // The keys every screen shares, the help overlay (F1 or ?) and quitting.
    GlobalController& global() { return m_global; }
    const GlobalController& global() const { return m_global; }

    // Called after any settings change, to apply it (fonts, theme, fullscreen) and save it.
    std::function<void(const Settings&)> onSettingsChanged;
    // Called when look() changes without the settings changing (entering or leaving the
    // classroom, its projector preset): apply it, save nothing.
    std::function<void(const Settings&)> onLookChanged;
    // Called when an attempt ends with a new best grade for its scenario.
    std::function<void(const BestGrades&)> onBestGrade;

    // Learner records (null: none are kept, as for a screenshot). Whose records they are: the
    // saved learner name, else the system user name.
    void useRecords(store::Records* records);
    store::Records* records() const { return m_records; }
    std::string learner() const;
    void setLearner(std::string_view typed); // saved with the settings
    // An attempt an earlier run left unfinished: offered on the library until resumed (rebuilt
    // from its seed and choice ids) or set aside.
    const std::optional<AttemptRecord>& resumeOffer() const { return m_resumeOffer; }
    bool resumeStored();
    void setAsideStored();
    void forgetResumeOffer() { m_resumeOffer.reset(); }
    void forgetSuspendedRecord(); // its records were deleted

    // Progress: the learner's results, the class view, exports and deleting their records.
    bool openProgress() { return m_progressScreen.open(); }
    ProgressView* progress() { return m_progressScreen.view ? &*m_progressScreen.view : nullptr; }
    const ProgressView* progress() const {
        return m_progressScreen.view ? &*m_progressScreen.view : nullptr;
    }
    std::string exportFolder; // where evidence records and exports are written

    // Library -> Briefing.
    bool openBriefing(const std::string& scenarioId);
    const script::LoadedFile* scenarioFile() const { return m_file; }
    const Organisation* organisation() const;

    // Briefing -> Play. `record`: keep the attempt in the learner records (not for a playtest).
    bool start(Mode mode, const std::vector<std::string>& replay = {}, bool record = true,
               Clock::time_point now = Clock::now());
    bool canResume() const;
    void resume();

    // Play.
    Attempt* attempt() { return m_attempt ? &*m_attempt : nullptr; }
    const Attempt* attempt() const { return m_attempt ? &*m_attempt : nullptr; }
    void choose(std::size_t index);
    void undo();
    void finish(); // -> Debrief, once the attempt has reached an ending
    void backToLibrary();
    void go(Screen screen); // plain navigation, for the controllers

    // Debrief.
    DebriefView* debriefView() { return m_debrief ? &*m_debrief : nullptr; }
    const DebriefView* debriefView() const { return m_debrief ? &*m_debrief : nullptr; }

    // Author: the open scenario's map, problems and explorer summary; playtest from any node.
    bool openAuthor(const std::string& scenarioId) { return m_authorScreen.open(scenarioId); }
    AuthorView* author() { return m_authorScreen.view ? &*m_authorScreen.view : nullptr; }
    const AuthorView* author() const {
        return m_authorScreen.view ? &*m_authorScreen.view : nullptr;
    }
    bool playtestFrom(std::size_t nodeIndex, Route route = Route::Cleanest) {
        return m_authorScreen.playtestFrom(nodeIndex, route);
    }
    bool playtesting() const { return m_authorScreen.playtest && m_screen == Screen::Play; }
    void leavePlaytest() { m_authorScreen.leavePlaytest(); }
    bool savePlaytestAsTest() { return m_authorScreen.saveTest(); }
    void setVariable(const std::string& name, std::string_view typed) {
        m_authorScreen.setVariable(name, typed);
    }
    // Makes `file` the open scenario, watched for changes, and shows `screen`.
    bool openFile(const script::LoadedFile* file, Screen screen);

    // Hot reload: the open scenario's file and the rubric, organisation and curriculum files are
    // watched; on a change the library is read again through `loadContent`, and the attempt
    // rebuilt from its choices. A change that breaks the scenario keeps the last good version.
    std::function<script::Library()> loadContent;
    void reload();
    const std::vector<std::string>& reloadErrors() const { return m_reloadErrors; }

    // Settings.
    void openSettings();
    void closeSettings();
    void changeSetting(SettingRow row, int direction) {
        setSettings(m_settingsScreen.changed(row, direction));
    }
    void setSettings(const Settings& settings);

    // Classroom: setup -> play on the projector -> class debrief.
    bool openClassroom(const std::string& scenarioId) { return m_classScreen.open(scenarioId); }
    ClassroomView* classroom() { return m_classScreen.view ? &*m_classScreen.view : nullptr; }
    const ClassroomView* classroom() const {
        return m_classScreen.view ? &*m_classScreen.view : nullptr;
    }
    std::string classExportFolder; // where class debriefs are saved as Markdown
    // Phones in the classroom: the window turns them on; the tests leave them off, or listen on
    // 127.0.0.1 with any free port. See ClassroomView::wake and ::announce.
    struct ClassPhoneOptions {
        bool on = false;
        int port = 8080;
        std::string bind = "0.0.0.0";
        std::function<void()> wake;
        std::function<void(const std::string&)> announce;
    } classPhones;
    void classroomChanged() { m_classScreen.changed(); } // after its model changed directly
    void lookMayHaveChanged(); // tells onLookChanged when look() is not what it was
    bool blanked() const;      // the projector shows black
    bool hidesIdleCursor() const { return isClassroom(m_screen); }

    // Everything the keyboard can do: the global keymap, then the shown screen's. `typing` is
    // true while a text field has the focus: then printing keys are the field's. Returns
    // whether anything changed.
    bool handleKey(const KeyPress& press, bool typing = false,
                   Clock::time_point now = Clock::now());
    // A command by name, as a button performs it.
    bool perform(const Action& action, Clock::time_point now = Clock::now());
    bool perform(Command command) { return perform(Action{command, 0}); }
    // Ctrl+Q: true once the learner has asked to quit (and confirmed, with an attempt open).
    bool quitRequested() const { return m_global.quitting(); }

    // When the screen next needs drawing with no input: a running timer (each whole second) or
    // the mood animation (at once). nullopt: not until something happens.
    std::optional<Clock::time_point> nextDeadline(Clock::time_point now) const;
    // Work that time alone causes (a class vote's timer running out). Returns whether anything
    // changed.
    bool update(Clock::time_point now);

  private:
    void keepRecordOf(Attempt& attempt);
    void recordFinish();
    void recordsNotice();
    void watchOpenScenario();
    bool watching() const;
    void changed();

    script::Library m_content;
    Settings m_settings;
    BestGrades m_best;
    Screen m_screen = Screen::Library;
    Screen m_beforeSettings = Screen::Library;
    const script::LoadedFile* m_file = nullptr;
    std::optional<Attempt> m_attempt;
    std::optional<Attempt> m_suspended; // left before its ending; offered again on the briefing
    std::optional<DebriefView> m_debrief;
    FileWatch m_watch;
    Clock::time_point m_nextLook{};
    std::vector<std::string> m_reloadErrors;
    Settings m_lastLook;
    std::string m_notice;
    std::string m_doneNotice; // the last notice of success, see noticeDone()
    store::Records* m_records = nullptr;
    std::optional<AttemptRecord> m_resumeOffer;
    std::string m_saidRecordsProblem;

    GlobalController m_global{*this};
    LibraryController m_libraryScreen{*this};
    BriefingController m_briefing{*this};
    PlayController m_play{*this};
    DebriefController m_debriefScreen{*this};
    SettingsController m_settingsScreen{*this};
    ProgressController m_progressScreen{*this};
    AuthorController m_authorScreen{*this};
    ClassroomController m_classScreen{*this};
};

} // namespace frontline::app
