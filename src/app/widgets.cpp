// The small pieces every screen shares: wrapped text, wide buttons, the face and the mood meter.
#include "help_overlay.hpp"
#include "model/face.hpp"
#include "model/marks.hpp"
#include "ui.hpp"

#include <imgui_internal.h>

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <map>
#include <string>
#include <utility>

namespace frontline::app {

namespace {
constexpr float kButtonPadX = 0.6f; // a button's side padding, in text heights

FrameReport::Rect rectOf(const ImRect& r) {
    return {r.Min.x, r.Min.y, r.Max.x, r.Max.y};
}

// A window's name as the screens wrote it: "Play/conversation_1A2B3C4D" -> "conversation".
std::string regionName(const char* full) {
    std::string name(full);
    if (const auto slash = name.rfind('/'); slash != std::string::npos) {
        name.erase(0, slash + 1);
        if (const auto hash = name.rfind('_'); hash != std::string::npos) name.erase(hash);
    }
    return name;
}
} // namespace

const FrameReport::Selectable* FrameReport::selected() const {
    for (const Selectable& s : selectables)
        if (s.selected) return &s;
    return nullptr;
}

const FrameReport::Region* FrameReport::region(std::string_view name) const {
    for (const Region& r : regions)
        if (r.name == name) return &r;
    return nullptr;
}

void reportSelectable(const Ui& ui, std::string_view id, bool selected) {
    if (ui.report == nullptr) return;
    const ImGuiWindow* window = ImGui::GetCurrentWindow();
    ui.report->selectables.push_back(
        {std::string(id), regionName(window->Name),
         rectOf(ImRect(ImGui::GetItemRectMin(), ImGui::GetItemRectMax())),
         rectOf(window->InnerClipRect), selected});
}

void reportLine(const Ui& ui, std::string_view text, float width) {
    if (ui.report == nullptr) return;
    const float over = ImGui::CalcTextSize(text.data(), text.data() + text.size()).x - width;
    if (over > 0.5f)
        ui.report->cut.push_back(
            {std::string(text), regionName(ImGui::GetCurrentWindow()->Name), over});
}

ImU32 colour(Rgba c, float alpha) {
    return ImGui::GetColorU32(ImVec4(c.r, c.g, c.b, c.a * alpha));
}
ImVec4 colourVec(Rgba c) {
    return ImVec4(c.r, c.g, c.b, c.a);
}

void wrapped(std::string_view text, Rgba c, ImFont* font) {
    if (font != nullptr) ImGui::PushFont(font);
    ImGui::PushStyleColor(ImGuiCol_Text, colourVec(c));
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(text.data(), text.data() + text.size());
    ImGui::PopTextWrapPos();
    ImGui::PopStyleColor();
    if (font != nullptr) ImGui::PopFont();
}

void heading(const Ui& ui, std::string_view text) {
    wrapped(text, ui.palette->accent, ui.fonts.title);
}

bool wideButton(const Ui& ui, const char* id, std::string_view label, float width, bool selected,
                bool enabled, ImFont* firstLine) {
    const Palette& p = *ui.palette;
    const ImVec2 pad(ui.em * kButtonPadX, ui.em * 0.45f);
    const float wrapWidth = std::max(ui.em, width - 2 * pad.x);
    // An optional first line in another font (a card's title in bold), the rest below it.
    std::string_view head, rest = label;
    if (firstLine != nullptr) {
        const auto cut = label.find('\n');
        head = label.substr(0, cut);
        rest = cut == std::string_view::npos ? std::string_view() : label.substr(cut + 1);
    }
    const float fontSize = ImGui::GetFontSize();
    const float headHeight = head.empty()
                                 ? 0
                                 : firstLine
                                       ->CalcTextSizeA(firstLine->FontSize, FLT_MAX, wrapWidth,
                                                       head.data(), head.data() + head.size())
                                       .y;
    const float restHeight =
        rest.empty()
            ? 0
            : ImGui::CalcTextSize(rest.data(), rest.data() + rest.size(), false, wrapWidth).y;
    // Whole pixels, so a region scrolled to its end shows the last button whole.
    const ImVec2 size(width, std::ceil(headHeight + restHeight + 2 * pad.y));
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const bool clicked = ImGui::InvisibleButton(id, size) && enabled;
    reportSelectable(ui, id, selected);
    const bool hovered = ImGui::IsItemHovered() && enabled;
    const bool held = ImGui::IsItemActive() && enabled;
    const Rgba fill = !enabled  ? p.panel
                      : held    ? p.buttonActive
                      : hovered ? p.buttonHover
                                : p.button;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float rounding = ui.em * 0.3f;
    const ImVec2 end(at.x + size.x, at.y + size.y);
    dl->AddRectFilled(at, end, colour(fill), rounding);
    const float border = std::max(1.f, ui.em * 0.06f * p.borderSize);
    dl->AddRect(at, end, colour(selected ? p.accent : p.border), rounding, 0,
                selected ? border * 2.5f : border);
    const ImU32 ink = enabled ? ImGui::GetColorU32(ImGuiCol_Text) : colour(p.muted);
    if (!head.empty())
        dl->AddText(firstLine, firstLine->FontSize, ImVec2(at.x + pad.x, at.y + pad.y), ink,
                    head.data(), head.data() + head.size(), wrapWidth);
    if (!rest.empty())
        dl->AddText(ImGui::GetFont(), fontSize, ImVec2(at.x + pad.x, at.y + pad.y + headHeight),
                    ink, rest.data(), rest.data() + rest.size(), wrapWidth);
    return clicked;
}

// A button sized to its label: the label plus wideButton's padding on each side.
float buttonWidth(const Ui& ui, const char* label) {
    return ImGui::CalcTextSize(label, nullptr, true).x + 2 * ui.em * kButtonPadX + 1;
}

bool button(const Ui& ui, const char* label, bool enabled, bool selected) {
    return wideButton(ui, label, label, buttonWidth(ui, label), selected, enabled);
}

void nextInRow(const Ui& ui, const char* label) {
    const float last = ImGui::GetItemRectMax().x;
    const float right = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
    if (last + ImGui::GetStyle().ItemSpacing.x + buttonWidth(ui, label) <= right) ImGui::SameLine();
}

void moodMeter(const Ui& ui, float mood, float width) {
    const Palette& p = *ui.palette;
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const float h = ui.em * 0.6f;
    ImGui::Dummy(ImVec2(width, h));
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 end(at.x + width, at.y + h);
    // Red through amber to green, so the meter reads without the number.
    const ImU32 red = colour(p.bad), amber = colour(p.warning), green = colour(p.good);
    const float mid = at.x + width / 2;
    dl->AddRectFilledMultiColor(at, ImVec2(mid, end.y), red, amber, amber, red);
    dl->AddRectFilledMultiColor(ImVec2(mid, at.y), end, amber, green, green, amber);
    dl->AddRect(at, end, colour(p.border), 0, 0, std::max(1.f, ui.em * 0.05f * p.borderSize));
    const float x = at.x + width * std::clamp(mood, 0.f, 100.f) / 100.f;
    const float r = h * 0.75f;
    dl->AddTriangleFilled(ImVec2(x - r * 0.6f, at.y - r * 0.5f),
                          ImVec2(x + r * 0.6f, at.y - r * 0.5f), ImVec2(x, at.y + h * 0.35f),
                          colour(p.text));
    dl->AddLine(ImVec2(x, at.y), ImVec2(x, end.y), colour(p.text), std::max(2.f, ui.em * 0.12f));
}

namespace {

void ellipse(ImDrawList* dl, ImVec2 c, float rx, float ry, ImU32 col) {
    constexpr int n = 24;
    for (int i = 0; i < n; ++i) {
        const float a = 2 * static_cast<float>(M_PI) * static_cast<float>(i) / n;
        dl->PathLineTo(ImVec2(c.x + rx * std::cos(a), c.y + ry * std::sin(a)));
    }
    dl->PathFillConvex(col);
}

ImU32 mix(Rgba a, Rgba b, float t) {
    return colour({a.r + (b.r - a.r) * t, a.g + (b.g - a.g) * t, a.b + (b.b - a.b) * t, 1});
}

} // namespace

void face(float mood, float size) {
    const FaceShape f = faceFor(mood);
    const ImVec2 at = ImGui::GetCursorScreenPos();
    ImGui::Dummy(ImVec2(size, size));
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 c(at.x + size / 2, at.y + size / 2);
    const float r = size * 0.46f;
    const Rgba skin{0.96f, 0.80f, 0.62f, 1}, angry{0.93f, 0.52f, 0.42f, 1};
    const Rgba ink{0.13f, 0.10f, 0.09f, 1};
    const float line = std::max(1.5f, size * 0.03f);

    dl->AddCircleFilled(c, r, mix(skin, angry, f.flush * 0.7f), 64);
    dl->AddCircle(c, r, colour(ink), 64, line);
    if (f.flush > 0) {
        for (float side : {-1.f, 1.f})
            dl->AddCircleFilled(ImVec2(c.x + side * r * 0.5f, c.y + r * 0.22f), r * 0.16f,
                                colour({0.9f, 0.2f, 0.2f, 1}, 0.45f * f.flush), 24);
    }
    for (float side : {-1.f, 1.f}) {
        const ImVec2 eye(c.x + side * r * 0.36f, c.y - r * 0.12f);
        ellipse(dl, eye, r * 0.14f, r * 0.14f * f.eyeOpen, IM_COL32_WHITE);
        dl->AddCircleFilled(eye, r * 0.065f * std::max(0.6f, f.eyeOpen), colour(ink), 16);
        // Brows: the inner end drops when angry and lifts when pleased.
        const float base = eye.y - r * 0.27f;
        const ImVec2 inner(c.x + side * r * 0.14f, base - f.browTilt * r * 0.1f + r * 0.02f);
        const ImVec2 outer(c.x + side * r * 0.56f, base + f.browTilt * r * 0.04f);
        dl->AddLine(inner, outer, colour(ink), line * 1.6f);
    }
    // The mouth: a curve whose ends lift with mood; it opens at either extreme.
    const float my = c.y + r * 0.48f, half = r * 0.36f;
    const float lift = f.mouthCurve * r * 0.14f;
    const ImVec2 left(c.x - half, my - lift), right(c.x + half, my - lift);
    const ImVec2 c1(c.x - half * 0.4f, my + lift * 1.2f), c2(c.x + half * 0.4f, my + lift * 1.2f);
    if (f.mouthOpen > 0.05f) {
        const float open = f.mouthOpen * r * 0.22f;
        dl->PathLineTo(left);
        dl->PathBezierCubicCurveTo(c1, c2, right);
        dl->PathBezierCubicCurveTo(ImVec2(c2.x, c2.y + open * (lift >= 0 ? 1.f : -1.f)),
                                   ImVec2(c1.x, c1.y + open * (lift >= 0 ? 1.f : -1.f)), left);
        dl->PathFillConvex(colour({0.45f, 0.1f, 0.12f, 1}));
    }
    dl->AddBezierCubic(left, c1, c2, right, colour(ink), line * 1.4f);
}

bool beginScreen(const char* id) {
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(vp->WorkPos);
    ImGui::SetNextWindowSize(vp->WorkSize);
    constexpr ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                       ImGuiWindowFlags_NoSavedSettings |
                                       ImGuiWindowFlags_NoBringToFrontOnFocus;
    return ImGui::Begin(id, nullptr, flags);
}

void endScreen() {
    ImGui::End();
}

namespace {

std::string_view statusText(const Ui& ui) {
    return ui.notice.empty() ? std::string_view(ui.keys) : std::string_view(ui.notice);
}

// The width the status bar's text wraps at: the screen's whole content width, the same whether
// asked before the body (for its height) or after it (to draw).
float statusWidth() {
    return std::max(1.f,
                    ImGui::GetWindowContentRegionMax().x - ImGui::GetWindowContentRegionMin().x);
}

float statusTextHeight(const Ui& ui) {
    const std::string_view text = statusText(ui);
    const float height =
        ImGui::CalcTextSize(text.data(), text.data() + text.size(), false, statusWidth()).y;
    // Never more than a third of the screen: a runaway notice must leave the screen usable.
    return std::min(std::max(height, ImGui::GetTextLineHeight()),
                    std::max(ImGui::GetTextLineHeight(), ImGui::GetWindowHeight() / 3));
}

} // namespace

float statusBarHeight(const Ui& ui) {
    return statusTextHeight(ui) + 2 * ImGui::GetStyle().ItemSpacing.y + 2;
}

void beginBody(const Ui& ui, const char* id) {
    ImGui::BeginChild(id, ImVec2(0, ImGui::GetContentRegionAvail().y - statusBarHeight(ui)), false);
}

void endBody() {
    ImGui::Dummy(ImVec2(0, 0)); // a gap after the last element, like the one between elements
    ImGui::EndChild();
}

void statusBar(const Ui& ui) {
    ImGui::Separator();
    const std::string_view shown = statusText(ui);
    ImGui::PushStyleColor(ImGuiCol_Text, colourVec(ui.notice.empty() ? ui.palette->muted
                                                   : ui.noticeDone   ? ui.palette->good
                                                                     : ui.palette->warning));
    // Wrapped at the screen's width rather than cut: every key hint stays readable at any size.
    if (ui.report != nullptr) {
        const float needed =
            ImGui::CalcTextSize(shown.data(), shown.data() + shown.size(), false, statusWidth()).y;
        const float given =
            ImGui::GetCurrentWindow()->InnerClipRect.Max.y - ImGui::GetCursorScreenPos().y;
        ui.report->status.push_back({std::string(shown), needed, given});
    }
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + statusWidth());
    ImGui::TextUnformatted(shown.data(), shown.data() + shown.size());
    ImGui::PopTextWrapPos();
    ImGui::PopStyleColor();
}

