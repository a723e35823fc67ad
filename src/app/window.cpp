#include "window.hpp"

#include <SDL.h>
#include <SDL_opengl.h>
#include <backends/imgui_impl_opengl3.h>
#include <backends/imgui_impl_sdl.h>
#include <imgui.h>
#include <stb_image_write.h>

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
        return std::nullopt;
    }
    if ((key.mod & (KMOD_ALT | KMOD_GUI)) != 0) return std::nullopt;
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
    case SDLK_KP_ENTER:
        return frontline::app::key(Key::Enter);
    case SDLK_ESCAPE:
        return frontline::app::key(Key::Escape);
    case SDLK_BACKSPACE:
        return frontline::app::key(Key::Backspace);
    case SDLK_F2:
        return frontline::app::key(Key::Settings);
    case SDLK_F11:
        return frontline::app::key(Key::Fullscreen);
    case SDLK_PAGEUP:
        return frontline::app::key(Key::PageUp);
    case SDLK_HOME:
        return frontline::app::key(Key::Home);
    case SDLK_END:
        return frontline::app::key(Key::End);
    case SDLK_PAGEDOWN:
        return frontline::app::key(Key::PageDown);
    case SDLK_PERIOD:
        return frontline::app::key(Key::Period);
    default:
        return std::nullopt;
    }
}

} // namespace

std::unique_ptr<Window> Window::open(const WindowSetup& setup, std::string& why) {
    SDL_SetHint(SDL_HINT_VIDEO_X11_NET_WM_BYPASS_COMPOSITOR, "0");
    if (SDL_Init(SDL_INIT_VIDEO) != 0) {
        why = std::string("no display (") + SDL_GetError() + ")";
        return nullptr;
    }
    const std::string driver = SDL_GetCurrentVideoDriver() ? SDL_GetCurrentVideoDriver() : "";
    if (!setup.headless && (driver == "offscreen" || driver == "dummy" || driver == "evdev")) {
        why = "no display (SDL found only its '" + driver + "' video driver)";
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
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr; // the layout is computed, never saved
    io.LogFilename = nullptr;
    ImGui_ImplSDL2_InitForOpenGL(w->m_window, w->m_gl);
    ImGui_ImplOpenGL3_Init("#version 130");
    return w;
}

Window::~Window() {
    if (m_window == nullptr) return;
    ImGui_ImplOpenGL3_Shutdown();
    ImGui_ImplSDL2_Shutdown();
    ImGui::DestroyContext();
    SDL_GL_DeleteContext(m_gl);
    SDL_DestroyWindow(m_window);
    SDL_Quit();
}

void Window::handle(const SDL_Event& event, AppState& state) {
    ImGui_ImplSDL2_ProcessEvent(&event);
    if (event.type == SDL_QUIT) m_quit = true;
    if (event.type == SDL_MOUSEMOTION || event.type == SDL_MOUSEBUTTONDOWN ||
        event.type == SDL_MOUSEWHEEL)
        m_pointerMoved = Clock::now();
    if (event.type == SDL_WINDOWEVENT && event.window.event == SDL_WINDOWEVENT_CLOSE) m_quit = true;
    if (event.type == SDL_KEYDOWN)
        if (auto press = translate(event.key.keysym))
            state.handleKey(*press, ImGui::GetIO().WantTextInput);
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
    SDL_SetWindowFullscreen(m_window, on ? SDL_WINDOW_FULLSCREEN_DESKTOP : 0);
}

void Window::showCursor(bool on) {
    if (on == m_cursorShown) return;
    SDL_ShowCursor(on ? SDL_ENABLE : SDL_DISABLE);
    m_cursorShown = on;
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
    SDL_GL_GetDrawableSize(m_window, &w, &h);
    glViewport(0, 0, w, h);
    glClearColor(background.r, background.g, background.b, 1);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
}

void Window::present() {
    SDL_GL_SwapWindow(m_window);
}

bool Window::writePng(const std::string& path, std::string& problem) {
    int w = 0, h = 0;
    SDL_GL_GetDrawableSize(m_window, &w, &h);
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
