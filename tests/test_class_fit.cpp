// Fitting the classroom screens to a projector: the largest text that fits, never below what the
// back row can read, scrolling only past that floor; where the phones' join panel goes; how big
// the QR code's modules are; the header's pacing line.
#include "app/model/class_fit.hpp"

#include <catch2/catch.hpp>

#include <cmath>
#include <limits>

using namespace frontline::app;

TEST_CASE("Class fit: the largest scale whose content fits the region is chosen", "[class-fit]") {
    // Text wraps, so height does not shrink in proportion: 0.9 still overflows, 0.85 fits.
    const std::vector<MeasuredHeight> measured{{1.f, 900},   {0.95f, 820}, {0.9f, 760},
                                               {0.85f, 700}, {0.8f, 640},  {0.75f, 600}};
    const Fit fit = chooseFit(measured, 720, 0.6f);
    CHECK(fit.scale == Approx(0.85f));
    CHECK(fit.height == Approx(700));
    CHECK_FALSE(fit.overflows);
    // Content that fits at full size is never shrunk.
    CHECK(chooseFit({{1.f, 500}, {0.8f, 400}}, 720, 0.6f).scale == Approx(1.f));
    // The order measured in does not matter.
    CHECK(chooseFit({{0.7f, 500}, {1.f, 900}, {0.8f, 650}}, 720, 0.6f).scale == Approx(0.8f));
}

TEST_CASE("Class fit: the full form first, the compact form only when the floor overflows",
          "[class-fit]") {
    // The reveal: 700 px at the floor with the customer's words, 560 without them.
    const auto reveal = [](float s, bool compact) { return (compact ? 560.f : 700.f) * s / 0.6f; };
    const LeveledFit tight = fitFullOrCompact(600, 0.6f, reveal, true);
    CHECK(tight.compact);
    CHECK_FALSE(tight.fit.overflows);
    CHECK(tight.fit.scale > 0.6f);
    // With room, the full form, even if smaller than the compact one could be drawn.
    const LeveledFit roomy = fitFullOrCompact(800, 0.6f, reveal, true);
    CHECK_FALSE(roomy.compact);
    CHECK_FALSE(roomy.fit.overflows);
    // Content with no compact form overflows at the floor and says so.
    const LeveledFit none = fitFullOrCompact(600, 0.6f, reveal, false);
    CHECK_FALSE(none.compact);
    CHECK(none.fit.overflows);
    CHECK(none.fit.scale == Approx(0.6f));
}

TEST_CASE("Class fit: the floor is respected and overflow below it is reported", "[class-fit]") {
    // Only 0.5 would fit, but the floor is 0.6: draw at 0.6 and scroll.
    const std::vector<MeasuredHeight> measured{{1.f, 1500}, {0.8f, 1100}, {0.6f, 800}, {0.5f, 700}};
    const Fit fit = chooseFit(measured, 720, 0.6f);
    CHECK(fit.scale == Approx(0.6f));
    CHECK(fit.overflows);
    CHECK(fit.height == Approx(800));
    // Nothing within the limits measured: the floor, overflowing; never a scale above 1.
    const Fit none = chooseFit({{0.3f, 10}, {1.5f, 10}}, 720, 0.6f);
    CHECK(none.scale == Approx(0.6f));
    CHECK(none.overflows);
    // Heights that are not numbers never fit; a broken floor means no shrinking.
    const float nan = std::numeric_limits<float>::quiet_NaN();
    CHECK(chooseFit({{1.f, nan}, {0.8f, 500}}, 720, 0.6f).scale == Approx(0.8f));
    CHECK(chooseFit({{1.f, 900}, {0.8f, 500}}, 720, nan).scale == Approx(1.f));
    CHECK(chooseFit({{1.f, 900}, {0.8f, 500}}, 720, nan).overflows);
}

TEST_CASE("Class fit: measuring stops at the first scale that fits, then refines below the step",
          "[class-fit]") {
    std::vector<float> asked;
    const auto square = [&](float s) {
        asked.push_back(s);
        return 1000.f * s * s; // 0.75 -> 562, 0.8 -> 640: fits up to 0.7746
    };
    const Fit stepped = fitContent(600, 0.6f, square, kFitStep, 0);
    CHECK(stepped.scale == Approx(0.75f));
    CHECK_FALSE(stepped.overflows);
    REQUIRE(asked.size() == 6);
    CHECK(asked.front() == Approx(1.f));
    CHECK(asked.back() == Approx(0.75f));
    // Refined: the gap to the step that did not fit is halved three times, 0.76875 fits.
    asked.clear();
    const Fit refined = fitContent(600, 0.6f, square);
    REQUIRE(asked.size() == 9);
    CHECK(refined.scale == Approx(0.76875f));
    CHECK(refined.scale <= std::sqrt(0.6f));
    CHECK(refined.height <= 600.f);
    CHECK_FALSE(refined.overflows);
    // Content that fits at full size is measured once.
    asked.clear();
    CHECK(fitContent(2000, 0.6f, square).scale == Approx(1.f));
    CHECK(asked.size() == 1);
    // Past the floor: every step tried, the last one being the floor itself, which overflows.
    asked.clear();
    const Fit tall = fitContent(100, 0.62f, [&](float s) {
        asked.push_back(s);
        return 1000.f * s;
    });
    CHECK(tall.overflows);
    CHECK(tall.scale == Approx(0.62f));
    CHECK(asked.back() == Approx(0.62f)); // nothing to refine past the floor
    // A region of nothing (a window shrunk to a line) still gives an answer, not a hang.
    CHECK(fitContent(0, 0.6f, [](float) { return 10.f; }).overflows);
}

