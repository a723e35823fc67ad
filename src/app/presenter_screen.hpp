// The presenter view: the trainer's own window beside the projector while a class runs. It only
// reads the classroom (through the presenter model) and never changes it: every key goes to the
// same handler as the projector's.
#pragma once

#include "ui.hpp"

#include <string>

namespace frontline::app {

// The fonts the presenter draws with: the normal text sizes, and a large face for the timer.
struct PresenterFonts {
    Fonts text;
    ImFont* timer = nullptr;
};

// Builds the current ImGui context's atlas for the presenter: the learner's own text size (never
// the projector's), plus the timer's digits large. Call between frames, with its context current.
PresenterFonts buildPresenterFonts(const std::string& assetsDir, const Settings& settings,
                                   std::string& problem);

void drawPresenter(const AppState& state, Ui& ui, ImFont* timerFont);

} // namespace frontline::app
