// What the classroom screens share: an option as the room sees it (its letter large, the votes
// as a bar), a team's colour chip, the discussion timer, and a consequence's rules.
#include "class_widgets.hpp"

#include <imgui_internal.h>

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <utility>

namespace frontline::app {

namespace {

constexpr auto kPointerIdle = std::chrono::seconds(3); // as long as the window shows it idle
bool g_measuring = false;                              // drawing into a measuring window

// Text and spacing at `scale` in the current window; `ui.em` follows, for sizes made from it.
class ScaledText {
  public:
    ScaledText(Ui& ui, float scale) : m_ui(ui), m_em(ui.em) {
        ImGui::SetWindowFontScale(scale);
        const ImGuiStyle& style = ImGui::GetStyle();
        auto scaled = [scale](ImVec2 v) { return ImVec2(v.x * scale, v.y * scale); };
        ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, scaled(style.ItemSpacing));
        ImGui::PushStyleVar(ImGuiStyleVar_ItemInnerSpacing, scaled(style.ItemInnerSpacing));
        ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, scaled(style.FramePadding));
        ui.em = m_em * scale;
    }
    ~ScaledText() {
        ImGui::PopStyleVar(3);
        m_ui.em = m_em;
    }
    ScaledText(const ScaledText&) = delete;
    ScaledText& operator=(const ScaledText&) = delete;

  private:
    Ui& m_ui;
    float m_em;
};

// The content's bottom in the current window: the lowest edge of any item, as ImGui measures
// the content to scroll (the cursor's own position depends on the spacing in force last).
float contentBottom() {
    const ImGuiWindow* window = ImGui::GetCurrentWindow();
    return window->DC.CursorMaxPos.y - window->Pos.y + window->Scroll.y;
}

} // namespace

float fontPixels(const ImFont* font) {
    const ImFont* current = ImGui::GetFont();
    const float scale =
        current && current->FontSize > 0 ? ImGui::GetFontSize() / current->FontSize : 1.f;
    return font->FontSize * scale;
}

bool pointerLive(Clock::time_point now) {
    static std::optional<Clock::time_point> movedAt;
    const ImGuiIO& io = ImGui::GetIO();
    if (!ImGui::IsMousePosValid()) return false;
    // A pointer merely resting where it was when the screen opened has never been used.
    if (io.MouseDelta.x != 0 || io.MouseDelta.y != 0 || ImGui::IsAnyMouseDown() ||
        io.MouseWheel != 0)
        movedAt = now;
    return movedAt && now >= *movedAt && now - *movedAt < kPointerIdle;
}

bool measuringFit() {
    return g_measuring;
}

Rgba teamColour(const Team& team, const Palette& palette) {
    return rgbaFromHex(team.colour).value_or(palette.accent);
}

void teamChip(const Ui& ui, const Team& team, std::string_view suffix) {
    const float d = ui.em * 0.8f;
    const ImVec2 at = ImGui::GetCursorScreenPos();
    ImGui::Dummy(ImVec2(d, ImGui::GetTextLineHeight()));
    ImGui::GetWindowDrawList()->AddCircleFilled(
        ImVec2(at.x + d / 2, at.y + ImGui::GetTextLineHeight() / 2), d / 2,
        colour(teamColour(team, *ui.palette)), 24);
    ImGui::SameLine();
    ImGui::PushTextWrapPos(0.0f);
    const std::string label = team.name + std::string(suffix);
    ImGui::TextUnformatted(label.c_str());
    ImGui::PopTextWrapPos();
}

