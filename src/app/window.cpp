#include "window.hpp"

#include <SDL.h>
#include <SDL_opengl.h>
#include <backends/imgui_impl_opengl3.h>
#include <backends/imgui_impl_sdl.h>
#include <imgui.h>
#include <stb_image_write.h>

#include <algorithm>
#include <optional>
#include <set>
#include <vector>

namespace frontline::app {

namespace {

std::optional<KeyPress> translate(const SDL_Keysym& key) {
    const SDL_Keycode k = key.sym;
    if ((key.mod & KMOD_CTRL) != 0) {
        if (k == SDLK_EQUALS || k == SDLK_PLUS || k == SDLK_KP_PLUS)
            return frontline::app::key(Key::ZoomIn);
        if (k == SDLK_MINUS || k == SDLK_KP_MINUS) return frontline::app::key(Key::ZoomOut);
        if (k == SDLK_0 || k == SDLK_KP_0) return frontline::app::key(Key::ZoomReset);
        if (k >= SDLK_a && k <= SDLK_z) // Ctrl+Q quits, Ctrl+E ends a class (after asking)
            return letterKey(static_cast<char>('a' + (k - SDLK_a)), (key.mod & KMOD_SHIFT) != 0,
                             true);
        return std::nullopt;
    }
    if ((key.mod & (KMOD_ALT | KMOD_GUI)) != 0) return std::nullopt;
    if (k == SDLK_TAB) return KeyPress{Key::Tab, 0, 0, (key.mod & KMOD_SHIFT) != 0};
    if (k == SDLK_QUESTION || (k == SDLK_SLASH && (key.mod & KMOD_SHIFT) != 0))
        return frontline::app::key(Key::Question);
    if (k >= SDLK_0 && k <= SDLK_9) return digitKey(static_cast<int>(k - SDLK_0));
    if (k >= SDLK_KP_1 && k <= SDLK_KP_9) return digitKey(static_cast<int>(k - SDLK_KP_1) + 1);
    if (k == SDLK_KP_0) return digitKey(0);
    if (k == SDLK_EQUALS || k == SDLK_PLUS || k == SDLK_KP_PLUS)
        return frontline::app::key(Key::Plus);
    if (k == SDLK_MINUS || k == SDLK_KP_MINUS) return frontline::app::key(Key::Minus);
    if (k >= SDLK_a && k <= SDLK_z)
        return letterKey(static_cast<char>('a' + (k - SDLK_a)), (key.mod & KMOD_SHIFT) != 0);
    switch (k) {
    case SDLK_UP:
        return frontline::app::key(Key::Up);
    case SDLK_DOWN:
        return frontline::app::key(Key::Down);
    case SDLK_LEFT:
        return frontline::app::key(Key::Left);
    case SDLK_RIGHT:
        return frontline::app::key(Key::Right);
    case SDLK_RETURN:
    case SDLK_KP_ENTER: // Shift+Enter: the author's other playtest route
        return KeyPress{Key::Enter, 0, 0, (key.mod & KMOD_SHIFT) != 0};
    case SDLK_ESCAPE:
        return frontline::app::key(Key::Escape);
    case SDLK_BACKSPACE:
        return frontline::app::key(Key::Backspace);
    case SDLK_F1:
        return frontline::app::key(Key::Help);
    case SDLK_F2:
        return frontline::app::key(Key::Settings);
    case SDLK_F5: // a clicker's "start the slideshow": starts a class from its setup
        return frontline::app::key(Key::Present);
    case SDLK_F11:
        return frontline::app::key(Key::Fullscreen);
    case SDLK_PAGEUP: // Shift+PageUp/PageDown: a playtest's inspector
        return KeyPress{Key::PageUp, 0, 0, (key.mod & KMOD_SHIFT) != 0};
    case SDLK_HOME:
        return frontline::app::key(Key::Home);
    case SDLK_END:
        return frontline::app::key(Key::End);
    case SDLK_PAGEDOWN:
        return KeyPress{Key::PageDown, 0, 0, (key.mod & KMOD_SHIFT) != 0};
    case SDLK_PERIOD:
        return frontline::app::key(Key::Period);
    default:
        return std::nullopt;
    }
}

// The window an event happened in: 0 for events of no window (quit, displays).
Uint32 windowOf(const SDL_Event& event) {
    switch (event.type) {
    case SDL_WINDOWEVENT:
        return event.window.windowID;
    case SDL_KEYDOWN:
    case SDL_KEYUP:
        return event.key.windowID;
    case SDL_TEXTINPUT:
        return event.text.windowID;
    case SDL_TEXTEDITING:
        return event.edit.windowID;
    case SDL_MOUSEMOTION:
        return event.motion.windowID;
    case SDL_MOUSEBUTTONDOWN:
    case SDL_MOUSEBUTTONUP:
        return event.button.windowID;
    case SDL_MOUSEWHEEL:
        return event.wheel.windowID;
    default:
        return 0;
    }
}

bool isKeyboard(const SDL_Event& event) {
    return event.type == SDL_KEYDOWN || event.type == SDL_KEYUP || event.type == SDL_TEXTINPUT ||
           event.type == SDL_TEXTEDITING;
}

// Where the presenter window goes: centred on the first display the projector window is not on,
// at most 1280x800; with one display, to the right of the projector window where there is room
// (else over its right-hand side), so both can be seen at once.
SDL_Rect presenterPlace(SDL_Window* projector) {
    const int projectorDisplay = std::max(0, SDL_GetWindowDisplayIndex(projector));
    for (int d = 0; d < SDL_GetNumVideoDisplays(); ++d) {
        SDL_Rect area;
        if (d == projectorDisplay || SDL_GetDisplayUsableBounds(d, &area) != 0) continue;
        const int w = std::min(1280, area.w * 9 / 10), h = std::min(800, area.h * 9 / 10);
        return {area.x + (area.w - w) / 2, area.y + (area.h - h) / 2, w, h};
    }
    SDL_Rect area{0, 0, 1280, 720};
    SDL_GetDisplayUsableBounds(projectorDisplay, &area);
    int x = 0, y = 0, w = 0, h = 0;
    SDL_GetWindowPosition(projector, &x, &y);
    SDL_GetWindowSize(projector, &w, &h);
    const int room = area.x + area.w - (x + w);
    const int width = room >= 640 ? std::min(room, 1024) : std::min(960, area.w / 2);
    const int height = std::clamp(h, 480, std::max(480, area.h));
    const int left = room >= 640 ? x + w : area.x + area.w - width;
    return {left, std::clamp(y, area.y, std::max(area.y, area.y + area.h - height)), width, height};
}

// Whether ImGui may change the pointer (its shape, and showing it) in `context`.
void leaveCursorAlone(ImGuiContext* context, bool alone) {
    ImGuiContext* current = ImGui::GetCurrentContext();
    ImGui::SetCurrentContext(context);
    ImGuiIO& io = ImGui::GetIO();
    if (alone)
        io.ConfigFlags |= ImGuiConfigFlags_NoMouseCursorChange;
    else
        io.ConfigFlags &= ~ImGuiConfigFlags_NoMouseCursorChange;
    ImGui::SetCurrentContext(current);
}

// Why X11 was passed over when DISPLAY names a server: SDL moves on to its next driver silently,
// and "no display" alone does not tell a broken server from a missing one.
std::string x11Refusal() {
    const char* display = SDL_getenv("DISPLAY");
    if (display == nullptr || *display == '\0')
        return "";
    SDL_VideoQuit();
    std::string said;
    if (SDL_VideoInit("x11") != 0)
        said = std::string("; X11 on DISPLAY=") + display + " said: " + SDL_GetError();
    SDL_VideoQuit();
    return said;
}

} // namespace

struct Window::Surface {
    SDL_Window* window = nullptr;
    Uint32 id = 0;
    ImGuiContext* imgui = nullptr;
};

std::unique_ptr<Window> Window::open(const WindowSetup& setup, std::string& why) {
    SDL_SetHint(SDL_HINT_VIDEO_X11_NET_WM_BYPASS_COMPOSITOR, "0");
    if (SDL_Init(SDL_INIT_VIDEO) != 0) {
        why = std::string("no display (") + SDL_GetError() + ")";
        return nullptr;
    }
    const std::string driver = SDL_GetCurrentVideoDriver() ? SDL_GetCurrentVideoDriver() : "";
    if (!setup.headless && (driver == "offscreen" || driver == "dummy" || driver == "evdev")) {
        why = "no display (SDL found only its '" + driver + "' video driver" + x11Refusal() + ")";
        SDL_Quit();
        return nullptr;
    }
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_MAJOR_VERSION, 3);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_MINOR_VERSION, 0);
    SDL_GL_SetAttribute(SDL_GL_DOUBLEBUFFER, 1);
    const Uint32 flags = SDL_WINDOW_OPENGL | SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI |
                         (setup.fullscreen ? SDL_WINDOW_FULLSCREEN_DESKTOP : 0);
    std::unique_ptr<Window> w(new Window());
    w->m_window = SDL_CreateWindow("Frontline", SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED,
                                   setup.width, setup.height, flags);
    if (w->m_window == nullptr) {
        why = std::string("cannot open a window (") + SDL_GetError() + ")";
        SDL_Quit();
        return nullptr;
    }
    w->m_gl = SDL_GL_CreateContext(w->m_window);
    if (w->m_gl == nullptr) {
        why = std::string("no OpenGL 3 (") + SDL_GetError() + ")";
        SDL_DestroyWindow(w->m_window);
        w->m_window = nullptr;
        SDL_Quit();
        return nullptr;
    }
    SDL_GL_MakeCurrent(w->m_window, w->m_gl);
    SDL_GL_SetSwapInterval(1); // vsync where the driver has it; harmless where not
    SDL_SetWindowMinimumSize(w->m_window, 320, 240);

    IMGUI_CHECKVERSION();
    w->m_imgui = ImGui::CreateContext();
    w->m_drawing = w->m_window;
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr; // the layout is computed, never saved
    io.LogFilename = nullptr;
    ImGui_ImplSDL2_InitForOpenGL(w->m_window, w->m_gl);
    ImGui_ImplOpenGL3_Init("#version 130");
    return w;
}

