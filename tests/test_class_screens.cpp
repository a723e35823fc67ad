// The classroom's projector screens laid out headless (Dear ImGui with no window and no GL) at
// the projector preset and 1920x1080, 1280x720 and 1024x768: every option and the room's choice
// on screen with nothing left to scroll, a card too long for one screen marked as such, and the
// phones' join panel with a code big enough to scan.
#include "app/class_widgets.hpp"
#include "app/model/drive.hpp"
#include "app/style.hpp"
#include "net/qr_code.hpp"
#include "script/library.hpp"

#include <imgui_internal.h>

#include <catch2/catch.hpp>

#include <algorithm>
#include <optional>
#include <set>

using namespace frontline;
using namespace frontline::app;

namespace {

struct Size {
    float width, height;
};
constexpr Size kProjectors[] = {{1920, 1080}, {1280, 720}, {1024, 768}};

// One ImGui context, its fonts at the classroom's look, and a state driven to a class screen.
class Projector {
  public:
    Projector(Size size, const ScreenRequest& request)
        : m_state(script::loadLibrary({FRONTLINE_SCENARIOS_DIR}), Settings{}) {
        std::string problem;
        REQUIRE(driveTo(m_state, request, problem));
        m_context = ImGui::CreateContext();
        ImGuiIO& io = ImGui::GetIO();
        io.IniFilename = nullptr;
        io.DisplaySize = ImVec2(size.width, size.height);
        io.DeltaTime = 1.f / 60;
        const Settings look = m_state.look();
        REQUIRE(look.textScale == 2.5f); // the projector preset
        m_fonts = buildFonts(defaultAssetsDir(), look, problem);
        REQUIRE(problem.empty());
        unsigned char* pixels = nullptr;
        int w = 0, h = 0;
        io.Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);
        // High contrast but for its pure black and white, which only the QR code may use here.
        m_palette = palette(look.theme);
        m_palette.background = m_palette.panel = Rgba{0.02f, 0.02f, 0.02f, 1};
        m_palette.text = m_palette.border = Rgba{0.98f, 0.98f, 0.98f, 1};
        applyStyle(m_palette, m_fonts.body->FontSize);
    }
    ~Projector() { ImGui::DestroyContext(m_context); }
    Projector(const Projector&) = delete;
    Projector& operator=(const Projector&) = delete;

    // A few frames, as the window draws after any change, so sizes and scrolling settle; `later`
    // moves the frames' clock on.
    void draw(const JoinInfo* join = nullptr, int frames = 4, Clock::duration later = {}) {
        for (int i = 0; i < frames; ++i) {
            if (mouse) ImGui::GetIO().MousePos = *mouse;
            ImGui::NewFrame();
            Ui ui;
            ui.fonts = m_fonts;
            ui.palette = &m_palette;
            ui.em = ImGui::GetFontSize();
            ui.now = Clock::now() + later;
            ImGui::PushFont(m_fonts.body);
            if (m_state.screen() == Screen::ClassPlay)
                drawClassPlay(m_state, ui, join);
            else
                drawClassSetup(m_state, ui);
            ImGui::PopFont();
            ImGui::Render();
        }
    }
    ClassroomView& view() { return *m_state.classroom(); }
    const Fonts& fonts() const { return m_fonts; }
    const Palette& colours() const { return m_palette; }
    std::optional<ImVec2> mouse; // where the pointer is, from the next frame

  private:
    AppState m_state;
    ImGuiContext* m_context = nullptr;
    Fonts m_fonts;
    Palette m_palette;
};

ScreenRequest classScreen(const char* name, std::vector<int> choose, std::vector<int> votes) {
    ScreenRequest r = *screenRequestFor(name);
    r.scenario = "brightmart.faulty-kettle";
    r.choose = std::move(choose);
    r.votes = std::move(votes);
    return r;
}

bool sameColour(ImU32 a, ImU32 b) {
    return a == b;
}

// Whether the last frame drew anything in exactly this colour.
bool drew(Rgba c) {
    const ImU32 wanted = ImGui::ColorConvertFloat4ToU32(ImVec4(c.r, c.g, c.b, c.a));
    const ImDrawData* data = ImGui::GetDrawData();
    for (int l = 0; data != nullptr && l < data->CmdListsCount; ++l)
        for (const ImDrawVert& v : data->CmdLists[l]->VtxBuffer)
            if (v.col == wanted) return true;
    return false;
}

} // namespace