OptionText splitAtCount(std::string_view text, float firstWidth, float fullWidth) {
    ImFont* font = ImGui::GetFont();
    const float size = ImGui::GetFontSize();
    const char* begin = text.data();
    const char* end = begin + text.size();
    const char* cut =
        firstWidth > 0 ? font->CalcWordWrapPositionA(size / font->FontSize, begin, end, firstWidth)
                       : begin; // no first line: all of it below
    if (const void* newline = std::memchr(begin, '\n', static_cast<std::size_t>(cut - begin)))
        cut = static_cast<const char*>(newline);
    OptionText out;
    out.first = std::string_view(begin, static_cast<std::size_t>(cut - begin));
    while (cut < end && (*cut == ' ' || *cut == '\n')) // as ImGui drops them at a wrap
        ++cut;
    out.rest = std::string_view(cut, static_cast<std::size_t>(end - cut));
    out.height = size + (out.rest.empty() ? 0
                                          : ImGui::CalcTextSize(out.rest.data(),
                                                                out.rest.data() + out.rest.size(),
                                                                false, fullWidth)
                                                .y);
    return out;
}

OptionLayout layOutOption(const Ui& ui, const OptionLook& o, float width) {
    OptionLayout l;
    l.width = width;
    l.padX = ui.em * 0.5f;
    l.padY = ui.em * 0.25f; // kept low: four options must fit a projector's height
    const float titlePx = fontPixels(ui.fonts.title), boldPx = fontPixels(ui.fonts.bold);
    l.letterWidth = titlePx * 0.9f; // the widest letter, A to I, and a little
    l.textX = l.padX + l.letterWidth + l.padX;
    l.textWidth = std::max(ui.em * 4, width - l.textX - l.padX);
    if (!o.count.empty()) {
        const float own = ui.fonts.bold->CalcTextSizeA(boldPx, FLT_MAX, 0, o.count.c_str()).x;
        l.countX = width - l.padX - own; // right-aligned in its column
        l.countHeight = boldPx;
        // A clear gap before the column: the first line wraps short of it, never into it.
        const float column = std::max(o.countWidth, own) + ui.em;
        // Too narrow for both on one line: the text starts under the count.
        const float room = l.textWidth - column;
        l.text = splitAtCount(o.text, room >= ui.em * 3 ? room : 0.f, l.textWidth);
    } else {
        l.text = splitAtCount(o.text, l.textWidth, l.textWidth);
    }
    l.firstWidth =
        ImGui::CalcTextSize(l.text.first.data(), l.text.first.data() + l.text.first.size()).x;
    const float chipsHeight = o.teams.empty() ? 0 : ImGui::GetTextLineHeightWithSpacing();
    // The votes as a bar along the bottom of the box, clear of the text so it keeps its contrast.
    l.barHeight = o.share ? ui.em * 0.4f : 0;
    l.inset = ui.em * 0.25f;
    const float below = o.share ? ui.em * 0.1f + l.barHeight + l.inset : l.padY;
    l.height = std::max(l.text.height + chipsHeight, titlePx) + l.padY + below;
    return l;
}

