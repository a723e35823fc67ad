// The part of a session that the author's functions see and change.
#pragma once

#include "rng.hpp"
#include "value.hpp"

namespace frontline {

struct State {
    Variables vars;
    int mood = 50;   // 0..100, kept in range by the session
    int minutes = 0; // the scenario clock
    Rng rng;

    bool operator==(const State&) const = default;
};

} // namespace frontline
