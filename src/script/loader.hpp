// Loading scenario files into core's model, each in its own sandboxed VM.
#pragma once

#include "core/diagnostic.hpp"
#include "core/scenario.hpp"
#include "core/scripting.hpp"
#include "vm.hpp"

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace frontline::script {

struct LoadedScenario {
    std::string path;
    std::shared_ptr<const Scenario> scenario; // null when the file declared none or failed to run
    std::shared_ptr<Scripting> scripting;
    std::vector<Diagnostic> diagnostics; // loading and lint, sorted

    // Playable: declared, ran, and no errors.
    bool usable() const { return scenario != nullptr && !hasErrors(diagnostics); }
};

constexpr std::size_t kMaxSourceBytes = 8u << 20;

LoadedScenario loadScenarioSource(const std::string& path, std::string_view source,
                                  const Limits& limits = {});
LoadedScenario loadScenarioFile(const std::string& path, const Limits& limits = {});

} // namespace frontline::script