void optionBox(const Ui& ui, const OptionLook& o, float width) {
    const Palette& p = *ui.palette;
    const OptionLayout l = layOutOption(ui, o, width);
    const float pad = l.padX, padY = l.padY, inset = l.inset, barHeight = l.barHeight;
    const float height = l.height, textWidth = l.textWidth;
    const OptionText& text = l.text;
    const float titlePx = fontPixels(ui.fonts.title), boldPx = fontPixels(ui.fonts.bold);
    const ImVec2 at = ImGui::GetCursorScreenPos();
    ImGui::PushID(o.letter);
    const bool clicked = ImGui::InvisibleButton("option", ImVec2(width, height));
    ImGui::PopID();
    if (clicked && o.onClick) o.onClick();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 end(at.x + width, at.y + height);
    const float rounding = ui.em * 0.3f;
    // Filled only under a pointer in use: a hidden one must not make an option look chosen.
    const bool hot = ImGui::IsItemHovered() && pointerLive(ui.now);
    dl->AddRectFilled(at, end, colour(hot ? p.buttonHover : p.panel), rounding);
    if (o.share) {
        const float w = (width - 2 * inset) * std::clamp(*o.share, 0.f, 1.f);
        const float top = end.y - inset - barHeight;
        dl->AddRectFilled(ImVec2(at.x + inset, top), ImVec2(end.x - inset, end.y - inset),
                          colour(p.border, 0.25f));
        if (w > 0)
            dl->AddRectFilled(ImVec2(at.x + inset, top), ImVec2(at.x + inset + w, end.y - inset),
                              colour(o.barColour));
    }
    const float border = std::max(1.f, ui.em * 0.06f * p.borderSize);
    dl->AddRect(at, end, colour(o.outlined ? p.accent : p.border), rounding, 0,
                o.outlined ? border * 3.f : border);
    const char letter[2] = {o.letter, 0};
    dl->AddText(ui.fonts.title, titlePx, ImVec2(at.x + pad, at.y + padY), colour(p.accent), letter);
    const float textX = at.x + l.textX;
    const ImU32 ink = colour(o.dim ? p.muted : p.text);
    dl->AddText(ImGui::GetFont(), ImGui::GetFontSize(), ImVec2(textX, at.y + padY), ink,
                text.first.data(), text.first.data() + text.first.size());
    if (!text.rest.empty())
        dl->AddText(ImGui::GetFont(), ImGui::GetFontSize(),
                    ImVec2(textX, at.y + padY + ImGui::GetFontSize()), ink, text.rest.data(),
                    text.rest.data() + text.rest.size(), textWidth);
    if (!o.count.empty())
        dl->AddText(ui.fonts.bold, boldPx, ImVec2(at.x + l.countX, at.y + padY), colour(p.text),
                    o.count.c_str());
    if (!o.teams.empty()) {
        // Which teams picked it, by name and colour, under the text.
        float x = textX;
        const float y = at.y + padY + text.height + ImGui::GetStyle().ItemSpacing.y;
        for (const Team* team : o.teams) {
            const float d = ui.em * 0.7f;
            dl->AddCircleFilled(ImVec2(x + d / 2, y + ImGui::GetTextLineHeight() / 2), d / 2,
                                colour(teamColour(*team, p)), 20);
            x += d + ui.em * 0.25f;
            dl->AddText(ui.fonts.bold, boldPx, ImVec2(x, y), colour(p.text), team->name.c_str());
            x += ui.fonts.bold->CalcTextSizeA(boldPx, FLT_MAX, 0, team->name.c_str()).x +
                 ui.em * 0.8f;
        }
    }
}

float countColumnWidth(const Ui& ui, const std::vector<std::string>& counts) {
    const float px = fontPixels(ui.fonts.bold);
    float widest = 0;
    for (const std::string& c : counts)
        widest = std::max(widest, ui.fonts.bold->CalcTextSizeA(px, FLT_MAX, 0, c.c_str()).x);
    return widest;
}

std::string countLabel(int votes, int total, bool teams) {
    char text[48];
    const int percent = votePercent(votes, total);
    if (teams)
        std::snprintf(text, sizeof text, "%d team%s · %d%%", votes, votes == 1 ? "" : "s", percent);
    else
        std::snprintf(text, sizeof text, "%d · %d%%", votes, percent);
    return text;
}

std::string timerText(int seconds) {
    char text[16];
    std::snprintf(text, sizeof text, "%d:%02d", seconds / 60, seconds % 60);
    return text;
}

void ruleNotes(const Ui& ui, const Consequence& c) {
    const Palette& p = *ui.palette;
    for (const RuleNote& r : c.rules) {
        if (&r != &c.rules.front()) ImGui::Spacing(); // between rules, not after the last
        const bool shows = r.kind == EvidenceKind::Credit;
        std::string head =
            std::string(shows ? "\xE2\x9C\x93 Shows: " : "\xE2\x9C\x97 Breaks: ") + r.title;
        if (!r.source.empty()) head += " (" + r.source + ")";
        wrapped(head, shows ? p.good : p.bad, ui.fonts.bold);
        if (!r.requirement.empty()) wrapped(r.requirement, p.text);
        if (!r.forCustomer.empty())
            wrapped("When it is ignored, the customer: " + r.forCustomer +
                        " The business: " + r.forBusiness,
                    p.muted);
    }
}

