// The fonts as the window builds them, headless (Dear ImGui with no window): the dyslexia font's
// letters are as large as the normal font's at every text size, so choosing it never makes the
// text smaller to read.
#include "app/style.hpp"

#include <catch2/catch.hpp>

#include <imgui.h>

using namespace frontline;
using namespace frontline::app;

namespace {

// The height in pixels of the letter x as the font draws it.
float xHeight(bool dyslexic, float scale) {
    ImGuiContext* context = ImGui::CreateContext();
    Settings settings;
    settings.dyslexicFont = dyslexic;
    settings.textScale = scale;
    std::string problem;
    const Fonts fonts = buildFonts(defaultAssetsDir(), settings, problem);
    REQUIRE(problem.empty());
    const ImFontGlyph* x = fonts.body->FindGlyph('x');
    REQUIRE(x != nullptr);
    const float height = x->Y1 - x->Y0;
    ImGui::DestroyContext(context);
    return height;
}

} // namespace

TEST_CASE("The dyslexia font's x-height matches the normal font's at every text size",
          "[ui-headless][fonts]") {
    CHECK(dyslexicFontScale(defaultAssetsDir()) > 1.2f);
    for (const float scale : {0.75f, 1.f, 1.5f, 2.f, 2.5f, 3.f}) {
        const float dejavu = xHeight(false, scale), dyslexic = xHeight(true, scale);
        INFO("text scale " << scale << ": DejaVu x " << dejavu << " px, OpenDyslexic x " << dyslexic
                           << " px");
        CHECK(dyslexic >= dejavu - 1.f); // never smaller to read
        CHECK(dyslexic <= dejavu + 2.f); // and not a size larger
    }
}
