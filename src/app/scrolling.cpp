#include "scrolling.hpp"

#include <imgui.h>

#include <algorithm>

namespace frontline::app {

void applyScroll(ScrollRequest& request, float lineHeight) {
    if (!request.any()) return;
    const float page = std::max(lineHeight, ImGui::GetWindowHeight() - lineHeight);
    float y = ImGui::GetScrollY() + static_cast<float>(request.lines) * lineHeight +
              static_cast<float>(request.pages) * page;
    if (request.jump == ScrollRequest::Jump::Top) y = 0;
    if (request.jump == ScrollRequest::Jump::Bottom) y = ImGui::GetScrollMaxY();
    ImGui::SetScrollY(std::clamp(y, 0.f, ImGui::GetScrollMaxY()));
    request.clear();
}

} // namespace frontline::app
