#include "app_state.hpp"
#include "reload_check.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <filesystem>

#include "core/playtest.hpp"
#include "core/user_folder.hpp"

namespace frontline::app {

namespace {

constexpr auto kWatchEvery = std::chrono::milliseconds(500); // a save shows within a second

} // namespace

AppState::AppState(script::Library library, Settings settings, BestGrades best)
    : m_content(std::move(library)), m_settings(settings), m_best(std::move(best)),
      m_lastLook(settings) {}

Settings AppState::look() const {
    Settings s = m_settings;
    const ClassroomView* c = classroom();
    if (isClassroom(m_screen) && c && c->look.projector) {
        s.textScale = c->look.textScale;
        s.theme = c->look.theme;
        s.fullscreen = c->look.fullscreen;
    }
    return s;
}

void AppState::lookMayHaveChanged() {
    const Settings now = look();
    if (now == m_lastLook) return;
    m_lastLook = now;
    if (onLookChanged) onLookChanged(now);
}

bool AppState::blanked() const {
    return m_screen == Screen::ClassPlay && classroom() && classroom()->blanked;
}

void AppState::go(Screen screen) {
    m_screen = screen;
    lookMayHaveChanged();
}

bool AppState::update(Clock::time_point now) {
    if (m_screen == Screen::ClassPlay && classroom()) return classroom()->update(now);
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
        m_libraryScreen.refresh();
        return false;
    }
    m_file = file;
    m_briefing.mode = Mode::Practice;
    go(Screen::Briefing);
    m_notice.clear();
    watchOpenScenario();
    return true;
}

bool AppState::start(Mode mode, const std::vector<std::string>& replay, bool record,
                     Clock::time_point now) {
    if (m_file == nullptr || !m_file->usable()) return false;
    m_authorScreen.playtest = false;
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
    m_play.closeHandbook();
    m_play.questionShown(now);
    go(Screen::Play);
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
        library().updateBest(id, *m_best.find(id));
        if (onBestGrade) onBestGrade(m_best);
    }
    m_screen = Screen::Debrief;
}

void AppState::backToLibrary() {
    if (m_attempt && !m_attempt->finished() && !m_attempt->session().steps().empty())
        m_suspended = std::move(m_attempt);
    m_attempt.reset();
    m_play.closeHandbook();
    go(Screen::Library);
}

void AppState::openSettings() {
    if (m_screen == Screen::Settings) return;
    m_beforeSettings = m_screen;
    m_settingsScreen.row = 0; // the same keys always do the same thing on opening
    go(Screen::Settings);
}

void AppState::closeSettings() {
    if (m_screen == Screen::Settings) go(m_beforeSettings);
}

void AppState::setSettings(const Settings& settings) {
    Settings next = settings;
    next.textScale = clampTextScale(next.textScale);
    if (next == m_settings) return;
    m_settings = next;
    changed();
}

void AppState::changed() {
    m_lastLook = look();
    if (onSettingsChanged) onSettingsChanged(m_settings);
}

ScreenController* AppState::controller() {
    return const_cast<ScreenController*>(std::as_const(*this).controller());
}

const ScreenController* AppState::controller() const {
    switch (m_screen) {
    case Screen::Library:
        return &m_libraryScreen;
    case Screen::Briefing:
        return &m_briefing;
    case Screen::Play:
        return &m_play;
    case Screen::Debrief:
        return &m_debriefScreen;
    case Screen::Settings:
        return &m_settingsScreen;
    case Screen::Author:
        return &m_authorScreen;
    case Screen::Progress:
        return &m_progressScreen;
    default:
        return nullptr; // the classroom's screens: ClassroomView
    }
}

