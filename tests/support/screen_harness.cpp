#include "screen_harness.hpp"

#include "app/style.hpp"

#include <catch2/catch.hpp>

namespace frontline::app {

ScreenHarness::ScreenHarness(const Settings& look, float width, float height) {
    m_context = ImGui::CreateContext();
    ImGui::SetCurrentContext(m_context);
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.DeltaTime = 1.f / 60;
    // Lines drawn without the atlas's baked textures: then every textured quad is a glyph, which
    // is how the report finds text cut at a region's edge.
    io.Fonts->Flags |= ImFontAtlasFlags_NoBakedLines;
    setDisplay(width, height);
    setLook(look);
}

void ScreenHarness::setLook(const Settings& look) {
    ImGui::SetCurrentContext(m_context);
    m_look = look;
    std::string problem;
    m_fonts = buildFonts(defaultAssetsDir(), look, problem);
    REQUIRE(problem.empty());
    unsigned char* pixels = nullptr;
    int w = 0, h = 0;
    ImGui::GetIO().Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);
    m_palette = palette(look.theme);
    applyStyle(m_palette, m_fonts.body->FontSize);
}

ScreenHarness::~ScreenHarness() {
    ImGui::DestroyContext(m_context);
}

void ScreenHarness::setDisplay(float width, float height) {
    ImGui::SetCurrentContext(m_context);
    ImGui::GetIO().DisplaySize = ImVec2(width, height);
}

float ScreenHarness::em() const {
    return m_fonts.body->FontSize;
}

void ScreenHarness::draw(AppState& state, int frames) {
    ImGui::SetCurrentContext(m_context);
    const Settings& wanted = state.look();
    if (followsLook && (wanted.textScale != m_look.textScale ||
                        wanted.dyslexicFont != m_look.dyslexicFont || wanted.theme != m_look.theme))
        setLook(wanted);
    for (int i = 0; i < frames; ++i) {
        if (mouse) ImGui::GetIO().MousePos = *mouse;
        ImGui::NewFrame();
        m_report.clear();
        Ui ui;
        ui.fonts = m_fonts;
        ui.palette = &m_palette;
        ui.em = ImGui::GetFontSize();
        // As the window decides it (app.cpp): side-by-side panes when there is room.
        const ImVec2 size = ImGui::GetIO().DisplaySize;
        ui.roomy = size.x >= ui.em * 40 && size.y >= ui.em * 24;
        ui.now = Clock::now() + later;
        ui.report = &m_report;
        ImGui::PushFont(m_fonts.body);
        if (drawOverride)
            drawOverride(state, ui);
        else
            drawScreen(state, ui);
        ImGui::PopFont();
        ImGui::Render();
        reportFrame(m_report);
        for (auto& action : ui.later)
            action();
    }
}

bool ScreenHarness::press(AppState& state, const KeyPress& key, int frames) {
    const bool changed = state.handleKey(key);
    draw(state, frames);
    return changed;
}

std::optional<int> ScreenHarness::pressUntil(AppState& state, const KeyPress& key,
                                             const std::function<bool(const FrameReport&)>& done,
                                             int limit) {
    for (int presses = 0; presses <= limit; ++presses) {
        if (done(m_report)) return presses;
        if (presses < limit) press(state, key);
    }
    return std::nullopt;
}

} // namespace frontline::app