void keepInView(std::string_view key) {
    ImGuiWindow* window = ImGui::GetCurrentWindow();
    ImGuiStorage* storage = ImGui::GetStateStorage();
    // Kept in the window's own storage, so each ImGui context (the presenter has its own)
    // remembers its own selection.
    const ImGuiID selectionId = ImGui::GetID("##kept-selection");
    const ImGuiID layoutId = ImGui::GetID("##kept-layout");
    const int selection = static_cast<int>(ImHashStr(key.data(), key.size()));
    const float layout[] = {ImGui::GetFontSize(), window->InnerRect.GetWidth(),
                            window->InnerRect.GetHeight()};
    const int shape = static_cast<int>(ImHashData(layout, sizeof layout));
    const ImGuiID settlingId = ImGui::GetID("##kept-until");
    const bool moved = storage->GetInt(selectionId, ~selection) != selection;
    const bool reshaped = storage->GetInt(layoutId, ~shape) != shape;
    storage->SetInt(selectionId, selection);
    storage->SetInt(layoutId, shape);
    // A scroll set in one frame is clamped to the last frame's content; for two frames after a
    // move the selection is followed again, so content that grew with the move (a selected
    // row's longer label) still ends in view.
    const int frame = ImGui::GetFrameCount();
    if (moved || reshaped) storage->SetInt(settlingId, frame + 2);
    if (frame > storage->GetInt(settlingId, 0)) return;
    const ImRect item(ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
    const ImRect& shown = window->InnerClipRect;
    if (shown.Contains(item)) return;
    // As little as shows it whole, with a margin where there is room for one (a child without a
    // border has no padding of its own); one taller than the region shows its top, where it
    // starts to be read.
    const float margin =
        std::clamp((shown.GetHeight() - item.GetHeight()) / 2, 0.f,
                   std::max(window->WindowPadding.y, ImGui::GetStyle().ItemSpacing.y));
    if (item.Min.y < shown.Min.y || item.GetHeight() > shown.GetHeight())
        ImGui::SetScrollFromPosY(item.Min.y - window->Pos.y - margin, 0.f);
    else
        ImGui::SetScrollFromPosY(item.Max.y - window->Pos.y + margin, 1.f);
}

void drawMarkIcon(const Ui& ui, Mark mark, ImVec2 at, float size, Rgba ink) {
    const MarkIcon icon = markIcon(mark);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float w = size * icon.aspect;
    const float thick = std::max(2.f, ui.em * 0.13f);
    if (icon.dot)
        dl->AddCircleFilled(ImVec2(at.x + w * 0.5f, at.y + size * 0.5f), size * 0.18f, colour(ink));
    for (const auto& stroke : icon.strokes) {
        std::vector<ImVec2> points;
        for (const MarkPoint& p : stroke)
            points.emplace_back(at.x + p.x * w, at.y + p.y * size);
        dl->AddPolyline(points.data(), static_cast<int>(points.size()), colour(ink), 0, thick);
    }
}

namespace {

// The glyph a textured quad shows, found by where it sits in the font atlas.
using GlyphAt = std::map<std::pair<float, float>, const ImFontGlyph*>;

GlyphAt glyphsByTexture() {
    GlyphAt out;
    for (const ImFont* font : ImGui::GetIO().Fonts->Fonts)
        for (const ImFontGlyph& g : font->Glyphs)
            out.emplace(std::make_pair(g.U0, g.V0), &g);
    return out;
}

void appendUtf8(std::string& out, unsigned int c) {
    char buf[5] = {};
    ImTextCharToUtf8(buf, c);
    out += buf;
}

struct Glyph {
    float x0, x1, y0, y1;
    const ImFontGlyph* glyph;
};

// Text lines in one draw command whose glyphs reach past the command's clip rect on the right.
// ImGui drops a glyph wholly outside the clip rect but draws one that straddles it, so a cut
// line always leaves such a glyph (needs the atlas built without baked lines, whose textured
// quads would otherwise pass for glyphs).
void cutLines(const ImDrawList& list, const ImDrawCmd& cmd, const GlyphAt& glyphs,
              const ImVec2 whiteUv, FrameReport& report) {
    std::map<int, std::vector<Glyph>> lines; // by baseline
    const ImDrawIdx* idx = list.IdxBuffer.Data + cmd.IdxOffset;
    for (unsigned int i = 0; i + 5 < cmd.ElemCount; i += 3) {
        const unsigned int a = cmd.VtxOffset + idx[i];
        const ImDrawVert& v = list.VtxBuffer[static_cast<int>(a)];
        if (v.uv.x == whiteUv.x && v.uv.y == whiteUv.y) continue;
        // A glyph is a quad: (a, a+1, a+2) then (a, a+2, a+3).
        if (cmd.VtxOffset + idx[i + 1] != a + 1 || cmd.VtxOffset + idx[i + 3] != a) continue;
        const auto found = glyphs.find({v.uv.x, v.uv.y});
        if (found == glyphs.end()) continue;
        const ImDrawVert& far = list.VtxBuffer[static_cast<int>(a + 2)];
        const ImFontGlyph& g = *found->second;
        lines[static_cast<int>(std::lround(v.pos.y - g.Y0))].push_back(
            {v.pos.x, far.pos.x, v.pos.y, far.pos.y, &g});
        i += 3;
    }
    const ImVec4& clip = cmd.ClipRect;
    for (auto& [baseline, line] : lines) {
        std::sort(line.begin(), line.end(),
                  [](const Glyph& l, const Glyph& r) { return l.x0 < r.x0; });
        float right = 0;
        bool seen = false;
        for (const Glyph& g : line) {
            right = std::max(right, g.x1);
            seen = seen || (g.y1 > clip.y && g.y0 < clip.w);
        }
        if (!seen || right <= clip.z + 0.5f) continue;
        std::string text;
        float pen = line.front().x0 - line.front().glyph->X0;
        for (const Glyph& g : line) {
            // Spaces draw nothing: a gap wider than the last glyph's advance was one.
            if (g.x0 - g.glyph->X0 - pen > 1) text += ' ';
            appendUtf8(text, g.glyph->Codepoint);
            pen = g.x0 - g.glyph->X0 + g.glyph->AdvanceX;
        }
        report.cut.push_back(
            {text, regionName(list._OwnerName ? list._OwnerName : ""), right - clip.z});
    }
}

} // namespace

void reportFrame(FrameReport& report) {
    const ImGuiContext& g = *GImGui;
    for (const ImGuiWindow* window : g.Windows)
        if (window->Active && !window->Hidden)
            report.regions.push_back({regionName(window->Name), window->Scroll.y,
                                      window->ScrollMax.y, rectOf(window->InnerClipRect)});
    const ImDrawData* data = ImGui::GetDrawData();
    if (data == nullptr) return;
    const GlyphAt glyphs = glyphsByTexture();
    const ImVec2 whiteUv = ImGui::GetIO().Fonts->TexUvWhitePixel;
    for (int l = 0; l < data->CmdListsCount; ++l) {
        const ImDrawList& list = *data->CmdLists[l];
        for (const ImDrawCmd& cmd : list.CmdBuffer)
            if (cmd.UserCallback == nullptr) cutLines(list, cmd, glyphs, whiteUv, report);
    }
}

namespace {

void drawShown(AppState& state, Ui& ui) {
    switch (state.screen()) {
    case Screen::Library:
        return drawLibrary(state, ui);
    case Screen::Briefing:
        return drawBriefing(state, ui);
    case Screen::Play:
        return drawPlay(state, ui);
    case Screen::Debrief:
        return drawDebrief(state, ui);
    case Screen::Settings:
        return drawSettings(state, ui);
    case Screen::ClassSetup:
        return drawClassSetup(state, ui);
    case Screen::ClassPlay:
        return drawClassPlay(state, ui);
    case Screen::ClassDebrief:
        return drawClassDebrief(state, ui);
    case Screen::Author:
        return drawAuthor(state, ui);
    case Screen::Progress:
        return drawProgress(state, ui);
    }
}

} // namespace

void drawScreen(AppState& state, Ui& ui) {
    drawShown(state, ui);
    drawHelp(state, ui); // over the screen, when F1 or ? opened it
}

} // namespace frontline::app
