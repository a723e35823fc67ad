#include "class_fit.hpp"

#include <algorithm>
#include <cmath>

namespace frontline::app {

namespace {

bool fits(float height, float region) {
    // A pixel to spare: the windows the content is drawn in are sized in whole pixels.
    constexpr float kRounding = 1.f;
    return std::isfinite(height) && height <= region - kRounding;
}

// The floor as given, kept within (0, 1]; a bad value means no shrinking at all.
float sane(float floor) {
    return std::isfinite(floor) && floor > 0 ? std::min(floor, 1.f) : 1.f;
}

} // namespace

float fitFloor(float bodyPixels, float screenHeight) {
    if (!(bodyPixels > 0) || !std::isfinite(bodyPixels)) return 1.f;
    const float readable = std::isfinite(screenHeight) && screenHeight > 0
                               ? kBackRowShare * screenHeight / bodyPixels
                               : 0.f;
    return std::min(1.f, std::max(kFitFloorShare, readable));
}

std::vector<float> fitSteps(float floor, float step) {
    floor = sane(floor);
    if (!(step > 0) || !std::isfinite(step)) step = kFitStep;
    std::vector<float> steps;
    // Counted in whole steps so float error never adds or drops one.
    for (int i = 0;; ++i) {
        const float scale = 1.f - static_cast<float>(i) * step;
        if (scale <= floor + step * 0.01f) break;
        steps.push_back(scale);
    }
    steps.push_back(floor);
    return steps;
}

Fit chooseFit(const std::vector<MeasuredHeight>& measured, float region, float floor) {
    floor = sane(floor);
    std::optional<Fit> best, smallest;
    for (const MeasuredHeight& m : measured) {
        if (!(m.scale >= floor - 1e-4f) || m.scale > 1.f + 1e-4f) continue; // outside the limits
        if (!smallest || m.scale < smallest->scale) smallest = Fit{m.scale, m.height, true};
        if (fits(m.height, region) && (!best || m.scale > best->scale))
            best = Fit{m.scale, m.height, false};
    }
    if (best) return *best;
    if (smallest) return *smallest;
    return Fit{floor, 0, true}; // nothing measured within the limits
}

Fit fitContent(float region, float floor, const std::function<float(float)>& heightAt, float step,
               int refine) {
    std::vector<MeasuredHeight> measured;
    std::optional<float> tooBig; // the last step that did not fit
    for (float scale : fitSteps(floor, step)) {
        measured.push_back({scale, heightAt(scale)});
        if (fits(measured.back().height, region)) break;
        tooBig = scale;
    }
    if (tooBig && fits(measured.back().height, region)) {
        float low = measured.back().scale, high = *tooBig;
        for (int i = 0; i < std::clamp(refine, 0, 8); ++i) {
            const float middle = (low + high) / 2;
            measured.push_back({middle, heightAt(middle)});
            (fits(measured.back().height, region) ? low : high) = middle;
        }
    }
    return chooseFit(measured, region, sane(floor));
}

LeveledFit fitFullOrCompact(float region, float floor,
                            const std::function<float(float, bool)>& heightAt, bool hasCompact,
                            float step, int refine) {
    const auto at = [&](bool compact) {
        return fitContent(
            region, floor, [&](float s) { return heightAt(s, compact); }, step, refine);
    };
    const Fit full = at(false);
    if (!full.overflows || !hasCompact) return {full, false};
    return {at(true), true};
}

ScrollMarks scrollMarks(float scrollY, float maxScrollY) {
    constexpr float kSlack = 1.f; // a pixel of rounding is not hidden content
    if (!std::isfinite(scrollY) || !std::isfinite(maxScrollY)) return {};
    return {scrollY > kSlack, maxScrollY - scrollY > kSlack};
}

JoinLayout placeJoinPanel(float width, float height, float em, int qrModules) {
    constexpr float kBesideShare = 0.3f; // of the width, for the panel beside the options
    constexpr float kOptionsEms = 20.f;  // what the options keep beside it, in body text sizes
    constexpr float kLeastEms = 12.f;    // below this the options cannot share the width at all
    constexpr float kStripShare = 0.4f;  // of the height, at most, for the strip below
    width = std::isfinite(width) ? std::max(width, 0.f) : 0.f;
    height = std::isfinite(height) ? std::max(height, 0.f) : 0.f;
    em = std::isfinite(em) && em > 0 ? em : 1.f;
    // The narrowest panel: the smallest code a phone reads from 5 m, and the panel's padding.
    const float code =
        static_cast<float>((std::max(qrModules, 1) + 2 * kQrQuietModules) * kQrMinModulePixels);
    const float narrowest = code + em * 0.5f;
    // A third of the width where the options keep 20 text sizes; narrower where they would not,
    // down to the code alone.
    const float beside =
        std::max(narrowest, std::min(width * kBesideShare, width - kOptionsEms * em));
    if (width - beside >= kLeastEms * em) return {JoinPlacement::Beside, beside, height};
    // A window too narrow to share: a strip along the bottom, never most of the screen.
    return {JoinPlacement::Below, width, std::min(narrowest, height * kStripShare)};
}

int qrModulePixels(int modules, float side) {
    if (modules <= 0 || !std::isfinite(side) || side <= 0) return 0;
    // A thousandth of a pixel of float error must not cost a whole pixel per module.
    return static_cast<int>(
        std::floor(side / static_cast<float>(modules + 2 * kQrQuietModules) + 1e-3f));
}

std::string pacingText(const Pacing& p) {
    std::string text = "Decision " + std::to_string(p.decision);
    if (p.ofAbout) text += " of ~" + std::to_string(*p.ofAbout);
    if (p.minutesUsed) text += " \xC2\xB7 " + std::to_string(*p.minutesUsed) + " min used";
    return text;
}

} // namespace frontline::app
