// The window's state and every decision it makes, as plain code: which screen is shown, what a
// key press or a click does there, and when the next frame is due. The ImGui screens only draw
// this state and call these functions.
#pragma once

#include "attempt.hpp"
#include "author_view.hpp"
#include "best_grades.hpp"
#include "classroom_view.hpp"
#include "debrief_view.hpp"
#include "file_watch.hpp"
#include "keys.hpp"
#include "library_view.hpp"
#include "progress_view.hpp"
#include "script/library.hpp"
#include "settings.hpp"

#include <functional>
#include <optional>
#include <string>

namespace frontline::app {

enum class Screen {
    Library,
    Briefing,
    Play,
    Debrief,
    Settings,
    ClassSetup,
    ClassPlay,
    ClassDebrief,
    Author,
    Progress
};
bool isClassroom(Screen screen);
std::string_view toString(Screen screen);
std::optional<Screen> screenFrom(std::string_view name);

enum class SettingRow { TextScale, Theme, DyslexicFont, Timers, Fullscreen };
constexpr int kSettingRows = 5;

class AppState {
  public:
    AppState(script::Library library, Settings settings, BestGrades best = {});

    Screen screen() const { return m_screen; }
    const script::Library& content() const { return m_content; }
    LibraryView& library() { return m_library; }
    const LibraryView& library() const { return m_library; }
    const Settings& settings() const { return m_settings; }
    // What the window looks like now: the settings, or the classroom's projector look over them.
    Settings look() const;

    // A line for the status bar: what went wrong, or what just happened.
    const std::string& notice() const { return m_notice; }
    void setNotice(std::string text) { m_notice = std::move(text); }

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

    // Progress: the learner's results, the class view, exports and deleting their records.
    bool openProgress();
    ProgressView* progress() { return m_progress ? &*m_progress : nullptr; }
    const ProgressView* progress() const { return m_progress ? &*m_progress : nullptr; }
    std::string exportFolder; // where evidence records and exports are written
    void exportEvidence();
    void exportAllRecords();
    void exportEveryone(std::string_view format); // the class view: "csv" or "xapi"
    void deleteLearnerRecords(); // asks first: the first call arms, the second deletes

    // Library -> Briefing.
    bool openBriefing(const std::string& scenarioId);
    const script::LoadedFile* scenarioFile() const { return m_file; }
    const Organisation* organisation() const;

    // Briefing -> Play.
    Mode briefingMode = Mode::Practice;
    // `record`: keep the attempt in the learner records (not for an author's playtest).
    bool start(Mode mode, const std::vector<std::string>& replay = {}, bool record = true);
    bool canResume() const;
    void resume();

    // Play.
    Attempt* attempt() { return m_attempt ? &*m_attempt : nullptr; }
    const Attempt* attempt() const { return m_attempt ? &*m_attempt : nullptr; }
    void choose(std::size_t index);
    void undo();
    void finish(); // -> Debrief, once the attempt has reached an ending
    void backToLibrary();
    bool handbookOpen = false;
    std::string handbookQuery;
    std::size_t handbookDocument = 0;
    void toggleHandbook();

    // Debrief.
    DebriefView* debriefView() { return m_debrief ? &*m_debrief : nullptr; }
    const DebriefView* debriefView() const { return m_debrief ? &*m_debrief : nullptr; }
    void tryOtherAnswer(std::size_t row); // -> Play in practice mode at that step
    void playAgain();

    // Author: the open scenario's map, problems and explorer summary; playtest from any node.
    bool openAuthor(const std::string& scenarioId);
    AuthorView* author() { return m_author ? &*m_author : nullptr; }
    const AuthorView* author() const { return m_author ? &*m_author : nullptr; }
    // Starts practice play at the node, replaying the fewest choices that reach it, with the
    // inspector beside it. False, with the author view's note saying why, when none does.
    bool playtestFrom(std::size_t nodeIndex);
    bool playtesting() const { return m_playtest && m_screen == Screen::Play; }
    void leavePlaytest(); // back to the map, the playtest's node outlined
    void setVariable(const std::string& name, std::string_view typed); // the inspector

