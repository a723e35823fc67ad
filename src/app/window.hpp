// The platform: one SDL2 window with an OpenGL 3 context and Dear ImGui on it. Everything that
// touches SDL or OpenGL is here, so the screens stay ImGui-only and the models stay plain.
#pragma once

#include "model/app_state.hpp"

#include <deque>
#include <memory>
#include <string>
#include <utility>

struct SDL_Window;
union SDL_Event;
struct ImGuiContext;

namespace frontline::app {

struct WindowSetup {
    int width = 1280;
    int height = 720;
    bool fullscreen = false;
    // Screenshots may render with no screen at all (SDL's offscreen driver); a window for a
    // person must not open where nobody can see it.
    bool headless = false;
};

// The program's windows: the projector's (the main one, which the room sees) and the trainer's
// presenter view beside it while a class runs.
enum class Pane { Projector, Presenter };

class Window {
  public:
    // nullptr when no window can be made here (no display, no OpenGL); `why` says what failed.
    static std::unique_ptr<Window> open(const WindowSetup& setup, std::string& why);
    ~Window();
    Window(const Window&) = delete;
    Window& operator=(const Window&) = delete;

    // Waits up to `timeoutMs` for input (-1: until there is some) and hands every event to
    // ImGui and every key press to `state`. Returns whether anything arrived.
    bool pump(AppState& state, int timeoutMs);
    bool quitRequested() const { return m_quit; }
    // Wakes pump() from any thread (the join server's, when a phone votes).
    static void wake();
    // Key releases held back a frame (ImGui 1.86 misses a press released in the same frame).
    bool hasDeferred() const { return !m_deferred.empty(); }

    // The presenter window: a second SDL window with an ImGui context of its own, drawn with the
    // projector's GL context (both windows share one pixel format). It opens on a display the
    // projector window is not on, or beside it when there is only one. Its close button only
    // hides it: the class goes on, and closedByTrainer() stays true until forgotten.
    bool openPresenter(std::string& why);
    void closePresenter();
    bool presenterOpen() const { return m_presenter != nullptr; }
    bool presenterClosedByTrainer() const { return m_presenterClosed; }
    void forgetPresenterClosed() { m_presenterClosed = false; }
    int displays() const;
    // Which window the calls below draw into (its GL drawable and ImGui context made current).
    // Everything else expects the projector's: use(Pane::Projector) again after the presenter.
    void use(Pane pane);

    void setFullscreen(bool on);
    // The mouse pointer: when it last moved or clicked, and whether it is drawn (a projector
    // hides it once idle).
    Clock::time_point pointerMoved() const { return m_pointerMoved; }
    void showCursor(bool on);
    void uploadFonts(); // after the atlas was rebuilt
    void beginFrame();
    void render(Rgba background) {
        finishUi();
        draw(background);
    }
    void finishUi();            // the UI built: ImGui's draw lists are complete
    void draw(Rgba background); // the driver's part: clear, draw the lists

    void present();
    // The frame just rendered (call between render and present), written as a PNG.
    bool writePng(const std::string& path, std::string& problem);

  private:
    struct Surface; // one SDL window and its ImGui context

    Window() = default;
    void handle(const SDL_Event& event, AppState& state);
    const Surface* surfaceFor(const SDL_Event& event) const;

    SDL_Window* m_window = nullptr;
    void* m_gl = nullptr;
    ImGuiContext* m_imgui = nullptr; // the projector's
    std::unique_ptr<Surface> m_presenter;
    SDL_Window* m_drawing = nullptr; // the window the drawing calls go to
    bool m_presenterClosed = false;
    std::pair<int, int> m_windowed{0, 0}; // the size before fullscreen
    bool m_quit = false;
    bool m_cursorShown = true;
    Clock::time_point m_pointerMoved = Clock::now();
    std::deque<SDL_Event> m_deferred;
};

} // namespace frontline::app
