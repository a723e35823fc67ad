// How the customer's face looks at a given mood: plain numbers the drawing code follows, so the
// expressions are tested without a display.
#pragma once

#include <string_view>

namespace frontline::app {

enum class Expression { Furious, Angry, Annoyed, Neutral, Pleased, Delighted };
Expression expressionFor(int mood); // mood 0..100
std::string_view toString(Expression expression);

// Each number runs from -1 to 1 (or 0 to 1) and changes smoothly with mood, so a mood change
// can be animated by drawing the shape at the moods in between.
struct FaceShape {
    float mouthCurve = 0; // -1 deep frown .. 1 broad smile
    float mouthOpen = 0;  // 0 closed .. 1 open (shouting or laughing)
    float browTilt = 0;   // -1 drawn down in the middle (anger) .. 1 raised (pleased)
    float eyeOpen = 1;    // 0.3 narrowed .. 1 wide
    float flush = 0;      // 0 .. 1 red in the cheeks
};
FaceShape faceFor(float mood);

} // namespace frontline::app