TEST_CASE("Class screens: every option and the room's choice fit without scrolling at the preset",
          "[class-fit][ui-headless]") {
    for (const Size size : kProjectors) {
        // Decision 1 has three options, decision 2 (after choosing 2) four.
        for (const auto& choose : {std::vector<int>{}, std::vector<int>{2}}) {
            for (const char* screen : {"class-vote", "class-reveal"}) {
                INFO(screen << " at decision " << choose.size() + 1 << ", " << size.width << "x"
                            << size.height);
                Projector p(size, classScreen(screen, choose, {11, 3, 14}));
                p.draw();
                CHECK_FALSE(p.view().moreBelow);
                CHECK_FALSE(p.view().moreAbove);
            }
        }
    }
    // The secret vote's team status lines too, where the reveal names the teams under options.
    for (const Size size : kProjectors)
        for (const char* screen : {"class-vote", "class-reveal"}) {
            INFO(screen << " secret at " << size.width << "x" << size.height);
            ScreenRequest r = classScreen(screen, {2}, {});
            r.classMode = ClassMode::SecretVote;
            Projector p(size, r);
            p.draw();
            CHECK_FALSE(p.view().moreBelow);
        }
}

TEST_CASE("Class screens: a card with one rule fits, a longer one scrolls and says so",
          "[class-fit][ui-headless]") {
    for (const Size size : {Size{1920, 1080}, Size{1280, 720}}) {
        INFO(size.width << "x" << size.height);
        Projector p(size, classScreen("class-card", {2}, {11, 3, 14}));
        p.draw();
        CHECK_FALSE(p.view().moreBelow);
    }
    // Decision 1's card breaks two rules: more than one screen even at the floor. Marked as
    // more below; once scrolled to its end, as more above and nothing below.
    Projector p({1280, 720}, classScreen("class-card", {}, {11, 3, 14}));
    p.draw();
    CHECK(p.view().moreBelow);
    CHECK_FALSE(p.view().moreAbove);
    p.view().scrollLines = 200;
    p.draw();
    CHECK(p.view().scrollLines == 0); // consumed
    CHECK_FALSE(p.view().moreBelow);
    CHECK(p.view().moreAbove);
}

TEST_CASE("Class screens: the join panel's code is whole, on screen and scannable at 1280x720",
          "[class-fit][ui-headless]") {
    JoinInfo join;
    join.address = "http://192.168.1.20:8080/?room=KQTV";
    join.roomCode = "KQTV";
    join.qrSize = 29; // version 3; a checkerboard has dark modules in every row
    for (int r = 0; r < join.qrSize; ++r)
        for (int c = 0; c < join.qrSize; ++c)
            join.qrDark.push_back((r + c) % 2 == 0);
    join.joined = 12;
    join.voted = 9;
    for (const Size size : kProjectors) {
        INFO(size.width << "x" << size.height);
        Projector p(size, classScreen("class-vote", {2}, {11, 3, 14}));
        p.draw(&join);
        CHECK_FALSE(p.view().moreBelow); // the panel never pushes an option off screen
        // The code's quiet zone is the only pure white, its modules the only pure black.
        std::set<float> rows;
        ImVec2 low(1e9f, 1e9f), high(-1e9f, -1e9f);
        const ImDrawData* data = ImGui::GetDrawData();
        REQUIRE(data != nullptr);
        for (int l = 0; l < data->CmdListsCount; ++l)
            for (const ImDrawVert& v : data->CmdLists[l]->VtxBuffer) {
                if (sameColour(v.col, IM_COL32(0, 0, 0, 255))) rows.insert(v.pos.y);
                if (sameColour(v.col, IM_COL32(255, 255, 255, 255))) {
                    low = ImVec2(std::min(low.x, v.pos.x), std::min(low.y, v.pos.y));
                    high = ImVec2(std::max(high.x, v.pos.x), std::max(high.y, v.pos.y));
                }
            }
        REQUIRE(rows.size() == 30); // every row's top, and the last row's bottom
        const float module = *std::next(rows.begin()) - *rows.begin();
        CHECK(module >= kQrMinModulePixels);
        CHECK(high.x - low.x == Approx(module * (29 + 2 * kQrQuietModules)));
        CHECK(high.y - low.y == Approx(module * (29 + 2 * kQrQuietModules)));
        CHECK(low.x >= 0);
        CHECK(low.y >= 0);
        CHECK(high.x <= size.width);
        CHECK(high.y <= size.height);
    }
    // The join server's own code for that address (libqrencode, correction M): every module
    // whole pixels, at least four, its quiet zone white around it.
    const net::QrCode real = net::qrCode(join.address);
    REQUIRE(real.size >= 21);
    join.qrSize = real.size;
    join.qrDark = real.dark;
    {
        Projector p({1280, 720}, classScreen("class-vote", {2}, {11, 3, 14}));
        p.draw(&join);
        CHECK_FALSE(p.view().moreBelow);
        std::set<float> rows;
        ImVec2 low(1e9f, 1e9f), high(-1e9f, -1e9f);
        const ImDrawData* data = ImGui::GetDrawData();
        for (int l = 0; l < data->CmdListsCount; ++l)
            for (const ImDrawVert& v : data->CmdLists[l]->VtxBuffer) {
                if (sameColour(v.col, IM_COL32(0, 0, 0, 255))) rows.insert(v.pos.y);
                if (sameColour(v.col, IM_COL32(255, 255, 255, 255))) {
                    low = ImVec2(std::min(low.x, v.pos.x), std::min(low.y, v.pos.y));
                    high = ImVec2(std::max(high.x, v.pos.x), std::max(high.y, v.pos.y));
                }
            }
        REQUIRE(rows.size() >= 2);
        const float module = *std::next(rows.begin()) - *rows.begin(); // the finder's first row
        CHECK(module >= kQrMinModulePixels);
        CHECK(*rows.rbegin() - *rows.begin() == Approx(module * real.size));
        CHECK(high.x - low.x == Approx(module * (real.size + 2 * kQrQuietModules)));
        CHECK(*rows.begin() - low.y == Approx(module * kQrQuietModules));
    }
    // A join server that could not start says so, and draws no code.
    join.problem = "port 8080 is in use";
    Projector p({1280, 720}, classScreen("class-vote", {2}, {}));
    p.draw(&join);
    std::size_t dark = 0;
    const ImDrawData* data = ImGui::GetDrawData();
    for (int l = 0; l < data->CmdListsCount; ++l)
        for (const ImDrawVert& v : data->CmdLists[l]->VtxBuffer)
            dark += sameColour(v.col, IM_COL32(0, 0, 0, 255)) ? 1 : 0;
    CHECK(dark == 0);
    CHECK_FALSE(p.view().moreBelow);
}