Window::~Window() {
    if (m_window == nullptr) return;
    closePresenter();
    ImGui_ImplOpenGL3_Shutdown();
    ImGui_ImplSDL2_Shutdown();
    ImGui::DestroyContext();
    SDL_GL_DeleteContext(m_gl);
    SDL_DestroyWindow(m_window);
    SDL_Quit();
}

const Window::Surface* Window::surfaceFor(const SDL_Event& event) const {
    // The keyboard always drives the projector's screens (the trainer's keys work from either
    // window, and a team name being typed is a field on the projector); the presenter's context
    // gets only its own pointer and window events.
    if (m_presenter == nullptr || isKeyboard(event)) return nullptr;
    return windowOf(event) == m_presenter->id ? m_presenter.get() : nullptr;
}

void Window::handle(const SDL_Event& event, AppState& state) {
    const Uint32 projector = SDL_GetWindowID(m_window);
    const Uint32 from = windowOf(event);
    // A window already closed (the presenter's) may still have events queued: they go nowhere.
    if (from != 0 && from != projector && (m_presenter == nullptr || from != m_presenter->id) &&
        !isKeyboard(event))
        return;
    if (event.type == SDL_MOUSEMOTION || event.type == SDL_MOUSEBUTTONDOWN ||
        event.type == SDL_MOUSEWHEEL)
        m_pointerMoved = Clock::now();
    if (const Surface* presenter = surfaceFor(event)) {
        ImGui::SetCurrentContext(presenter->imgui);
        ImGui_ImplSDL2_ProcessEvent(&event);
        ImGui::SetCurrentContext(m_imgui);
        if (event.type == SDL_WINDOWEVENT && event.window.event == SDL_WINDOWEVENT_CLOSE) {
            SDL_HideWindow(presenter->window); // the class goes on; the next class opens it again
            m_presenterClosed = true;
        }
        return;
    }
    ImGui_ImplSDL2_ProcessEvent(&event);
    if (event.type == SDL_QUIT) m_quit = true;
    if (event.type == SDL_WINDOWEVENT && event.window.event == SDL_WINDOWEVENT_CLOSE &&
        from == projector)
        m_quit = true;
    if (event.type != SDL_KEYDOWN) return;
    const auto press = translate(event.key.keysym);
    // A Ctrl+letter is its own command (Ctrl+Q quits, Ctrl+E ends a class), never the letter.
    if (!press) return;
    state.handleKey(*press, ImGui::GetIO().WantTextInput);
    if (state.quitRequested()) m_quit = true;
}

