#include "app.hpp"

#include "model/drive.hpp"
#include "model/files.hpp"
#include "model/frame_costs.hpp"
#include "model/pacer.hpp"
#include "model/presenter.hpp"
#include "presenter_screen.hpp"
#include "store/records.hpp"
#include "style.hpp"
#include "window.hpp"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <iostream>

namespace frontline::app {

namespace {

// What the running window keeps beside the state: the fonts, and whether settings must be
// applied before the next frame (the atlas cannot change inside a frame).
struct Look {
    std::string assetsDir;
    Fonts fonts;
    bool dirty = true;
    bool fullscreen = false;
    bool shooting = false; // a screenshot's window never goes fullscreen
};

// The trainer's presenter window, beside the projector's while a class runs: whether it is
// wanted, its fonts (its own atlas, at the learner's text size), and whether they need building.
struct Presenter {
    PresenterChoice choice = PresenterChoice::Auto;
    PresenterFonts fonts;
    bool dirty = true;
    bool failed = false; // it could not open: not tried again until the class is left
};

constexpr auto kCursorIdle = std::chrono::seconds(3); // then a projector hides the pointer

void applyLook(Window& window, Look& look, const Settings& settings, std::ostream& err) {
    std::string problem;
    look.fonts = buildFonts(look.assetsDir, settings, problem);
    if (!problem.empty()) err << "frontline: " << problem << "\n";
    window.uploadFonts();
    applyStyle(palette(settings.theme), look.fonts.body->FontSize);
    if (settings.fullscreen != look.fullscreen && !look.shooting)
        window.setFullscreen(settings.fullscreen);
    look.fullscreen = settings.fullscreen;
    look.dirty = false;
}

// A frame's UI, built and finished but not yet drawn: the app's own work, which --bench-frames
// times apart from the driver's.
struct BuiltFrame {
    Rgba background{0, 0, 0, 1};
    std::vector<std::function<void()>> later; // run once the frame is drawn
};

BuiltFrame buildFrame(Window& window, AppState& state, const Look& look) {
    window.beginFrame();
    if (state.blanked()) { // the trainer blanked the projector: black, nothing else
        window.finishUi();
        return {};
    }
    Ui ui;
    ui.fonts = look.fonts;
    ui.palette = &palette(state.look().theme);
    ui.em = ImGui::GetFontSize();
    const ImVec2 size = ImGui::GetIO().DisplaySize;
    ui.roomy = size.x >= ui.em * 40 && size.y >= ui.em * 24;
    ui.now = Clock::now();
    ImGui::PushFont(look.fonts.body);
    drawScreen(state, ui);
    ImGui::PopFont();
    window.finishUi();
    return {ui.palette->background, std::move(ui.later)};
}

void drawFrame(Window& window, AppState& state, const Look& look) {
    BuiltFrame frame = buildFrame(window, state, look);
    window.draw(frame.background);
    for (auto& action : frame.later)
        action();
}

// When the pointer is due to hide: in the classroom, once it has been still a while.
std::optional<Clock::time_point> cursorDeadline(const Window& window, const AppState& state) {
    if (!state.hidesIdleCursor()) return std::nullopt;
    return window.pointerMoved() + kCursorIdle;
}

void updateCursor(Window& window, const AppState& state) {
    const auto hideAt = cursorDeadline(window, state);
    window.showCursor(!hideAt || Clock::now() < *hideAt);
}

// The next moment the window must change by itself: the state's deadline (a timer tick, an
// animation), the presenter's (its timer runs while the projector is blanked) or the pointer's,
// whichever is sooner.
std::optional<Clock::time_point> nextDeadline(const Window& window, const AppState& state,
                                              Clock::time_point now) {
    auto next = state.nextDeadline(now);
    const auto sooner = [&](std::optional<Clock::time_point> other) {
        if (other) next = next ? std::min(*next, *other) : *other;
    };
    if (window.presenterOpen()) sooner(presenterDeadline(state, now));
    if (const auto hideAt = cursorDeadline(window, state); hideAt && *hideAt > now) sooner(hideAt);
    return next;
}

// Opens or closes the presenter window as the screen and the displays ask. Returns whether it
// did either (a frame is then owed to both windows).
bool syncPresenter(Window& window, const AppState& state, Presenter& presenter, std::ostream& err) {
    if (!isClassroom(state.screen())) { // a new class opens it again
        window.forgetPresenterClosed();
        presenter.failed = false;
    }
    const bool wanted =
        !presenter.failed && presenterWanted(presenter.choice, window.displays(), state.screen(),
                                             window.presenterClosedByTrainer());
    if (wanted == window.presenterOpen()) return false;
    if (!wanted) {
        window.closePresenter();
        return true;
    }
    std::string why;
    if (!window.openPresenter(why)) {
        err << "frontline: " << why << "; the class goes on without it\n";
        presenter.failed = true;
        return false;
    }
    presenter.dirty = true;
    return true;
}

// The presenter's UI into the window in use, with its fonts (built first when they are stale).
void drawPresenterUi(Window& window, const AppState& state, Presenter& presenter,
                     const std::string& assetsDir, std::ostream& err) {
    const Settings& settings = state.settings(); // never the projector's preset
    if (presenter.dirty) {
        std::string problem;
        presenter.fonts = buildPresenterFonts(assetsDir, settings, problem);
        if (!problem.empty()) err << "frontline: " << problem << "\n";
        window.uploadFonts();
        applyStyle(palette(settings.theme), presenter.fonts.text.body->FontSize);
        presenter.dirty = false;
    }
    window.beginFrame();
    Ui ui;
    ui.fonts = presenter.fonts.text;
    ui.palette = &palette(settings.theme);
    ui.em = ImGui::GetFontSize();
    const ImVec2 size = ImGui::GetIO().DisplaySize;
    ui.roomy = size.x >= ui.em * 40 && size.y >= ui.em * 20;
    ui.now = Clock::now();
    ImGui::PushFont(presenter.fonts.text.body);
    drawPresenter(state, ui, presenter.fonts.timer);
    ImGui::PopFont();
    window.finishUi();
    window.draw(ui.palette->background);
}

void drawPresenterFrame(Window& window, const AppState& state, Presenter& presenter,
                        const std::string& assetsDir, std::ostream& err) {
    window.use(Pane::Presenter);
    drawPresenterUi(window, state, presenter, assetsDir, err);
    window.present();
    window.use(Pane::Projector);
}

int interactive(Window& window, AppState& state, Look& look, Presenter& presenter,
                std::ostream& err) {
    // Draw a few frames after anything happens (ImGui settles popups and sizes over a frame or
    // two), then sleep until the next event or deadline: an idle window draws nothing.
    constexpr int kSettleFrames = 3;
    int owed = kSettleFrames;
    Pacer pacer;
    while (!window.quitRequested()) {
        const auto now = Clock::now();
        const int timeout =
            pacer.sleepMs(nextDeadline(window, state, now), now, owed > 0 || window.hasDeferred());
        if (window.pump(state, timeout)) owed = kSettleFrames;
        if (window.quitRequested()) break;
        if (state.update(Clock::now())) owed = kSettleFrames;
        if (syncPresenter(window, state, presenter, err)) owed = kSettleFrames;
        updateCursor(window, state);
        if (pacer.due(Clock::now())) owed = std::max(owed, 1);
        if (owed == 0) continue;
        --owed;
        if (look.dirty) applyLook(window, look, state.look(), err);
        drawFrame(window, state, look);
        window.present();
        if (window.presenterOpen())
            drawPresenterFrame(window, state, presenter, look.assetsDir, err);
    }
    return 0;
}

// --bench-frames: frames drawn back to back, each timed (see FrameCosts), then one JSON line.
// The first frame's time counts from FRONTLINE_BENCH_T0 (CLOCK_MONOTONIC ns, set by whoever
// started this process) or else from when the window was asked for.
int benchmark(Window& window, AppState& state, Look& look, int frames, double startedMs,
              std::ostream& err) {
    if (const char* t0 = std::getenv("FRONTLINE_BENCH_T0")) startedMs = std::atof(t0) / 1e6;
    FrameCosts costs;
    double firstFrameMs = 0;
    for (int frame = 0; frame < frames && !window.quitRequested(); ++frame) {
        const double thread0 = threadCpuMs(), process0 = processCpuMs(), wall0 = monotonicMs();
        window.pump(state, 0);
        state.update(Clock::now());
        if (look.dirty) applyLook(window, look, state.look(), err);
        BuiltFrame built = buildFrame(window, state, look);
        const double appMs = threadCpuMs() - thread0;
        window.draw(built.background);
        for (auto& action : built.later)
            action();
        window.present();
        costs.add({appMs, processCpuMs() - process0, monotonicMs() - wall0});
        if (frame == 0) firstFrameMs = monotonicMs() - startedMs;
    }
    const Attempt* attempt = state.attempt();
    std::cout << costs.json(firstFrameMs,
                            {{"transcript_lines",
                              attempt ? double(attempt->session().transcript().size()) : 0.0}})
              << std::endl;
    return 0;
}

int screenshot(Window& window, AppState& state, Look& look, Presenter* presenter,
               const WindowOptions& options, std::ostream& err) {
    // A few frames so that layout, scrolling to the newest line and sizes settle, as a person
    // would see them. With --presenter, the one window shows the presenter view instead.
    for (int frame = 0; frame < 4; ++frame) {
        window.pump(state, 0);
        if (presenter != nullptr)
            drawPresenterUi(window, state, *presenter, look.assetsDir, err);
        else {
            if (look.dirty) applyLook(window, look, state.look(), err);
            drawFrame(window, state, look);
        }
        if (frame == 3) {
            std::string problem;
            if (!window.writePng(options.screenshot, problem)) {
                err << "error: " << problem << "\n";
                return 1;
            }
        }
        window.present();
    }
    return 0;
}

// `frontline FILE.lua`: the scenario the file declares is the one the screen shows. A file that
// declares none (a Lua error before its `scenario { ... }`) has nothing to show: its errors are
// printed, as `play FILE` prints them.
bool fileScenario(const AppState& state, const WindowOptions& options, ScreenRequest& wanted,
                  std::ostream& err) {
    for (const script::LoadedFile& entry : state.content().entries)
        if (entry.scenario != nullptr) {
            if (wanted.scenario.empty()) wanted.scenario = entry.scenario->id;
            return true;
        }
    for (const script::LoadedFile& entry : state.content().entries)
        for (const std::string& e : entry.errors())
            err << e << "\n";
    err << "error: " << options.file << " declares no scenario to open\n";
    return false;
}

} // namespace

std::optional<int> runWindow(const WindowOptions& options, std::ostream& err, std::string& why) {
    const double startedMs = monotonicMs();
    const bool shooting = !options.screenshot.empty();
    // A screenshot needs no screen: SDL's offscreen driver gives a real GL context without one.
    if (shooting && std::getenv("DISPLAY") == nullptr &&
        std::getenv("WAYLAND_DISPLAY") == nullptr && std::getenv("SDL_VIDEODRIVER") == nullptr)
        setenv("SDL_VIDEODRIVER", "offscreen", 1);

    std::string problem;
    const std::string settingsPath = defaultSettingsPath();
    const std::string bestPath = defaultBestGradesPath();
    Settings settings = shooting ? Settings{} : loadSettings(settingsPath, problem);
    if (!problem.empty()) err << "frontline: " << problem << "\n";
    if (options.scale > 0) settings.textScale = clampTextScale(options.scale);
    if (options.dyslexicFont) settings.dyslexicFont = true;
    if (!options.theme.empty()) {
        const auto theme = themeFrom(options.theme);
        if (!theme) {
            err << "error: --theme must be dark, light or high-contrast\n";
            return 1;
        }
        settings.theme = *theme;
    }
    const auto request = screenRequestFor(options.screen);
    if (!request) {
        err << "error: --screen must be one of: " << screenNameList() << "\n";
        return 1;
    }
    problem.clear();
    BestGrades best = shooting ? BestGrades{} : loadBestGrades(bestPath, problem);
    if (!problem.empty()) err << "frontline: " << problem << "\n";

    if (!options.learner.empty()) settings.learner = learnerName(options.learner);
    // Scenario files are read as far as their headers: the rest when one is opened.
    const auto content = [dir = options.scenariosDir, file = options.file] {
        if (file.empty()) return script::loadLibraryHeaders({dir});
        return script::loadLibraryHeaders({file}, {},
                                          [dir] { return script::loadLibraryHeaders({dir}); });
    };
    AppState state(content(), settings, best);
    const std::string dataDir = options.dataDir.empty() ? store::defaultDataDir() : options.dataDir;
    const std::string recordsFile = store::recordsPath(dataDir);
    std::optional<store::Records> records;
    if (!shooting)
        records.emplace(recordsFile);
    else if (std::filesystem::exists(recordsFile)) // a screenshot reads the records, never writes
        records.emplace("file:" + recordsFile + "?mode=ro");
    state.useRecords(records ? &*records : nullptr);
    if (shooting) state.setNotice("");
    if (records && !records->problem().empty() && !shooting)
        err << "frontline: " << records->problem() << "\n";
    state.exportFolder = (std::filesystem::path(dataDir) / "exports").string();
    state.loadContent = content;
    if (!shooting) // a screenshot writes its PNG and nothing else
        state.classExportFolder = (std::filesystem::path(dataDir) / "class-debriefs").string();
    // Phones join a class over the room's network: the join server runs while a session plays
    // (not for a screenshot or a benchmark unless --phones asks). A phone's vote wakes the idle
    // loop.
    if (options.phones.value_or(!shooting && options.benchFrames == 0)) {
        state.classPhones.on = true;
        state.classPhones.port = options.port;
        state.classPhones.wake = [] { Window::wake(); };
        state.classPhones.announce = [](const std::string& address) {
            std::cout << "frontline: phones join at " << address << std::endl;
        };
    }
    ScreenRequest wanted = *request;
    wanted.scenario = options.scenario;
    if (!options.file.empty() && !fileScenario(state, options, wanted, err)) return 1;
    wanted.choose = options.choose;
    wanted.assessment = options.assessment;
    wanted.classMode = options.classMode == "teams"    ? ClassMode::TeamTurns
                       : options.classMode == "secret" ? ClassMode::SecretVote
                                                       : ClassMode::ClassVote;
    wanted.votes = options.votes;
    wanted.keys = options.keys;
    if (!driveTo(state, wanted, problem)) {
        err << "error: " << problem << "\n";
        return 1;
    }

    if (!shooting && std::getenv("DISPLAY") == nullptr &&
        std::getenv("WAYLAND_DISPLAY") == nullptr && std::getenv("SDL_VIDEODRIVER") == nullptr) {
        why = "no display (neither DISPLAY nor WAYLAND_DISPLAY is set)";
        return std::nullopt;
    }
    auto window = Window::open(
        {options.width, options.height, settings.fullscreen && !shooting, shooting}, why);
    if (!window) return std::nullopt;
    Look look{defaultAssetsDir(), {}, true, settings.fullscreen && !shooting, shooting};
    state.onLookChanged = [&](const Settings&) { look.dirty = true; };
    Presenter presenter;
    presenter.choice = options.presenter;
    state.onSettingsChanged = [&](const Settings& changed) {
        look.dirty = true;
        presenter.dirty = true; // the presenter's text size and theme are the learner's own
        std::string saveProblem;
        if (!shooting && !saveSettings(settingsPath, changed, saveProblem))
            state.setNotice("Settings not saved: " + saveProblem);
    };
    state.onBestGrade = [&](const BestGrades& grades) {
        std::string saveProblem;
        if (!shooting && !saveBestGrades(bestPath, grades, saveProblem))
            state.setNotice("Best grade not saved: " + saveProblem);
    };
    if (shooting) {
        const bool presenterShot = options.presenter == PresenterChoice::Always &&
                                   state.classroom() != nullptr && isClassroom(state.screen());
        return screenshot(*window, state, look, presenterShot ? &presenter : nullptr, options, err);
    }
    if (options.benchFrames > 0)
        return benchmark(*window, state, look, options.benchFrames, startedMs, err);
    return interactive(*window, state, look, presenter, err);
}

} // namespace frontline::app
