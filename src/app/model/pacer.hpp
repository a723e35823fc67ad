// When the window's loop may sleep, and when waking owes a frame: a deadline it slept towards
// (a timer's next second, an animation frame) has passed. Plain C++, so the loop's timing is
// tested without a display.
#pragma once

#include "attempt.hpp" // Clock

#include <optional>

namespace frontline::app {

class Pacer {
  public:
    // How long the loop may sleep before `next` (-1: until input; 0: not at all while `busy`).
    // Rounded up, so the loop wakes at or after the deadline, never a fraction of a millisecond
    // before it (which would find the tick not yet due, and the next deadline a second away).
    // Remembers `next` as the deadline being slept towards.
    int sleepMs(std::optional<Clock::time_point> next, Clock::time_point now, bool busy);

    // True once the deadline slept towards has passed; it is then forgotten. Asking the screen
    // for its next deadline again would not do: a timer's next tick is always in the future.
    bool due(Clock::time_point now);

  private:
    std::optional<Clock::time_point> m_due;
};

} // namespace frontline::app
