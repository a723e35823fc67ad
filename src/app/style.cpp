#include "style.hpp"

#include <ft2build.h>
#include FT_FREETYPE_H
#include <imgui_freetype.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <system_error>

namespace fs = std::filesystem;

namespace frontline::app {

namespace {

// Latin-1, the punctuation scenarios use (dashes, curly quotes, ellipsis, pound and euro), arrows,
// not-equal, the check and cross marks, the triangles that point (the secret vote's team being
// keyed) and the star (the class debrief's favoured option). DejaVu has them all; OpenDyslexic
// gets them from DejaVu. Kept small so the atlas stays small at projector sizes.
constexpr ImWchar kGlyphs[] = {0x0020, 0x00FF, 0x0100, 0x017F, 0x2010, 0x2027, 0x2030, 0x203A,
                               0x20AC, 0x20AC, 0x2190, 0x2193, 0x2260, 0x2265, 0x2713, 0x2718,
                               0x25B2, 0x25BC, 0x25C0, 0x25C0, 0x2605, 0x2605, 0};

ImFont* addFont(ImFontAtlas* atlas, const fs::path& file, const fs::path& fallback, float pixels,
                std::string& problem) {
    if (!fs::exists(file)) {
        problem = "font missing: " + file.string() + "; using the built-in font";
        ImFontConfig config;
        config.SizePixels = pixels;
        return atlas->AddFontDefault(&config);
    }
    ImFont* font = atlas->AddFontFromFileTTF(file.c_str(), pixels, nullptr, kGlyphs);
    // Glyphs the first face lacks (OpenDyslexic has no arrows) come from DejaVu.
    if (!fallback.empty() && fs::exists(fallback) && fallback != file) {
        ImFontConfig merge;
        merge.MergeMode = true;
        atlas->AddFontFromFileTTF(fallback.c_str(), pixels, &merge, kGlyphs);
    }
    return font;
}

// A face's x-height as a share of the size ImGui asks FreeType for. ImGui's FreeType builder
// sizes a face by its whole height (ascender to descender), so a face with tall ascenders and
// deep descenders, as OpenDyslexic has, draws a small x for its pixel size. 0 when unreadable.
float xHeightShare(const fs::path& file) {
    FT_Library library = nullptr;
    if (FT_Init_FreeType(&library) != 0) return 0;
    float share = 0;
    FT_Face face = nullptr;
    if (FT_New_Face(library, file.c_str(), 0, &face) == 0) {
        const int height = face->ascender - face->descender;
        if (height > 0 && FT_Load_Char(face, 'x', FT_LOAD_NO_SCALE) == 0)
            share = static_cast<float>(face->glyph->metrics.height) / static_cast<float>(height);
        FT_Done_Face(face);
    }
    FT_Done_FreeType(library);
    return share;
}

} // namespace

float dyslexicFontScale(const std::string& assetsDir) {
    const fs::path fonts = fs::path(assetsDir) / "fonts";
    const float dejavu = xHeightShare(fonts / "DejaVuSans.ttf");
    const float dyslexic = xHeightShare(fonts / "OpenDyslexic-Regular.otf");
    // Matched x-heights: letters the same size to read, whichever face is chosen.
    return dejavu > 0 && dyslexic > 0 ? std::clamp(dejavu / dyslexic, 1.f, 2.f) : 1.15f;
}

std::string defaultAssetsDir() {
    if (const char* env = std::getenv("FRONTLINE_ASSETS"); env != nullptr && *env != '\0')
        return env;
    std::error_code ec;
    const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
    if (!ec)
        for (const fs::path& candidate :
             {exe.parent_path() / "../share/frontline/assets", exe.parent_path() / "../assets"})
            if (fs::is_directory(candidate / "fonts", ec))
                return fs::weakly_canonical(candidate, ec).string();
    return FRONTLINE_SOURCE_ASSETS;
}

Fonts buildFonts(const std::string& assetsDir, const Settings& settings, std::string& problem) {
    ImFontAtlas* atlas = ImGui::GetIO().Fonts;
    atlas->Clear();
    atlas->FontBuilderIO = ImGuiFreeType::GetBuilderForFreeType();
    const fs::path fonts = fs::path(assetsDir) / "fonts";
    const fs::path dejavu = fonts / "DejaVuSans.ttf", dejavuBold = fonts / "DejaVuSans-Bold.ttf";
    const fs::path regular = settings.dyslexicFont ? fonts / "OpenDyslexic-Regular.otf" : dejavu;
    const fs::path bold = settings.dyslexicFont ? fonts / "OpenDyslexic-Bold.otf" : dejavuBold;
    // Whole pixels: a fractional size blurs every glyph. OpenDyslexic draws small for its pixel
    // size (tall ascenders, deep descenders): it is sized up to DejaVu's x-height.
    const float face = settings.dyslexicFont ? dyslexicFontScale(assetsDir) : 1.0f;
    const float body = std::floor(kBodyPixels * settings.textScale * face);
    Fonts out;
    out.body = addFont(atlas, regular, dejavu, body, problem);
    out.bold = addFont(atlas, bold, dejavuBold, body, problem);
    out.title = addFont(atlas, bold, dejavuBold, std::floor(body * 1.45f), problem);
    atlas->Build();
    return out;
}

void applyStyle(const Palette& p, float em) {
    ImGuiStyle& style = ImGui::GetStyle();
    style = ImGuiStyle(); // ScaleAllSizes multiplies: start from the defaults every time
    ImGui::StyleColorsDark(&style);
    // Every size is a fraction of the text size, so the layout grows with the text.
    style.WindowPadding = ImVec2(em * 0.6f, em * 0.5f);
    style.FramePadding = ImVec2(em * 0.4f, em * 0.25f);
    style.ItemSpacing = ImVec2(em * 0.5f, em * 0.3f);
    style.ItemInnerSpacing = ImVec2(em * 0.3f, em * 0.25f);
    style.IndentSpacing = em;
    style.ScrollbarSize = std::max(12.f, em * 0.75f);
    style.GrabMinSize = em * 0.6f;
    style.FrameRounding = em * 0.2f;
    style.ChildRounding = em * 0.2f;
    style.GrabRounding = em * 0.2f;
    style.ScrollbarRounding = em * 0.3f;
    style.WindowRounding = 0;
    style.WindowBorderSize = 0;
    style.ChildBorderSize = p.borderSize;
    style.FrameBorderSize = p.borderSize;

    auto set = [&](ImGuiCol which, Rgba c, float alpha = 1.f) {
        style.Colors[which] = ImVec4(c.r, c.g, c.b, c.a * alpha);
    };
    set(ImGuiCol_WindowBg, p.background);
    set(ImGuiCol_ChildBg, p.panel);
    set(ImGuiCol_PopupBg, p.panel);
    set(ImGuiCol_Text, p.text);
    set(ImGuiCol_TextDisabled, p.muted);
    set(ImGuiCol_Border, p.border);
    set(ImGuiCol_FrameBg, p.panel);
    set(ImGuiCol_FrameBgHovered, p.buttonHover);
    set(ImGuiCol_FrameBgActive, p.buttonActive);
    set(ImGuiCol_Button, p.button);
    set(ImGuiCol_ButtonHovered, p.buttonHover);
    set(ImGuiCol_ButtonActive, p.buttonActive);
    set(ImGuiCol_Header, p.button);
    set(ImGuiCol_HeaderHovered, p.buttonHover);
    set(ImGuiCol_HeaderActive, p.buttonActive);
    set(ImGuiCol_Tab, p.button);
    set(ImGuiCol_TabHovered, p.buttonHover);
    set(ImGuiCol_TabActive, p.buttonActive);
    set(ImGuiCol_Separator, p.border);
    set(ImGuiCol_ScrollbarBg, p.background);
    set(ImGuiCol_ScrollbarGrab, p.border);
    set(ImGuiCol_ScrollbarGrabHovered, p.buttonHover);
    set(ImGuiCol_ScrollbarGrabActive, p.accent);
    set(ImGuiCol_CheckMark, p.accent);
    set(ImGuiCol_SliderGrab, p.accent);
    set(ImGuiCol_SliderGrabActive, p.accent);
    set(ImGuiCol_TextSelectedBg, p.accent, 0.35f);
    set(ImGuiCol_NavHighlight, p.accent);
    set(ImGuiCol_TableHeaderBg, p.panel);
    set(ImGuiCol_TableBorderStrong, p.border);
    set(ImGuiCol_TableBorderLight, p.border, 0.6f);
    set(ImGuiCol_TableRowBg, p.panel);
    set(ImGuiCol_TableRowBgAlt, p.background);
}

} // namespace frontline::app