TEST_CASE("Class screens: an option's text stops short of its count, which costs one line at most",
          "[class-fit][ui-headless]") {
    Projector p({1280, 720}, classScreen("class-reveal", {2}, {11, 3, 14}));
    p.draw();
    ImGui::NewFrame();
    ImGui::PushFont(p.fonts().body);
    const std::string_view text =
        "Thanks, that's clear. Have you got anything showing you bought "
        "it here? The payment on your banking app or a statement is fine.";
    const float full = 600, first = 450;
    const OptionText split = splitAtCount(text, first, full);
    // The first line ends before the count column; the rest is every remaining word.
    CHECK(ImGui::CalcTextSize(split.first.data(), split.first.data() + split.first.size()).x <=
          first);
    REQUIRE_FALSE(split.rest.empty());
    CHECK(split.first.size() + split.rest.size() + 1 == text.size()); // the space at the wrap
    CHECK(text.substr(text.size() - split.rest.size()) == split.rest);
    // One line more than the text wrapped in the full width, at most.
    const float wrappedFull =
        ImGui::CalcTextSize(text.data(), text.data() + text.size(), false, full).y;
    CHECK(split.height <= wrappedFull + ImGui::GetFontSize() + 0.5f);
    // Short text fits the first line whole; a newline ends the first line.
    CHECK(splitAtCount("Yes.", first, full).rest.empty());
    // No room beside the count: every word below it.
    const OptionText under = splitAtCount(text, 0, full);
    CHECK(under.first.empty());
    CHECK(under.rest == text);
    const OptionText lines = splitAtCount("One\nTwo", first, full);
    CHECK(lines.first == "One");
    CHECK(lines.rest == "Two");
    ImGui::PopFont();
    ImGui::EndFrame();
}

