#include "app_state.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <filesystem>

#include "core/playtest.hpp"
#include "core/user_folder.hpp"

namespace frontline::app {

namespace {

constexpr std::array kScreenNames{"library",  "briefing",    "play",       "debrief",
                                  "settings", "class-setup", "class-play", "class-debrief",
                                  "author",   "progress"};
constexpr auto kWatchEvery = std::chrono::milliseconds(500); // a save shows within a second

const script::LoadedFile* fileAt(const script::Library& library, const std::string& path) {
    for (const auto& entry : library.entries)
        if (entry.path == path) return &entry;
    return nullptr;
}

std::string fileName(const std::string& path) {
    return std::filesystem::path(path).filename().string();
}

ThemeName nextTheme(ThemeName theme, int direction) {
    const int n = 3;
    return static_cast<ThemeName>((static_cast<int>(theme) + direction + n) % n);
}

} // namespace

std::string_view toString(Screen screen) {
    return kScreenNames[static_cast<std::size_t>(screen)];
}

std::optional<Screen> screenFrom(std::string_view name) {
    for (std::size_t i = 0; i < kScreenNames.size(); ++i)
        if (name == kScreenNames[i]) return static_cast<Screen>(i);
    return std::nullopt;
}

bool isClassroom(Screen screen) {
    return screen == Screen::ClassSetup || screen == Screen::ClassPlay ||
           screen == Screen::ClassDebrief;
}

AppState::AppState(script::Library library, Settings settings, BestGrades best)
    : m_content(std::move(library)), m_library(m_content, best), m_settings(settings),
      m_best(std::move(best)), m_lastLook(settings) {}

Settings AppState::look() const {
    Settings s = m_settings;
    if (isClassroom(m_screen) && m_class && m_class->look.projector) {
        s.textScale = m_class->look.textScale;
        s.theme = m_class->look.theme;
        s.fullscreen = m_class->look.fullscreen;
    }
    return s;
}

void AppState::lookMayHaveChanged() {
    const Settings now = look();
    if (now == m_lastLook) return;
    m_lastLook = now;
    if (onLookChanged) onLookChanged(now);
}

bool AppState::openClassroom(const std::string& scenarioId) {
    m_class.emplace(m_content, scenarioId);
    if (m_class->file() == nullptr) {
        m_class.reset();
        m_notice = "There is no playable scenario for a class.";
        return false;
    }
    if (m_lastClassSetup) { // the trainer's teams and timings, for the scenario chosen now
        const std::string scenario = m_class->setup.scenario;
        m_class->setup = *m_lastClassSetup;
        m_class->setup.scenario = scenario;
    }
    m_class->exportFolder = classExportFolder;
    m_class->phones = classPhones.on;
    m_class->port = classPhones.port;
    m_class->bind = classPhones.bind;
    m_class->wake = classPhones.wake;
    m_class->announce = classPhones.announce;
    m_class->records = m_records;
    m_screen = Screen::ClassSetup;
    m_notice.clear();
    lookMayHaveChanged();
    return true;
}

void AppState::classroomChanged() {
    if (!m_class) return;
    switch (m_class->stage) {
    case ClassStage::Setup:
        m_screen = Screen::ClassSetup;
        break;
    case ClassStage::Play:
        m_screen = Screen::ClassPlay;
        break;
    case ClassStage::Debrief:
        m_screen = Screen::ClassDebrief;
        break;
    case ClassStage::Left:
        m_lastClassSetup = m_class->setup;
        m_class.reset();
        m_screen = Screen::Library;
        break;
    }
    lookMayHaveChanged();
}

bool AppState::blanked() const {
    return m_screen == Screen::ClassPlay && m_class && m_class->blanked;
}

bool AppState::classroomKey(const KeyPress& press, bool typing, Clock::time_point now) {
    if (!m_class) return false;
    ClassLook& look = m_class->look;
    if (look.projector && !typing) {
        // The preset's own size and fullscreen: the learner's saved settings stay as they were.
        switch (press.key) {
        case Key::Fullscreen:
            look.fullscreen = !look.fullscreen;
            classroomChanged();
            return true;
        case Key::ZoomIn:
        case Key::ZoomOut:
        case Key::ZoomReset:
            look.textScale =
                press.key == Key::ZoomReset
                    ? 2.5f
                    : clampTextScale(look.textScale + (press.key == Key::ZoomIn ? 0.25f : -0.25f));
            classroomChanged();
            return true;
        default:
            break;
        }
    }
    if (press.key == Key::Settings) return false; // the learner's settings are not the class's
    if (!look.projector && !typing) {
        // The preset is off: the learner's own look, changed the usual way.
        if (press.key == Key::Escape && m_class->stage == ClassStage::Play &&
            m_settings.fullscreen) {
            changeSetting(SettingRow::Fullscreen, 1);
            return true;
        }
        if (settingsShortcut(press)) return true;
    }
    const bool changedHere = m_class->handleKey(press, now, typing);
    classroomChanged();
    return changedHere;
}

bool AppState::update(Clock::time_point now) {
    if (m_screen == Screen::ClassPlay && m_class) return m_class->update(now);
    if (!watching() || now < m_nextLook) return false;
    m_nextLook = now + kWatchEvery;
    if (!m_watch.changed()) return false;
    reload();
    return true;
}

const Organisation* AppState::organisation() const {
    return m_file ? m_content.rubric.organisation(m_file->scenario->organisation) : nullptr;
}

bool AppState::openBriefing(const std::string& scenarioId) {
    // The window's library may hold a scenario by its header alone: read the rest now.
    const script::LoadedFile* file = m_content.complete(m_content.find(scenarioId));
    if (file == nullptr) {
        m_notice = "No playable scenario '" + scenarioId + "' in the library.";
        return false;
    }
    if (!file->usable()) { // errors past its header: it joins the files that need fixing
        m_notice = file->errors().front();
        refreshLibraryView();
        return false;
    }
    m_file = file;
    briefingMode = Mode::Practice;
    m_screen = Screen::Briefing;
    m_notice.clear();
    watchOpenScenario();
    return true;
}

bool AppState::start(Mode mode, const std::vector<std::string>& replay, bool record) {
    if (m_file == nullptr || !m_file->usable()) return false;
    m_playtest = false;
    try {
        m_attempt.emplace(m_file->scenario, m_file->scripting, mode, 1, replay);
    } catch (const std::exception& e) {
        m_notice = std::string("This scenario cannot start: ") + e.what();
        m_screen = Screen::Briefing;
        return false;
    }
    if (m_suspended && m_suspended->session().scenario().id == m_file->scenario->id)
        m_suspended.reset();
    // Starting this scenario afresh is the learner's answer to an offer to resume it.
    if (m_resumeOffer && m_resumeOffer->scenario == m_file->scenario->id) setAsideStored();
    if (record) keepRecordOf(*m_attempt);
    m_debrief.reset();
    handbookOpen = false;
    m_screen = Screen::Play;
    m_notice = m_attempt->replayNote().value_or("");
    return true;
}

bool AppState::canResume() const {
    return m_suspended && m_file && m_suspended->session().scenario().id == m_file->scenario->id;
}

void AppState::resume() {
    if (!canResume()) return;
    m_attempt = std::move(m_suspended);
    m_suspended.reset();
    m_screen = Screen::Play;
}

void AppState::choose(std::size_t index) {
    if (!m_attempt || m_attempt->finished()) return;
    m_attempt->choose(index);
    recordsNotice();
}

// What went wrong with the records since last said (a failed write, a file deleted and started
// afresh), on the status line; play goes on either way.
void AppState::recordsNotice() {
    if (!m_records || m_records->problem() == m_saidRecordsProblem) return;
    m_saidRecordsProblem = m_records->problem();
    if (!m_saidRecordsProblem.empty()) m_notice = m_saidRecordsProblem;
}

void AppState::undo() {
    if (m_attempt && !m_attempt->undo()) m_notice = "Nothing to undo.";
    recordsNotice();
}

void AppState::finish() {
    if (!m_attempt || !m_attempt->finished()) return;
    try {
        m_debrief = makeDebriefView(m_attempt->session(), m_attempt->scripting(), m_content.rubric);
    } catch (const std::exception& e) {
        m_notice = std::string("The debrief could not be scored: ") + e.what();
        return;
    }
    recordFinish();
    const BestResult result{m_debrief->debrief.grade, m_debrief->debrief.percent};
    const std::string& id = m_attempt->session().scenario().id;
    if (m_best.record(id, result)) {
        m_library.updateBest(id, *m_best.find(id));
        if (onBestGrade) onBestGrade(m_best);
    }
    m_screen = Screen::Debrief;
}

void AppState::backToLibrary() {
    if (m_attempt && !m_attempt->finished() && !m_attempt->session().steps().empty())
        m_suspended = std::move(m_attempt);
    m_attempt.reset();
    handbookOpen = false;
    m_screen = Screen::Library;
}

void AppState::toggleHandbook() {
    handbookOpen = !handbookOpen && organisation() != nullptr;
}

void AppState::tryOtherAnswer(std::size_t row) {
    if (!m_debrief || row >= m_debrief->rows.size()) return;
    const auto replay = m_debrief->replayTo(row);
    if (start(Mode::Practice, replay))
        m_notice =
            "Practice from step " + std::to_string(replay.size() + 1) + ": try another answer.";
}

void AppState::playAgain() {
    start(m_attempt ? m_attempt->session().mode() : briefingMode);
}

void AppState::openSettings() {
    if (m_screen == Screen::Settings) return;
    m_beforeSettings = m_screen;
    m_screen = Screen::Settings;
}

void AppState::closeSettings() {
    if (m_screen == Screen::Settings) m_screen = m_beforeSettings;
}

void AppState::setSettings(const Settings& settings) {
    Settings next = settings;
    next.textScale = clampTextScale(next.textScale);
    if (next == m_settings) return;
    m_settings = next;
    changed();
}

void AppState::changeSetting(SettingRow row, int direction) {
    Settings next = m_settings;
    switch (row) {
    case SettingRow::TextScale:
        next.textScale += kTextScaleStep * static_cast<float>(direction);
        break;
    case SettingRow::Theme:
        next.theme = nextTheme(next.theme, direction);
        break;
    case SettingRow::DyslexicFont:
        next.dyslexicFont = !next.dyslexicFont;
        break;
    case SettingRow::Timers:
        next.timers = !next.timers;
        break;
    case SettingRow::Fullscreen:
        next.fullscreen = !next.fullscreen;
        break;
    }
    setSettings(next);
}

void AppState::changed() {
    m_lastLook = look();
    if (onSettingsChanged) onSettingsChanged(m_settings);
}

bool AppState::handleKey(const KeyPress& press, bool typing, Clock::time_point now) {
    if (isClassroom(m_screen)) return classroomKey(press, typing, now);
    // Enter in a text field (the inspector, the handbook's search) is the field's, not a choice.
    if (typing && press.key == Key::Enter && m_screen == Screen::Play) return false;
    if (typing && (press.key == Key::Digit || press.key == Key::Letter ||
                   press.key == Key::Backspace || press.key == Key::Left ||
                   press.key == Key::Right || press.key == Key::Plus || press.key == Key::Minus))
        return false;
    if (press.key == Key::Settings) {
        m_screen == Screen::Settings ? closeSettings() : openSettings();
        return true;
    }
    if (settingsShortcut(press)) return true;
    switch (m_screen) {
    case Screen::Library:
        return libraryKey(press);
    case Screen::Briefing:
        return briefingKey(press);
    case Screen::Play:
        return playKey(press);
    case Screen::Debrief:
        return debriefKey(press);
    case Screen::Settings:
        return settingsKey(press);
    case Screen::Author:
        return authorKey(press);
    case Screen::Progress:
        return progressKey(press);
    default:
        return false;
    }
}

bool AppState::settingsShortcut(const KeyPress& press) {
    switch (press.key) {
    case Key::Fullscreen:
        changeSetting(SettingRow::Fullscreen, 1);
        return true;
    case Key::ZoomIn:
    case Key::ZoomOut:
        changeSetting(SettingRow::TextScale, press.key == Key::ZoomIn ? 1 : -1);
        return true;
    case Key::ZoomReset: {
        Settings next = m_settings;
        next.textScale = 1.0f;
        setSettings(next);
        return true;
    }
    default:
        return false;
    }
}

bool AppState::libraryKey(const KeyPress& press) {
    switch (press.key) {
    case Key::Up:
    case Key::Down:
        m_library.moveSelection(press.key == Key::Up ? -1 : 1);
        return true;
    case Key::Enter:
        if (const Card* card = m_library.selected()) return openBriefing(card->id);
        return false;
    case Key::Letter:
        if (press.letter == 'c') {
            const Card* card = m_library.selected();
            return openClassroom(card != nullptr ? card->id : std::string());
        }
        if (press.letter == 'a') {
            const Card* card = m_library.selected();
            return card != nullptr && openAuthor(card->id);
        }
        if (press.letter == 'p') return openProgress();
        if (press.letter == 'r' && m_resumeOffer) return resumeStored();
        if (press.letter != 'f') return false;
        focusSearch = true;
        return true;
    default:
        return false;
    }
}

bool AppState::briefingKey(const KeyPress& press) {
    switch (press.key) {
    case Key::Digit:
        if (press.digit < 1 || press.digit > 2) return false;
        briefingMode = press.digit == 1 ? Mode::Practice : Mode::Assessment;
        return true;
    case Key::Up:
    case Key::Down:
        briefingMode = briefingMode == Mode::Practice ? Mode::Assessment : Mode::Practice;
        return true;
    case Key::Enter:
        return start(briefingMode);
    case Key::Letter:
        if (press.letter == 'c' && m_file != nullptr) return openClassroom(m_file->scenario->id);
        if (press.letter == 'a' && m_file != nullptr) return openAuthor(m_file->scenario->id);
        if (press.letter != 'r' || !canResume()) return false;
        resume();
        return true;
    case Key::Escape:
        m_screen = Screen::Library;
        return true;
    default:
        return false;
    }
}

bool AppState::playKey(const KeyPress& press) {
    if (!m_attempt) return false;
    Attempt& a = *m_attempt;
    if (press.key == Key::Escape) {
        if (handbookOpen) {
            handbookOpen = false;
        } else if (m_playtest && m_author) {
            leavePlaytest();
        } else {
            backToLibrary();
        }
        return true;
    }
    if (press.key == Key::Letter && press.letter == 'h') {
        toggleHandbook();
        return true;
    }
    const bool undoKey =
        press.key == Key::Backspace || (press.key == Key::Letter && press.letter == 'u');
    if (undoKey && a.session().canUndo()) {
        undo();
        return true;
    }
    if (a.error()) {
        if (press.key != Key::Enter) return false;
        backToLibrary();
        return true;
    }
    if (a.finished()) {
        if (press.key != Key::Enter && !(press.key == Key::Letter && press.letter == 'd'))
            return false;
        finish();
        return true;
    }
    switch (press.key) {
    case Key::Digit:
        if (press.digit < 1 || static_cast<std::size_t>(press.digit) > a.offers().size())
            return false;
        choose(static_cast<std::size_t>(press.digit) - 1);
        return true;
    case Key::Up:
    case Key::Down:
        a.moveSelection(press.key == Key::Up ? -1 : 1);
        return true;
    case Key::Enter:
        choose(a.selected());
        return true;
    default:
        return false;
    }
}

bool AppState::debriefKey(const KeyPress& press) {
    if (!m_debrief) return false;
    switch (press.key) {
    case Key::Up:
    case Key::Down:
        m_debrief->scroll(press.key == Key::Up ? -3 : 3);
        return true;
    case Key::PageUp:
    case Key::PageDown:
        m_debrief->page(press.key == Key::PageUp ? -1 : 1);
        return true;
    case Key::Home:
    case Key::End:
        m_debrief->jumpTo(press.key == Key::Home ? DebriefView::Jump::Top
                                                 : DebriefView::Jump::Bottom);
        return true;
    case Key::Left:
    case Key::Right:
        m_debrief->tab =
            press.key == Key::Left ? DebriefView::Tab::Findings : DebriefView::Tab::Path;
        return true;
    case Key::Enter:
        if (m_debrief->tab != DebriefView::Tab::Path) {
            m_debrief->tab = DebriefView::Tab::Path;
            return true;
        }
        tryOtherAnswer(m_debrief->selectedRow);
        return true;
    case Key::Letter:
        if (press.letter == 't') {
            tryOtherAnswer(m_debrief->selectedRow);
        } else if (press.letter == 'r') {
            playAgain();
        } else if (press.letter == 'l') {
            backToLibrary();
        } else {
            return false;
        }
        return true;
    case Key::Escape:
        backToLibrary();
        return true;
    default:
        return false;
    }
}

bool AppState::settingsKey(const KeyPress& press) {
    switch (press.key) {
    case Key::Up:
    case Key::Down:
        settingsRow =
            std::clamp(settingsRow + (press.key == Key::Up ? -1 : 1), 0, kSettingRows - 1);
        return true;
    case Key::Left:
    case Key::Right:
    case Key::Enter:
        changeSetting(static_cast<SettingRow>(settingsRow), press.key == Key::Left ? -1 : 1);
        return true;
    case Key::Escape:
        closeSettings();
        return true;
    default:
        return false;
    }
}

std::optional<Clock::time_point> AppState::nextDeadline(Clock::time_point now) const {
    if (m_screen == Screen::ClassPlay && m_class) return m_class->nextDeadline(now);
    const auto screenDeadline = playDeadline(now);
    if (!watching()) return screenDeadline;
    const Clock::time_point look = std::max(m_nextLook, now);
    return screenDeadline ? std::min(*screenDeadline, look) : look;
}

std::optional<Clock::time_point> AppState::playDeadline(Clock::time_point now) const {
    if (m_screen != Screen::Play || !m_attempt) return std::nullopt;
    if (m_attempt->animating(now)) return now + std::chrono::milliseconds(16); // ~60 frames/s
    if (!m_settings.timers || m_attempt->finished()) return std::nullopt;
    return m_attempt->nextTick(now); // at most one redraw a second
}

} // namespace frontline::app

