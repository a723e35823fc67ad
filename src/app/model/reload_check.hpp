// Hot reload's check: a newer version of the content is taken only when the open scenario still
// loads, the shared files (rubric, organisations, curriculum) have no errors, and the learner's
// attempt can be rebuilt on it where they stand.
#pragma once

#include "attempt.hpp"
#include "script/library.hpp"

#include <optional>
#include <string>
#include <vector>

namespace frontline::app {

struct ReloadCandidate {
    script::Library library;
    std::optional<Attempt> attempt;    // the running attempt rebuilt from its choices
    std::vector<std::string> problems; // each once; empty: the candidate can replace the running
};

// `path`: the open scenario's file; `wasBroken`: it had errors when opened (the author screen),
// so a newer version with errors still shows where they are now.
ReloadCandidate checkReload(script::Library next, const std::string& path, bool wasBroken,
                            const Attempt* running);

const script::LoadedFile* fileAt(const script::Library& library, const std::string& path);

} // namespace frontline::app
