// Loading content files (scenarios, organisations, rubric, curriculum), each in its own sandbox.
#pragma once

#include "core/curriculum.hpp"
#include "core/diagnostic.hpp"
#include "core/rubric.hpp"
#include "core/scenario.hpp"
#include "core/scripting.hpp"
#include "vm.hpp"

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace frontline::script {

// What a content file turned out to be, decided by what it declares.
enum class ContentKind { Unknown, Scenario, Organisation, Rubric, Curriculum };

struct LoadedFile {
    std::string path;
    ContentKind kind = ContentKind::Unknown;
    std::shared_ptr<const Scenario> scenario; // null unless a scenario file that ran to its end
    std::shared_ptr<Scripting> scripting;
    std::vector<Principle> principles;        // a rubric file's entries
    std::optional<Organisation> organisation; // an organisation file's
    Curriculum curriculum;                    // the curriculum file's
    std::vector<Diagnostic> diagnostics;      // loading and lint, sorted
    // Only the `scenario { ... }` header has been read (loadScenarioHeader): `scenario` holds
    // the header's fields and no nodes, `scripting` is null. Library::complete reads the rest.
    bool deferred = false;

    bool ok() const { return !hasErrors(diagnostics); }
    // Playable: a scenario that declared, ran, and has no errors.
    bool usable() const { return scenario != nullptr && ok(); }
    std::vector<std::string> errors() const; // "file:line: error: ..." for each error
};

constexpr std::size_t kMaxSourceBytes = 8u << 20;

LoadedFile loadScenarioSource(const std::string& path, std::string_view source,
                              const Limits& limits = {});
LoadedFile loadScenarioFile(const std::string& path, const Limits& limits = {});
// A scenario file's header alone when it opens with a clean one (what a library card needs, in a
// fraction of the time); any other file, or a header with a mistake, is read in full.
LoadedFile loadScenarioHeader(const std::string& path, const Limits& limits = {});

} // namespace frontline::script