bool Window::openPresenter(std::string& why) {
    if (m_presenter != nullptr) {
        SDL_ShowWindow(m_presenter->window);
        return true;
    }
    const SDL_Rect place = presenterPlace(m_window);
    // The GL attributes set for the projector window still hold, so this window gets the same
    // pixel format and the one GL context can be made current on either.
    SDL_Window* window =
        SDL_CreateWindow("Frontline presenter", place.x, place.y, place.w, place.h,
                         SDL_WINDOW_OPENGL | SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI);
    if (window == nullptr) {
        why = std::string("cannot open the presenter window (") + SDL_GetError() + ")";
        return false;
    }
    if (SDL_GL_MakeCurrent(window, m_gl) != 0) {
        why = std::string("cannot draw in the presenter window (") + SDL_GetError() + ")";
        SDL_DestroyWindow(window);
        SDL_GL_MakeCurrent(m_window, m_gl);
        return false;
    }
    SDL_SetWindowMinimumSize(window, 320, 240);
    auto surface = std::make_unique<Surface>();
    surface->window = window;
    surface->id = SDL_GetWindowID(window);
    // Its own context: 1.86 has no viewports, and its SDL and OpenGL3 back ends keep their state
    // per context (io.BackendPlatformUserData, io.BackendRendererUserData). Its own font atlas
    // too (CreateContext with none makes one): the presenter's text is the normal size while the
    // projector's is rebuilt at the projector's, and a shared atlas cannot be rebuilt while
    // another context holds its fonts in a frame.
    surface->imgui = ImGui::CreateContext();
    ImGui::SetCurrentContext(surface->imgui);
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.LogFilename = nullptr;
    ImGui_ImplSDL2_InitForOpenGL(window, m_gl);
    ImGui_ImplOpenGL3_Init("#version 130");
    leaveCursorAlone(surface->imgui, !m_cursorShown);
    ImGui::SetCurrentContext(m_imgui);
    SDL_GL_MakeCurrent(m_window, m_gl);
    m_drawing = m_window;
    m_presenter = std::move(surface);
    return true;
}