TEST_CASE("Class screens: counts never run into an option's text, at any width",
          "[class-fit][ui-headless]") {
    Projector p({1280, 720}, classScreen("class-reveal", {2}, {11, 3, 14}));
    p.draw();
    const Decision& d = *p.view().session->current();
    REQUIRE(d.options.size() == 4);
    ImGui::NewFrame();
    ImGui::Begin("options");
    ImGui::PushFont(p.fonts().body);
    Ui ui;
    ui.fonts = p.fonts();
    ui.palette = &p.colours();
    for (const float scale : {1.f, 0.8f, 0.6f}) {
        ImGui::SetWindowFontScale(scale);
        ui.em = ImGui::GetFontSize();
        std::vector<std::string> counts;
        for (int votes : {11, 3, 14, 999})
            counts.push_back(countLabel(votes, 1027, scale < 0.9f)); // "3 teams · 0%" too
        const float column = countColumnWidth(ui, counts);
        for (float width = 300; width <= 1900; width += 40)
            for (std::size_t i = 0; i < d.options.size(); ++i) {
                OptionLook o;
                o.text = d.options[i].text;
                o.count = counts[i];
                o.countWidth = column;
                o.share = 0.5f;
                const OptionLayout l = layOutOption(ui, o, width);
                INFO("option " << i << ", width " << width << ", scale " << scale);
                // The first line ends a clear gap before the count; the rest starts below it.
                if (!l.text.first.empty()) CHECK(l.textX + l.firstWidth + ui.em * 0.5f <= l.countX);
                CHECK(l.padY + ImGui::GetFontSize() >= l.padY + l.countHeight - 0.5f);
                CHECK(l.countX + ImGui::CalcTextSize(o.count.c_str()).x <= width);
                CHECK(l.height > l.text.height);
            }
    }
    ImGui::PopFont();
    ImGui::End();
    ImGui::EndFrame();
}

TEST_CASE("Class screens: a resting pointer never makes an option look chosen",
          "[class-fit][ui-headless]") {
    const ScreenRequest vote = classScreen("class-vote", {}, {});
    std::optional<float> overOption;
    Rgba hover;
    {
        // Moved over the options: one fills, as any button under a live pointer.
        Projector p({1280, 720}, vote);
        hover = p.colours().buttonHover;
        for (float y = 20; y < 700 && !overOption; y += 10) {
            p.mouse = ImVec2(640, y);
            p.draw(nullptr, 1, std::chrono::hours(1));
            if (drew(hover)) overOption = y;
        }
        REQUIRE(overOption);
        // Still for longer than the window takes to hide it: no longer filled.
        p.draw(nullptr, 2, std::chrono::hours(1) + std::chrono::seconds(4));
        CHECK_FALSE(drew(hover));
    }
    // Resting over that option from the moment the screen opened: never filled.
    Projector p({1280, 720}, vote);
    p.mouse = ImVec2(640, *overOption);
    p.draw(nullptr, 4, std::chrono::hours(2));
    CHECK_FALSE(drew(hover));
}

TEST_CASE("Class screens: the star and the pointing triangle are in the font", "[ui-headless]") {
    Projector p({1280, 720}, classScreen("class-vote", {}, {}));
    for (ImFont* font : {p.fonts().body, p.fonts().bold, p.fonts().title}) {
        CHECK(font->FindGlyphNoFallback(0x2605) != nullptr); // ★ the principles favour this
        CHECK(font->FindGlyphNoFallback(0x25C0) != nullptr); // ◀ the team being keyed
        CHECK(font->FindGlyphNoFallback(0x25BC) != nullptr); // ▼ more below
    }
}

TEST_CASE("Class screens: the header and timer stay put while the content scrolls",
          "[class-fit][ui-headless]") {
    // A window too small for the decision even at the floor: its content scrolls.
    Projector p({900, 500}, classScreen("class-vote", {2}, {11, 3, 14}));
    p.draw();
    REQUIRE(p.view().moreBelow);
    p.view().scrollLines = 100;
    p.draw();
    CHECK(p.view().moreAbove);
    const ImGuiWindow* header = nullptr;
    const ImGuiWindow* content = nullptr;
    for (const ImGuiWindow* w : GImGui->Windows) {
        if (!w->WasActive) continue;
        const std::string_view name = w->Name;
        if (name.find("/play-pinned") != std::string_view::npos) header = w;
        if (name.find("/play-flowing") != std::string_view::npos) content = w;
    }
    REQUIRE(header != nullptr);
    REQUIRE(content != nullptr);
    CHECK(content->Scroll.y > 0); // the options moved up...
    CHECK(header->Scroll.y == 0); // ...the header did not
    CHECK(header->Pos.y < content->Pos.y);
    CHECK(header->Pos.y < 30);                   // at the top of the screen
    CHECK(header->DrawList->VtxBuffer.Size > 0); // and drawn: pacing line and timer
}
