#include "marks.hpp"

#include <cmath>

namespace frontline::app {

namespace {

std::vector<MarkPoint> cross(float left, float right) {
    return {{left, 0.2f}, {right, 0.8f}};
}
std::vector<MarkPoint> otherCross(float left, float right) {
    return {{right, 0.2f}, {left, 0.8f}};
}

} // namespace

Rgba markColour(const Palette& palette, Mark mark) {
    switch (mark) {
    case Mark::Shown:
        return palette.good;
    case Mark::Partly:
        return palette.warning;
    case Mark::Breached:
    case Mark::Critical:
        return palette.bad;
    case Mark::Neutral:
        break;
    }
    return palette.muted;
}

MarkIcon markIcon(Mark mark) {
    MarkIcon icon;
    switch (mark) {
    case Mark::Shown:
        icon.strokes = {{{0.14f, 0.55f}, {0.4f, 0.8f}, {0.88f, 0.2f}}};
        break;
    case Mark::Partly: { // a tilde: one wave across the box
        std::vector<MarkPoint> wave;
        constexpr int kSteps = 16;
        for (int i = 0; i <= kSteps; ++i) {
            const float t = static_cast<float>(i) / kSteps;
            wave.push_back({0.12f + 0.76f * t, 0.5f - 0.2f * std::sin(t * 6.2831853f)});
        }
        icon.strokes = {wave};
        break;
    }
    case Mark::Breached:
        icon.strokes = {cross(0.2f, 0.8f), otherCross(0.2f, 0.8f)};
        break;
    case Mark::Critical: // two crosses side by side, as the terminal's ✗✗
        icon.aspect = 1.8f;
        icon.strokes = {cross(0.1f, 0.43f), otherCross(0.1f, 0.43f), cross(0.57f, 0.9f),
                        otherCross(0.57f, 0.9f)};
        break;
    case Mark::Neutral:
        icon.dot = true;
        break;
    }
    return icon;
}

} // namespace frontline::app
