#include "scrolling.hpp"

#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>

namespace frontline::app {

void applyScroll(ScrollRequest& request, float lineHeight) {
    if (!request.any()) return;
    // A window drawn for the first time does not know how tall its content is yet (a screen
    // opened with keys already pressed, as --keys does): kept for the next frame, which does.
    if (ImGui::GetCurrentWindowRead()->ContentSize.y <= 0) return;
    const float page = std::max(lineHeight, ImGui::GetWindowHeight() - lineHeight);
    float y = ImGui::GetScrollY() + static_cast<float>(request.lines) * lineHeight +
              static_cast<float>(request.pages) * page;
    if (request.jump == ScrollRequest::Jump::Top) y = 0;
    if (request.jump == ScrollRequest::Jump::Bottom) y = ImGui::GetScrollMaxY();
    ImGui::SetScrollY(std::clamp(y, 0.f, ImGui::GetScrollMaxY()));
    request.clear();
}

} // namespace frontline::app
