#include "face.hpp"

#include <algorithm>

namespace frontline::app {

Expression expressionFor(int mood) {
    if (mood < 15) return Expression::Furious;
    if (mood < 32) return Expression::Angry;
    if (mood < 45) return Expression::Annoyed;
    if (mood < 60) return Expression::Neutral;
    if (mood < 80) return Expression::Pleased;
    return Expression::Delighted;
}

std::string_view toString(Expression expression) {
    switch (expression) {
    case Expression::Furious:
        return "furious";
    case Expression::Angry:
        return "angry";
    case Expression::Annoyed:
        return "annoyed";
    case Expression::Neutral:
        return "neutral";
    case Expression::Pleased:
        return "pleased";
    case Expression::Delighted:
        return "delighted";
    }
    return "neutral";
}

FaceShape faceFor(float mood) {
    const float m = std::clamp(mood, 0.f, 100.f) / 100.f; // 0 .. 1
    const float centred = m * 2 - 1;                      // -1 .. 1
    FaceShape f;
    f.mouthCurve = centred;
    // Open at both extremes: shouting when furious, laughing when delighted.
    f.mouthOpen = std::clamp((std::abs(centred) - 0.6f) / 0.4f, 0.f, 1.f);
    f.browTilt = std::clamp(centred * 1.4f, -1.f, 1.f);
    f.eyeOpen = m < 0.5f ? 0.45f + 0.55f * (m / 0.5f) : 1.f;
    f.flush = std::clamp((0.35f - m) / 0.35f, 0.f, 1.f);
    return f;
}

} // namespace frontline::app