bool AppState::handleKey(const KeyPress& press, bool typing, Clock::time_point now) {
    if (m_global.keepsKeyboard()) return m_global.handleKey(press);
    if (isClassroom(m_screen) && m_classScreen.lookKey(press, typing)) return true;
    if (const auto action = m_global.keys.find(press, typing))
        if (m_global.perform(*action, now)) return true;
    if (isClassroom(m_screen)) return m_classScreen.handleKey(press, typing, now);
    ScreenController* screen = controller();
    if (screen == nullptr) return false;
    const auto action = screen->keys.find(press, typing);
    if (!action) return false;
    const std::string before = m_notice;
    m_notice.clear(); // a notice lasts until the next key that does something
    if (screen->perform(*action, now)) return true;
    if (m_notice.empty()) m_notice = before; // nothing happened: nothing new to say
    return false;
}

bool AppState::perform(const Action& action, Clock::time_point now) {
    if (m_global.perform(action, now)) return true;
    if (isClassroom(m_screen)) return m_classScreen.perform(action, now);
    ScreenController* screen = controller();
    return screen != nullptr && screen->perform(action, now);
}

std::optional<Clock::time_point> AppState::nextDeadline(Clock::time_point now) const {
    if (m_screen == Screen::ClassPlay && classroom()) return classroom()->nextDeadline(now);
    const ScreenController* screen = controller();
    const auto screenDeadline = screen ? screen->nextDeadline(now) : std::nullopt;
    if (!watching()) return screenDeadline;
    const Clock::time_point look = std::max(m_nextLook, now);
    return screenDeadline ? std::min(*screenDeadline, look) : look;
}

} // namespace frontline::app

namespace frontline::app {

bool AppState::openFile(const script::LoadedFile* file, Screen screen) {
    m_file = file;
    go(screen);
    m_notice.clear();
    watchOpenScenario();
    return true;
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

void AppState::reload() {
    if (!loadContent || !m_file) return;
    const std::string path = m_file->path;
    ReloadCandidate next = checkReload(loadContent(), path, !m_file->usable(), attempt());
    if (!next.problems.empty()) {
        m_reloadErrors = next.problems;
        if (author()) author()->reloadErrors = next.problems;
        m_notice = next.problems.front() + " (the last good version is still running)";
        return;
    }
    m_content = std::move(next.library);
    m_file = fileAt(m_content, path);
    m_libraryScreen.refresh();
    m_reloadErrors.clear();
    m_notice = "Reloaded " + std::filesystem::path(path).filename().string();
    if (AuthorView* was = author()) {
        AuthorView fresh(*m_file, m_content.rubric);
        fresh.keepViewOf(*was);
        *was = std::move(fresh);
    }
    if (next.attempt) {
        const bool edited = m_attempt->session().edited();
        next.attempt->keepClockOf(*m_attempt);
        next.attempt->log = std::move(m_attempt->log);
        if (next.attempt->log) next.attempt->log->sync(next.attempt->session()); // choices gone
        m_attempt = std::move(next.attempt);
        const Session& now = m_attempt->session();
        m_notice += m_attempt->replayNote()
                        ? ": " + *m_attempt->replayNote()
                        : ": back at step " + std::to_string(now.steps().size() + 1) + " ('" +
                              now.node().id + "')";
        if (edited) m_notice += "; variables set by hand are reset";
        if (author() && m_authorScreen.playtest) author()->current = now.node().id;
    }
    m_doneNotice = m_notice;
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
            library().updateBest(r.scenario, *m_best.find(r.scenario));
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
    if (progress() && m_records) m_progressScreen.view.emplace(*m_records, m_content, learner());
    m_notice = "Records are now kept for " + learner() + ".";
    m_doneNotice = m_notice;
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
    m_authorScreen.playtest = false;
    m_debrief.reset();
    go(Screen::Play);
    m_notice =
        m_attempt->replayNote()
            ? "The scenario has changed since you left it. " + *m_attempt->replayNote() +
                  "; you carry on from there."
            : "Resumed at step " + std::to_string(m_attempt->session().steps().size() + 1) + ".";
    return true;
}

void AppState::forgetSuspendedRecord() {
    if (m_suspended) m_suspended->log.reset();
}

void AppState::setAsideStored() {
    if (!m_resumeOffer) return;
    if (m_records) m_records->abandonAttempt(m_resumeOffer->id);
    m_resumeOffer.reset();
}

} // namespace frontline::app