void scrollBy(int& lines, float em) {
    if (lines == 0) return;
    ImGui::SetScrollY(ImGui::GetScrollY() + static_cast<float>(lines) * em * 1.2f);
    lines = 0;
}

} // namespace frontline::app

namespace frontline::app {

namespace {

// Lays the area's content out at `scale` in a window far off screen, where nothing is drawn and
// nothing takes input, and returns its height: pinned part, the gap, the flowing part.
struct Measured {
    float pinned = 0;
    float total = 0;
};

Measured measureAt(Ui& ui, const FittedArea& a, float scale, int step) {
    constexpr ImGuiWindowFlags kFlags =
        ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoInputs |
        ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoFocusOnAppearing |
        ImGuiWindowFlags_NoBackground | ImGuiWindowFlags_NoBringToFrontOnFocus;
    constexpr float kTall = 100000.f; // room for any content: no scrollbar narrows it
    const std::string name = std::string("##measure-") + a.id + "-" + std::to_string(step);
    ImGui::SetNextWindowPos(ImVec2(-3 * a.size.x - kTall, -2 * kTall));
    ImGui::SetNextWindowSize(ImVec2(a.size.x, kTall));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
    ImGui::Begin(name.c_str(), nullptr, kFlags);
    ImGui::PopStyleVar();
    g_measuring = true;
    // Nothing laid out off screen is reported: the test reads what the room sees.
    FrameReport* const report = std::exchange(ui.report, nullptr);
    Measured m;
    {
        ScaledText scaled(ui, scale);
        if (a.pinned) {
            a.pinned();
            m.pinned = std::max(0.f, contentBottom());
        }
        const float top = ImGui::GetCursorPosY();
        a.flowing();
        const float flowing = std::max(0.f, contentBottom() - top);
        m.total = m.pinned > 0 ? m.pinned + ImGui::GetStyle().ItemSpacing.y + flowing : flowing;
    }
    g_measuring = false;
    ui.report = report;
    ImGui::End();
    return m;
}

// "▼ more" in the bottom right corner of the current window (content hidden below), or "▲ more"
// in the top right one (hidden above): the room and the trainer see there is more, with no
// scrollbar taking width from the text.
void moreMark(const Ui& ui, bool below) {
    const char* text = below ? "\xE2\x96\xBC more" : "\xE2\x96\xB2 more";
    const ImVec2 size = ImGui::CalcTextSize(text);
    const ImVec2 pos = ImGui::GetWindowPos(), win = ImGui::GetWindowSize();
    const float pad = ui.em * 0.3f;
    const ImVec2 box(size.x + 2 * pad, size.y + 2 * pad);
    const ImVec2 at(pos.x + win.x - box.x - pad, below ? pos.y + win.y - box.y : pos.y);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(at, ImVec2(at.x + box.x, at.y + box.y), colour(ui.palette->background), pad);
    dl->AddRect(at, ImVec2(at.x + box.x, at.y + box.y), colour(ui.palette->accent), pad);
    dl->AddText(ImVec2(at.x + pad, at.y + pad), colour(ui.palette->accent), text);
}

} // namespace

FitOutcome drawFitted(Ui& ui, const FittedArea& a) {
    FitOutcome out;
    if (!(a.size.x >= 1 && a.size.y >= 1) || !a.flowing) return out;
    std::vector<std::pair<float, Measured>> measured; // at the last form tried
    bool compactTried = false;
    int windows = 0; // one measuring window per try: a window begun twice in a frame appends
    const LeveledFit chosen = fitFullOrCompact(
        a.size.y, a.floor,
        [&](float scale, bool compact) {
            if (a.compact != nullptr) *a.compact = compact;
            if (compact != compactTried) measured.clear();
            compactTried = compact;
            const Measured m = measureAt(ui, a, scale, windows++);
            measured.emplace_back(scale, m);
            return m.total;
        },
        a.compact != nullptr);
    out.fit = chosen.fit;
    out.compact = chosen.compact;
    if (a.compact != nullptr) *a.compact = chosen.compact;
    float pinned = 0;
    for (const auto& [scale, m] : measured)
        if (scale == out.fit.scale) pinned = m.pinned;
    constexpr ImGuiWindowFlags kStill =
        ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse;
    const std::string id(a.id);
    float flowHeight = a.size.y;
    if (a.pinned && pinned >= 1) {
        ImGui::BeginChild((id + "-pinned").c_str(), ImVec2(a.size.x, pinned), false, kStill);
        {
            ScaledText scaled(ui, out.fit.scale);
            a.pinned();
        }
        ImGui::EndChild();
        flowHeight -= pinned + ImGui::GetStyle().ItemSpacing.y;
    }
    // Scrolls only when even the floor overflows (PageDown then scrolls before it advances), with
    // no scrollbar: the content keeps the width it was measured at.
    ImGui::BeginChild((id + "-flowing").c_str(), ImVec2(a.size.x, std::max(1.f, flowHeight)), false,
                      out.fit.overflows ? ImGuiWindowFlags_NoScrollbar : kStill);
    {
        ScaledText scaled(ui, out.fit.scale);
        if (a.toTop) ImGui::SetScrollY(0);
        if (a.scrollLines != nullptr) scrollBy(*a.scrollLines, ui.em);
        a.flowing();
        out.marks = scrollMarks(ImGui::GetScrollY(), ImGui::GetScrollMaxY());
        if (out.marks.moreBelow) moreMark(ui, true);
        if (out.marks.moreAbove) moreMark(ui, false);
    }
    ImGui::EndChild();
    return out;
}

void beginClassBody(Ui& ui, std::string_view notice, std::string_view keys, float statusScale) {
    ui.status(notice, keys);
    ImGui::SetWindowFontScale(statusScale);
    const float status = statusBarHeight(ui);
    ImGui::SetWindowFontScale(1.f);
    ImGui::BeginChild("body", ImVec2(0, ImGui::GetContentRegionAvail().y - status), false);
}

void classStatusBar(const Ui& ui, float statusScale) {
    ImGui::SetWindowFontScale(statusScale);
    statusBar(ui);
    ImGui::SetWindowFontScale(1.f);
}

namespace {

bool drawableQr(const JoinInfo& j) {
    constexpr int kLargestQr = 177; // QR version 40
    return j.qrSize > 0 && j.qrSize <= kLargestQr &&
           j.qrDark.size() == static_cast<std::size_t>(j.qrSize) * j.qrSize;
}

// The code at `at`: a white square with its quiet zone, then each row's runs of dark modules.
void drawQr(const JoinInfo& j, ImVec2 at, int px) {
    ImDrawList* dl = ImGui::GetWindowDrawList();
    at = ImVec2(std::floor(at.x), std::floor(at.y)); // whole pixels: crisp module edges
    const float m = static_cast<float>(px);
    const float side = m * static_cast<float>(j.qrSize + 2 * kQrQuietModules);
    dl->AddRectFilled(at, ImVec2(at.x + side, at.y + side), IM_COL32(255, 255, 255, 255));
    const float x0 = at.x + m * kQrQuietModules, y0 = at.y + m * kQrQuietModules;
    for (int row = 0; row < j.qrSize; ++row)
        for (int col = 0; col < j.qrSize;) {
            if (!j.qrDark[static_cast<std::size_t>(row) * j.qrSize + col]) {
                ++col;
                continue;
            }
            const int from = col;
            while (col < j.qrSize && j.qrDark[static_cast<std::size_t>(row) * j.qrSize + col])
                ++col;
            dl->AddRectFilled(ImVec2(x0 + m * from, y0 + m * row),
                              ImVec2(x0 + m * col, y0 + m * (row + 1)), IM_COL32(0, 0, 0, 255));
        }
}

struct PanelLine {
    std::string text;
    ImFont* font;
    Rgba ink;
};

float linesHeight(const std::vector<PanelLine>& lines, float scale, float width) {
    float h = 0;
    for (const PanelLine& l : lines)
        h += l.font->CalcTextSizeA(l.font->FontSize * scale, FLT_MAX, width, l.text.c_str()).y +
             ImGui::GetStyle().ItemSpacing.y * scale;
    return h;
}

} // namespace

void joinPanel(const JoinInfo& j, const Ui& ui, float maxHeight) {
    const float width = ImGui::GetContentRegionAvail().x;
    if (!(maxHeight >= 1) || !(width >= 1)) return;
    const Palette& p = *ui.palette;
    ImGui::PushStyleColor(ImGuiCol_ChildBg, colourVec(p.panel));
    // A quarter of the text size each side: the strip below the options is planned with half
    // the text size to spare (placeJoinPanel), so the code keeps its scannable size.
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(ui.em * 0.25f, ui.em * 0.25f));
    ImGui::BeginChild("join", ImVec2(width, maxHeight), true,
                      ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
    ImGui::PopStyleVar();
    ImGui::SetWindowFontScale(1.f);
    const ImVec2 inner = ImGui::GetContentRegionAvail();
    std::vector<PanelLine> lines;
    const bool code = j.problem.empty() && drawableQr(j);
    if (!j.problem.empty()) {
        lines = {{"Phones cannot join this session: " + j.problem, ui.fonts.bold, p.warning},
                 {"Count the hands as usual.", ui.fonts.body, p.text}};
    } else {
        // What people type: the host and port (the page asks for the room); the code has it all.
        lines = {{j.typed.empty() ? j.address : j.typed, ui.fonts.bold, p.text},
                 {"Room " + j.roomCode, ui.fonts.title, p.accent},
                 {std::to_string(j.joined) + (j.joined == 1 ? " phone" : " phones") +
                      " joined \xC2\xB7 " + std::to_string(j.voted) + " voted",
                  ui.fonts.body, p.text}};
    }
    // A strip (wide and low) has the code at its left and the text beside it; a column has the
    // code on top. The text shrinks, to 60 % at most, before the code gets too small to scan.
    const bool strip = inner.x >= 2.5f * inner.y;
    const int modules = code ? j.qrSize : 0;
    const float smallest = static_cast<float>((modules + 2 * kQrQuietModules) * kQrMinModulePixels);
    float scale = 1.f, side = 0;
    for (float tried : {1.f, 0.9f, 0.8f, 0.7f, 0.6f}) {
        scale = tried;
        side = strip && code ? inner.y : 0;
        const float textWidth = strip && code ? inner.x - side - ui.em * 0.5f : inner.x;
        const float textHeight = linesHeight(lines, scale, textWidth);
        if (!strip && code) side = std::min(inner.x, inner.y - textHeight);
        const bool fits = strip || !code ? textHeight <= inner.y : side >= smallest;
        if (fits) break;
    }
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const int px = qrModulePixels(modules, side);
    if (code && px > 0) {
        drawQr(j, at, px);
        const float drawn = static_cast<float>(px * (j.qrSize + 2 * kQrQuietModules));
        if (strip) {
            ImGui::SetCursorScreenPos(ImVec2(at.x + drawn + ui.em * 0.5f, at.y));
        } else {
            ImGui::Dummy(ImVec2(drawn, drawn));
        }
    }
    ImGui::SetWindowFontScale(scale);
    ImGui::BeginGroup();
    ImGui::PushTextWrapPos(0.0f);
    for (const PanelLine& l : lines)
        wrapped(l.text, l.ink, l.font);
    ImGui::PopTextWrapPos();
    ImGui::EndGroup();
    ImGui::EndChild();
    ImGui::PopStyleColor();
}

} // namespace frontline::app
