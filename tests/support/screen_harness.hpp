// A screen laid out headless: one Dear ImGui context with no window and no GL, at a display size,
// a text size and a font, drawing whichever screen an AppState is on, frame after frame, with key
// presses between frames as a learner would give them. Each frame's report (ui.hpp's
// FrameReport) says where every selectable element and scrolling region is and what text was cut.
#pragma once

#include "app/model/app_state.hpp"
#include "app/model/keys.hpp"
#include "app/ui.hpp"

#include <functional>

namespace frontline::app {

class ScreenHarness {
  public:
    // The fonts built at `look`'s text size and font; the display at width x height.
    ScreenHarness(const Settings& look, float width, float height);
    ~ScreenHarness();
    ScreenHarness(const ScreenHarness&) = delete;
    ScreenHarness& operator=(const ScreenHarness&) = delete;

    void setDisplay(float width, float height);
    // The fonts and style rebuilt at another text size or font, between frames, as the window
    // does when the settings change.
    void setLook(const Settings& look);
    // When true, each draw first takes the state's own look if it changed (Ctrl+/- in a test).
    bool followsLook = false;
    // Draws `frames` frames of the state's screen (the window draws a few after any change, so
    // sizes and scrolling settle), running the actions each frame queued.
    void draw(AppState& state, int frames = 3);
    // A key as the window passes it on, then the frames the window would draw after it.
    bool press(AppState& state, const KeyPress& press, int frames = 3);
    // Presses `key` until the frame report says `done`, at most `limit` times. Returns how many
    // presses it took, or nullopt if `done` never held: "PageDown reaches the end of progress"
    // is one call.
    std::optional<int> pressUntil(AppState& state, const KeyPress& key,
                                  const std::function<bool(const FrameReport&)>& done,
                                  int limit = 60);

    const FrameReport& report() const { return m_report; }
    const Fonts& fonts() const { return m_fonts; }
    const Palette& colours() const { return m_palette; }
    float em() const;
    // Another screen drawn in place of drawScreen (a class screen that takes more arguments).
    std::function<void(AppState&, Ui&)> drawOverride;
    std::optional<ImVec2> mouse; // where the pointer is, from the next frame
    Clock::duration later{};     // how far the frames' clock runs ahead of now

  private:
    ImGuiContext* m_context = nullptr;
    Fonts m_fonts;
    Palette m_palette;
    Settings m_look;
    FrameReport m_report;
};

} // namespace frontline::app