    // Hot reload: the open scenario's file and the rubric, organisation and curriculum files are
    // watched; on a change the library is read again through `loadContent`, and the attempt
    // rebuilt from its choices. A change that breaks the scenario keeps the last good version.
    std::function<script::Library()> loadContent;
    void reload();
    const std::vector<std::string>& reloadErrors() const { return m_reloadErrors; }

    // Settings.
    void openSettings();
    void closeSettings();
    int settingsRow = 0;
    void changeSetting(SettingRow row, int direction); // direction -1 / +1; bools toggle
    void setSettings(const Settings& settings);

    // Classroom: setup -> play on the projector -> class debrief.
    bool openClassroom(const std::string& scenarioId);
    ClassroomView* classroom() { return m_class ? &*m_class : nullptr; }
    const ClassroomView* classroom() const { return m_class ? &*m_class : nullptr; }
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
    void classroomChanged(); // after the classroom's model was changed directly
    bool blanked() const;    // the projector shows black
    bool hidesIdleCursor() const { return isClassroom(m_screen); }

    // Everything the keyboard can do. `typing` is true while a text field has the focus: then
    // only keys a text field does not use (arrows up and down, Enter, Escape, F-keys, Ctrl
    // shortcuts) reach the screens. Returns whether anything changed.
    bool handleKey(const KeyPress& press, bool typing = false,
                   Clock::time_point now = Clock::now());
    bool focusSearch = false; // the library asks its search box to take the keyboard

    // When the screen next needs drawing with no input: a running timer (each whole second) or
    // the mood animation (at once). nullopt: not until something happens.
    std::optional<Clock::time_point> nextDeadline(Clock::time_point now) const;
    // Work that time alone causes (a class vote's timer running out). Returns whether anything
    // changed.
    bool update(Clock::time_point now);

  private:
    bool libraryKey(const KeyPress& press);
    void refreshLibraryView(); // the cards again from m_content, keeping the filters
    bool briefingKey(const KeyPress& press);
    bool playKey(const KeyPress& press);
    bool debriefKey(const KeyPress& press);
    bool settingsKey(const KeyPress& press);
    bool authorKey(const KeyPress& press);
    bool progressKey(const KeyPress& press);
    void keepRecordOf(Attempt& attempt);
    void recordFinish();
    void recordsNotice();
    void watchOpenScenario();
    std::optional<Clock::time_point> playDeadline(Clock::time_point now) const;
    bool watching() const;
    std::vector<std::string> rejectionOf(const script::Library& next,
                                         const script::LoadedFile* file) const;
    bool classroomKey(const KeyPress& press, bool typing, Clock::time_point now);
    bool settingsShortcut(const KeyPress& press); // F11 and Ctrl +/-/0 on the saved settings
    void changed();
    void lookMayHaveChanged();

    script::Library m_content;
    LibraryView m_library;
    Settings m_settings;
    BestGrades m_best;
    Screen m_screen = Screen::Library;
    Screen m_beforeSettings = Screen::Library;
    const script::LoadedFile* m_file = nullptr;
    std::optional<Attempt> m_attempt;
    std::optional<Attempt> m_suspended; // left before its ending; offered again on the briefing
    std::optional<DebriefView> m_debrief;
    std::optional<ClassroomView> m_class;
    std::optional<AuthorView> m_author;
    bool m_playtest = false; // the attempt was started from the author screen
    FileWatch m_watch;
    Clock::time_point m_nextLook{};
    std::vector<std::string> m_reloadErrors;
    std::optional<ClassSetup> m_lastClassSetup; // the next class starts from the last one's
    Settings m_lastLook;
    std::string m_notice;
    store::Records* m_records = nullptr;
    std::optional<AttemptRecord> m_resumeOffer;
    std::string m_saidRecordsProblem;
    std::optional<ProgressView> m_progress;
    Screen m_beforeProgress = Screen::Library;
};

} // namespace frontline::app
