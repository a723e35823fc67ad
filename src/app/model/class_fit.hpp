// Fitting the classroom's projector screens: how far the text may shrink so a decision, the
// reveal or a consequence card fits one screen, whether what is left over must scroll, where the
// phones' join panel goes, and how big a QR code's modules can be drawn. Plain arithmetic, no
// ImGui, so it is tested without a display.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace frontline::app {

// The smallest share of the chosen text size a fitted screen may use: 60 % of the projector
// preset's body text...
constexpr float kFitFloorShare = 0.6f;
// ...and never smaller than 4 % of the screen's height. On a 3 m wide 16:9 image, DejaVu's
// capitals (0.63 of the pixel size) are then 42 mm tall: 16 minutes of arc from a back row 9 m
// away, the minimum of ANSI/HFES 100 (the classroom review measured 18.5' at full size).
constexpr float kBackRowShare = 0.04f;
// The steps the fit tries, from the full size down.
constexpr float kFitStep = 0.05f;

// The smallest scale (a fraction of the body text's `bodyPixels`) allowed on a screen
// `screenHeight` pixels high; at most 1: the fit only ever shrinks.
float fitFloor(float bodyPixels, float screenHeight);

// The scales to try, largest first: 1, 1 - step, ... down to `floor` (always included).
std::vector<float> fitSteps(float floor, float step = kFitStep);

struct Fit {
    float scale = 1.f;      // draw at this share of the chosen text size
    float height = 0;       // the content's height at that scale
    bool overflows = false; // even at the floor it is taller than the region: it scrolls
};

struct MeasuredHeight {
    float scale = 1.f;
    float height = 0;
};

// The largest scale, not below `floor`, whose content fits `region`; when none does, the
// smallest allowed one, marked as overflowing. Heights that are not finite never fit.
Fit chooseFit(const std::vector<MeasuredHeight>& measured, float region, float floor);

// The same, measuring only as far as needed: from the full size down, stopping at the first
// scale that fits, then halving the gap to the step above `refine` times (wrapping makes height
// jump between steps: a line fewer can free a tenth of the screen).
constexpr int kFitRefine = 3;
Fit fitContent(float region, float floor, const std::function<float(float scale)>& heightAt,
               float step = kFitStep, int refine = kFitRefine);

// Fitting content that has a shorter form (the reveal without the customer's words the room
// has already heard): the full form at the largest scale that fits; only when even the floor
// overflows, the short form, fitted the same way.
struct LeveledFit {
    Fit fit;
    bool compact = false;
};
LeveledFit fitFullOrCompact(float region, float floor,
                            const std::function<float(float scale, bool compact)>& heightAt,
                            bool hasCompact, float step = kFitStep, int refine = kFitRefine);

// What the clicker's PageUp and PageDown should scroll first: content hidden above or below.
struct ScrollMarks {
    bool moreAbove = false;
    bool moreBelow = false;
};
ScrollMarks scrollMarks(float scrollY, float maxScrollY);

// The phones' join panel: beside the options, a third of the width on a wide screen and down to
// the code alone on a narrower one; a strip along the bottom only of a window too narrow to share.
// The options fit in what is left, so the panel never pushes them off screen.
enum class JoinPlacement { Beside, Below };
struct JoinLayout {
    JoinPlacement placement = JoinPlacement::Beside;
    float width = 0;  // the panel's width (Beside) or the strip's (Below: the whole width)
    float height = 0; // the region's height (Beside) or the strip's (Below)
};
// `width` x `height`: the region under the pinned header; `em`: the body text size there;
// `qrModules`: the code's modules per side, quiet zone excluded.
JoinLayout placeJoinPanel(float width, float height, float em, int qrModules);

constexpr int kQrQuietModules = 4;    // white modules around the code, each side
constexpr int kQrMinModulePixels = 4; // at 1280x720, a phone reads it from 5 m
// Whole pixels per module for a code of `modules` per side (quiet zone added) in `side` pixels;
// 0 when even one pixel per module does not fit or the code is empty.
int qrModulePixels(int modules, float side);

// The header's pacing line: "Decision 3", and with an estimate "Decision 3 of ~8 · 12 min used".
struct Pacing {
    int decision = 0;
    std::optional<int> ofAbout;     // the expected number of decisions on the room's path
    std::optional<int> minutesUsed; // since the session began
};
std::string pacingText(const Pacing& pacing);

} // namespace frontline::app