void Window::closePresenter() {
    if (m_presenter == nullptr) return;
    // Its GL objects are deleted through its own back end, with the GL context current on it.
    SDL_GL_MakeCurrent(m_presenter->window, m_gl);
    ImGui::SetCurrentContext(m_presenter->imgui);
    ImGui_ImplOpenGL3_Shutdown();
    ImGui_ImplSDL2_Shutdown();
    ImGui::DestroyContext(m_presenter->imgui);
    ImGui::SetCurrentContext(m_imgui);
    SDL_GL_MakeCurrent(m_window, m_gl);
    SDL_DestroyWindow(m_presenter->window);
    m_presenter.reset();
    m_drawing = m_window;
}

int Window::displays() const {
    return SDL_GetNumVideoDisplays();
}

void Window::use(Pane pane) {
    Surface* presenter = pane == Pane::Presenter ? m_presenter.get() : nullptr;
    SDL_Window* target = presenter != nullptr ? presenter->window : m_window;
    if (target == m_drawing) return;
    SDL_GL_MakeCurrent(target, m_gl);
    ImGui::SetCurrentContext(presenter != nullptr ? presenter->imgui : m_imgui);
    m_drawing = target;
}

void Window::wake() {
    SDL_Event event{};
    event.type = SDL_USEREVENT; // SDL_PushEvent is safe from any thread
    SDL_PushEvent(&event);
}