TEST_CASE("Class fit: the steps run from 1 down to the floor, floor included", "[class-fit]") {
    const auto steps = fitSteps(0.6f);
    REQUIRE(steps.size() == 9);
    CHECK(steps.front() == Approx(1.f));
    CHECK(steps[1] == Approx(0.95f));
    CHECK(steps.back() == Approx(0.6f));
    const auto odd = fitSteps(0.87f);
    REQUIRE(odd.size() == 4); // 1, 0.95, 0.9, 0.87
    CHECK(odd.back() == Approx(0.87f));
    CHECK(fitSteps(1.f).size() == 1);
    CHECK(fitSteps(0.6f, 0.f).size() == 9); // a broken step falls back to the default
}

TEST_CASE("Class fit: the floor keeps body text readable from the back row", "[class-fit]") {
    // The projector preset's body text is 50 px (20 px x 2.5).
    // 1920x1080: 4 % of the height is 43 px, so the text shrinks at most to 86 % of 50 px.
    CHECK(fitFloor(50, 1080) == Approx(0.864f));
    // 1280x720 and 1024x768: 60 % of the preset is the stricter limit.
    CHECK(fitFloor(50, 720) == Approx(0.6f));
    CHECK(fitFloor(50, 768) == Approx(0.6144f));
    // Text already small for the screen (not the preset) is never shrunk further, or grown.
    CHECK(fitFloor(20, 1080) == Approx(1.f));
    CHECK(fitFloor(0, 1080) == Approx(1.f));
    CHECK(fitFloor(50, std::numeric_limits<float>::infinity()) == Approx(0.6f));
}

TEST_CASE("Class fit: scroll marks say what is hidden above and below", "[class-fit]") {
    const ScrollMarks top = scrollMarks(0, 300);
    CHECK_FALSE(top.moreAbove);
    CHECK(top.moreBelow);
    const ScrollMarks middle = scrollMarks(120, 300);
    CHECK(middle.moreAbove);
    CHECK(middle.moreBelow);
    const ScrollMarks bottom = scrollMarks(300, 300);
    CHECK(bottom.moreAbove);
    CHECK_FALSE(bottom.moreBelow);
    const ScrollMarks fits = scrollMarks(0, 0);
    CHECK_FALSE(fits.moreAbove);
    CHECK_FALSE(fits.moreBelow);
    CHECK_FALSE(scrollMarks(std::nan(""), 10).moreBelow);
}

TEST_CASE("Class fit: the join panel sits beside the options, narrower on narrower screens",
          "[class-fit]") {
    // The body under the header at the projector preset (em 50): 1920x1080 gives it a third.
    const JoinLayout wide = placeJoinPanel(1860, 954, 50, 29);
    CHECK(wide.placement == JoinPlacement::Beside);
    CHECK(wide.width == Approx(558));
    CHECK(wide.height == Approx(954));
    // 1280x720: what leaves the options 20 text sizes; 1024x768: the code and its padding alone,
    // still four pixels a module (a phone reads it from 5 m).
    const JoinLayout hd = placeJoinPanel(1220, 608, 50, 29);
    CHECK(hd.placement == JoinPlacement::Beside);
    CHECK(hd.width == Approx(220));
    const JoinLayout xga = placeJoinPanel(994, 655, 50, 29);
    CHECK(xga.placement == JoinPlacement::Beside);
    CHECK(xga.width == Approx(37 * 4 + 25));
    CHECK(qrModulePixels(29, xga.width - 25) >= kQrMinModulePixels);
    // A window too narrow to share: a strip below, never most of the screen.
    const JoinLayout tiny = placeJoinPanel(300, 200, 20, 29);
    CHECK(tiny.placement == JoinPlacement::Below);
    CHECK(tiny.width == Approx(300));
    CHECK(tiny.height <= 80);
    // Nonsense sizes give a layout, not a crash.
    const JoinLayout bad = placeJoinPanel(std::nanf(""), -5, 0, -3);
    CHECK(bad.width >= 0);
    CHECK(bad.height >= 0);
}

TEST_CASE("Class fit: QR modules are whole pixels with the quiet zone counted", "[class-fit]") {
    CHECK(qrModulePixels(29, 148) == 4); // 29 + 8 quiet = 37 modules
    CHECK(qrModulePixels(29, 147) == 3);
    CHECK(qrModulePixels(21, 580) == 20);
    CHECK(qrModulePixels(0, 500) == 0);
    CHECK(qrModulePixels(29, -1) == 0);
    CHECK(qrModulePixels(29, std::numeric_limits<float>::infinity()) == 0);
}

TEST_CASE("Class fit: the pacing line names the decision, and an estimate when there is one",
          "[class-fit]") {
    CHECK(pacingText({3, {}, {}}) == "Decision 3");
    CHECK(pacingText({3, 8, 12}) == "Decision 3 of ~8 \xC2\xB7 12 min used");
    CHECK(pacingText({1, 6, {}}) == "Decision 1 of ~6");
}
