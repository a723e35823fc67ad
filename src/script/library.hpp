// A folder of scenarios: every file loaded on its own, so one broken file hides nothing else.
#pragma once

#include "loader.hpp"

#include <string>
#include <vector>

namespace frontline::script {

struct Library {
    std::vector<LoadedScenario> entries; // one per file, in path order
    std::vector<Diagnostic> problems;    // about paths themselves (missing, unreadable)

    const LoadedScenario* find(const std::string& scenarioId) const;
    std::vector<const LoadedScenario*> usable() const;
};

// The .lua files under each path (a file, or a folder searched recursively), sorted.
std::vector<std::string> scenarioFiles(const std::vector<std::string>& paths,
                                       std::vector<Diagnostic>& problems);

Library loadLibrary(const std::vector<std::string>& paths, const Limits& limits = {});

} // namespace frontline::script