bool Window::pump(AppState& state, int timeoutMs) {
    bool any = false;
    while (!m_deferred.empty()) {
        handle(m_deferred.front(), state);
        m_deferred.pop_front();
        any = true;
    }
    SDL_Event event;
    bool have = any || timeoutMs == 0 ? SDL_PollEvent(&event) != 0
                : timeoutMs < 0       ? SDL_WaitEvent(&event) != 0
                                      : SDL_WaitEventTimeout(&event, timeoutMs) != 0;
    std::set<SDL_Scancode> pressed; // keys that went down in this batch
    while (have) {
        any = true;
        if (event.type == SDL_KEYDOWN) pressed.insert(event.key.keysym.scancode);
        if (event.type == SDL_KEYUP && pressed.count(event.key.keysym.scancode) != 0)
            m_deferred.push_back(event);
        else
            handle(event, state);
        have = SDL_PollEvent(&event) != 0;
    }
    return any;
}

void Window::setFullscreen(bool on) {
    const bool was = (SDL_GetWindowFlags(m_window) & SDL_WINDOW_FULLSCREEN_DESKTOP) != 0;
    if (on && !was) SDL_GetWindowSize(m_window, &m_windowed.first, &m_windowed.second);
    SDL_SetWindowFullscreen(m_window, on ? SDL_WINDOW_FULLSCREEN_DESKTOP : 0);
    // With no window manager to answer (a bare X server), the X window never changed size and
    // so sends no resize back: SDL would keep the display's size and lay the screen out for it,
    // clipped. Setting the windowed size again puts SDL and ImGui back in step with the window.
    if (!on && was && m_windowed.first > 0)
        SDL_SetWindowSize(m_window, m_windowed.first, m_windowed.second);
}

void Window::showCursor(bool on) {
    if (on == m_cursorShown) return;
    SDL_ShowCursor(on ? SDL_ENABLE : SDL_DISABLE);
    m_cursorShown = on;
    // ImGui's SDL back end shows the pointer again in every NewFrame unless told to leave it be,
    // so a projector redrawing its timer each second would never lose it.
    leaveCursorAlone(m_imgui, !on);
    if (m_presenter != nullptr) leaveCursorAlone(m_presenter->imgui, !on);
}

void Window::uploadFonts() {
    ImGui_ImplOpenGL3_DestroyFontsTexture();
    ImGui_ImplOpenGL3_CreateFontsTexture();
}

void Window::beginFrame() {
    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplSDL2_NewFrame();
    ImGui::NewFrame();
}

void Window::finishUi() {
    ImGui::Render();
}

void Window::draw(Rgba background) {
    int w = 0, h = 0;
    SDL_GL_GetDrawableSize(m_drawing, &w, &h);
    glViewport(0, 0, w, h);
    glClearColor(background.r, background.g, background.b, 1);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
}

void Window::present() {
    SDL_GL_SwapWindow(m_drawing);
}

bool Window::writePng(const std::string& path, std::string& problem) {
    int w = 0, h = 0;
    SDL_GL_GetDrawableSize(m_drawing, &w, &h);
    std::vector<unsigned char> pixels(static_cast<std::size_t>(w) * static_cast<std::size_t>(h) *
                                      4);
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    glReadPixels(0, 0, w, h, GL_RGBA, GL_UNSIGNED_BYTE, pixels.data());
    for (std::size_t i = 3; i < pixels.size(); i += 4)
        pixels[i] = 255; // the framebuffer's alpha is meaningless: make the PNG opaque
    stbi_flip_vertically_on_write(1);
    if (stbi_write_png(path.c_str(), w, h, 4, pixels.data(), w * 4) == 0) {
        problem = path + ": cannot be written";
        return false;
    }
    return true;
}

} // namespace frontline::app