namespace frontline::app {

bool AppState::openAuthor(const std::string& scenarioId) {
    // Playable or not: a scenario with errors is what an author most needs to see on the map.
    const script::LoadedFile* file = m_content.complete(m_content.declaring(scenarioId));
    if (file == nullptr || file->scenario == nullptr) {
        m_notice = "No scenario '" + scenarioId + "' in the library.";
        return false;
    }
    m_file = file;
    m_author.emplace(*file, m_content.rubric);
    m_screen = Screen::Author;
    m_notice.clear();
    watchOpenScenario();
    return true;
}

bool AppState::playtestFrom(std::size_t nodeIndex) {
    if (!m_author || !m_file || nodeIndex >= m_file->scenario->nodes.size()) return false;
    AuthorView& view = *m_author;
    const std::string& id = m_file->scenario->nodes[nodeIndex].id;
    if (!m_file->usable()) {
        view.note = "Fix the errors first: a scenario with errors cannot be played.";
        return false;
    }
    const PathTo path = shortestPathTo(m_file->scenario, m_file->scripting, id);
    if (!path.choices) {
        view.note = path.budgetHit ? "The search gave up after " + std::to_string(path.states) +
                                         " situations without reaching '" + id + "'."
                                   : "No play reaches '" + id + "': see the problems.";
        return false;
    }
    // An author trying a branch is not a learner's attempt: no record.
    if (!start(Mode::Practice, *path.choices, false)) return false;
    m_playtest = true;
    view.current = id;
    view.note.clear();
    const std::size_t n = path.choices->size();
    m_notice = "Playtest from '" + id + "': " + std::to_string(n) +
               (n == 1 ? " choice" : " choices") + " replayed. Escape returns to the map.";
    return true;
}

void AppState::leavePlaytest() {
    if (!m_author) return backToLibrary();
    if (m_attempt) m_author->current = m_attempt->session().node().id;
    handbookOpen = false;
    m_screen = Screen::Author;
}

void AppState::setVariable(const std::string& name, std::string_view typed) {
    if (!m_attempt || name.empty()) return;
    if (!m_attempt->setVariable(name, typed)) m_notice = name + " takes a whole number.";
}

bool AppState::authorKey(const KeyPress& press) {
    if (!m_author) return false;
    AuthorView& view = *m_author;
    const float step = 4.f / view.zoom; // layout units per arrow press
    switch (press.key) {
    case Key::Escape:
        m_screen = Screen::Library;
        return true;
    case Key::Up:
    case Key::Down:
        view.panBy(0, press.key == Key::Up ? -step : step);
        return true;
    case Key::Left:
    case Key::Right:
        view.panBy(press.key == Key::Left ? -step : step, 0);
        return true;
    case Key::Plus:
    case Key::Minus:
        view.zoomBy(press.key == Key::Plus ? 1.25f : 0.8f, view.canvasWidth / 2,
                    view.canvasHeight / 2, view.unit);
        return true;
    case Key::Enter:
        return view.selected && playtestFrom(*view.selected);
    case Key::Letter:
        if (press.letter == 'n') {
            view.selectNext(press.shift ? -1 : 1);
            return true;
        }
        if (press.letter == 'f') {
            view.fitPending = true;
            return true;
        }
        return false;
    default:
        return false;
    }
}

bool AppState::watching() const {
    if (!loadContent || m_file == nullptr) return false;
    return m_screen == Screen::Briefing || m_screen == Screen::Play ||
           m_screen == Screen::Debrief || m_screen == Screen::Author;
}

void AppState::watchOpenScenario() {
    if (!m_file) return;
    std::vector<std::string> paths{m_file->path};
    for (const auto& entry : m_content.entries)
        if (entry.kind != script::ContentKind::Scenario) paths.push_back(entry.path);
    m_watch.watch(paths);
}

std::vector<std::string> AppState::rejectionOf(const script::Library& next,
                                               const script::LoadedFile* file) const {
    std::vector<std::string> out;
    // A scenario that had errors when opened (on the author screen) may still have some: the
    // newer version shows the author where they are now.
    const bool wasBroken = !m_file->usable();
    if (file != nullptr && !file->usable() && !(wasBroken && file->scenario)) out = file->errors();
    if (out.empty() && (file == nullptr || file->scenario == nullptr))
        out.push_back(m_file->path + ": this file no longer declares a scenario");
    for (const auto& entry : next.entries)
        if (entry.kind != script::ContentKind::Scenario && !entry.ok())
            for (std::string& e : entry.errors())
                out.push_back(std::move(e));
    return out;
}

void AppState::refreshLibraryView() {
    const LibraryView filters = m_library;
    m_library = LibraryView(m_content, m_best);
    m_library.search = filters.search;
    m_library.setTopic(filters.topic());
    m_library.setLevel(filters.level());
}

void AppState::reload() {
    if (!loadContent || !m_file) return;
    const std::string path = m_file->path;
    script::Library next = loadContent();
    const script::LoadedFile* file = next.complete(fileAt(next, path));
    std::vector<std::string> problems = rejectionOf(next, file);
    // The attempt must come back too: a `when` that now loops or fails where the learner stands
    // is as broken as a syntax error.
    std::optional<Attempt> attempt;
    if (problems.empty() && m_attempt) {
        const Session& was = m_attempt->session();
        try {
            attempt.emplace(file->scenario, file->scripting, was.mode(), was.seed(),
                            was.choiceIds());
            if (attempt->error()) problems.push_back(*attempt->error());
        } catch (const std::exception& e) {
            problems.push_back(e.what());
        }
    }
    if (!problems.empty()) {
        // Loading and lint can say the same thing twice: once is enough.
        std::vector<std::string> once;
        for (std::string& p : problems)
            if (std::find(once.begin(), once.end(), p) == once.end()) once.push_back(std::move(p));
        m_reloadErrors = once;
        if (m_author) m_author->reloadErrors = once;
        m_notice = once.front() + " (the last good version is still running)";
        return;
    }
    m_content = std::move(next);
    m_file = fileAt(m_content, path);
    refreshLibraryView();
    m_reloadErrors.clear();
    m_notice = "Reloaded " + fileName(path);
    if (m_author) {
        AuthorView fresh(*m_file, m_content.rubric);
        fresh.keepViewOf(*m_author);
        m_author = std::move(fresh);
    }
    if (attempt) {
        const bool edited = m_attempt->session().edited();
        attempt->log = std::move(m_attempt->log);
        if (attempt->log) attempt->log->sync(attempt->session()); // forget choices now gone
        m_attempt = std::move(attempt);
        m_notice += m_attempt->replayNote()
                        ? ": " + *m_attempt->replayNote()
                        : ": back at step " +
                              std::to_string(m_attempt->session().steps().size() + 1) + " ('" +
                              m_attempt->session().node().id + "')";
        if (edited) m_notice += "; variables set by hand are reset";
        if (m_author && m_playtest) m_author->current = m_attempt->session().node().id;
    }
    watchOpenScenario();
}

// ---- Records ---------------------------------------------------------------------------------

void AppState::useRecords(store::Records* records) {
    m_records = records;
    m_resumeOffer.reset();
    if (!m_records) return;
    m_saidRecordsProblem.clear();
    recordsNotice();
    if (auto open = m_records->resumable(learner()); open && m_content.find(open->scenario))
        m_resumeOffer = std::move(open);
    // The library's best grades include what the records hold for this learner.
    store::AttemptQuery finished;
    finished.learner = learner();
    finished.finishedOnly = true;
    for (const AttemptRecord& r : m_records->attempts(finished))
        if (m_best.record(r.scenario, {r.grade, r.percent}))
            m_library.updateBest(r.scenario, *m_best.find(r.scenario));
}

std::string AppState::learner() const {
    return m_settings.learner.empty() ? systemUserName() : m_settings.learner;
}

void AppState::setLearner(std::string_view typed) {
    Settings next = m_settings;
    next.learner = learnerName(typed);
    if (next.learner == m_settings.learner) return;
    m_settings = next;
    changed();
    useRecords(m_records);
    if (m_progress && m_records) m_progress.emplace(*m_records, m_content, learner());
    m_notice = "Records are now kept for " + learner() + ".";
}

void AppState::keepRecordOf(Attempt& attempt) {
    if (m_records == nullptr || !m_records->writable()) return;
    attempt.log.emplace(*m_records, learner(), attempt.session());
}

void AppState::recordFinish() {
    if (!m_attempt || !m_attempt->log || !m_debrief) return;
    m_attempt->log->finish(m_attempt->session(), m_debrief->debrief);
    if (!m_attempt->log->record().isFinished() && m_records) m_notice = m_records->problem();
}

bool AppState::resumeStored() {
    if (!m_resumeOffer || !m_records) return false;
    AttemptRecord stored = *m_resumeOffer;
    if (!openBriefing(stored.scenario)) {
        m_notice =
            "\"" + stored.title + "\" is not in the library any more, so it cannot be resumed.";
        return false;
    }
    try {
        m_attempt.emplace(m_file->scenario, m_file->scripting, stored.mode, stored.seed,
                          stored.choiceIds());
    } catch (const std::exception& e) {
        m_notice = std::string("This scenario cannot start: ") + e.what();
        return false;
    }
    m_resumeOffer.reset();
    m_attempt->log.emplace(*m_records, std::move(stored));
    m_attempt->log->sync(
        m_attempt->session()); // where the replay stopped early, so does the record
    m_playtest = false;
    m_debrief.reset();
    m_screen = Screen::Play;
    m_notice =
        m_attempt->replayNote()
            ? "The scenario has changed since you left it. " + *m_attempt->replayNote() +
                  "; you carry on from there."
            : "Resumed at step " + std::to_string(m_attempt->session().steps().size() + 1) + ".";
    return true;
}

void AppState::setAsideStored() {
    if (!m_resumeOffer) return;
    if (m_records) m_records->abandonAttempt(m_resumeOffer->id);
    m_resumeOffer.reset();
}

bool AppState::openProgress() {
    if (m_records == nullptr || m_records->availability() == store::Availability::Off) {
        m_notice = m_records && !m_records->problem().empty()
                       ? m_records->problem()
                       : std::string("No records are kept in this session.");
        return false;
    }
    if (m_screen != Screen::Progress) m_beforeProgress = m_screen;
    m_progress.emplace(*m_records, m_content, learner());
    m_screen = Screen::Progress;
    return true;
}

void AppState::exportEvidence() {
    if (!m_progress) return;
    std::string problem;
    const auto path = m_progress->exportEvidence(exportFolder, problem);
    m_notice = path ? "Evidence record saved: " + *path + " (and .md beside it)" : problem;
}

void AppState::exportAllRecords() {
    if (!m_progress) return;
    std::string problem;
    const auto path = m_progress->exportAll(exportFolder, problem);
    m_notice = path ? "Everything held about " + learner() + " saved: " + *path : problem;
}

void AppState::exportEveryone(std::string_view format) {
    if (!m_progress) return;
    std::string problem;
    const auto path = m_progress->exportEveryone(exportFolder, format, problem);
    m_notice = path ? "Every learner's attempts saved: " + *path : problem;
}

void AppState::deleteLearnerRecords() {
    if (!m_progress) return;
    std::string problem;
    if (m_progress->deleteLearner(problem)) {
        m_notice = "Every record of " + learner() + " was deleted.";
        m_resumeOffer.reset();
        if (m_suspended) m_suspended->log.reset();
    } else {
        m_notice = m_progress->confirmingDelete
                       ? "Delete every record of " + learner() +
                             "? This cannot be undone. Press D (or the button) again to delete."
                       : problem;
    }
}

bool AppState::progressKey(const KeyPress& press) {
    if (!m_progress) return false;
    if (press.key != Key::Letter || press.letter != 'd') m_progress->confirmingDelete = false;
    switch (press.key) {
    case Key::Escape:
        m_screen = m_beforeProgress == Screen::Progress ? Screen::Library : m_beforeProgress;
        return true;
    case Key::Left:
    case Key::Right:
        m_progress->select(press.key == Key::Left ? -1 : 1);
        return true;
    case Key::Letter:
        if (press.letter == 'c')
            m_progress->tab =
                m_progress->tab == ProgressTab::Learner ? ProgressTab::Class : ProgressTab::Learner;
        else if (press.letter == 'e')
            exportEvidence();
        else if (press.letter == 'x')
            exportAllRecords();
        else if (press.letter == 'd')
            deleteLearnerRecords();
        else
            return false;
        return true;
    default:
        return false;
    }
}

} // namespace frontline::app
