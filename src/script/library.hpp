// A folder of content: every file loaded on its own, so one broken file hides nothing else; then
// the rubric, organisations and curriculum assembled and every reference between files checked.
#pragma once

#include "loader.hpp"

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace frontline::script {

struct Library {
    std::vector<LoadedFile> entries;  // every file, in path order
    std::vector<Diagnostic> problems; // about paths themselves (missing, unreadable)
    Rubric rubric;
    Curriculum curriculum;
    Limits limits; // what the files were loaded with, and complete() loads with
    std::optional<Curriculum> lentCurriculum; // while assembling: the context's, if it lent one

    const LoadedFile* find(const std::string& scenarioId) const; // playable only
    // The file declaring that scenario, playable or not (the playable one if both).
    const LoadedFile* declaring(const std::string& scenarioId) const;
    std::vector<const LoadedFile*> usable() const; // playable scenarios

    // Reads a deferred entry (loadLibraryHeaders) in full, in place so that pointers into
    // `entries` stay good, and checks it against the rubric. Returns the entry, which may now
    // have errors (so no longer be usable()); an entry read in full already is returned as is.
    const LoadedFile* complete(const LoadedFile* entry);
};

// The files ending in `extension` under `folder`, searched recursively, sorted; hidden files and
// folders (a leading '.') are passed over.
std::vector<std::string> filesUnder(const std::string& folder, std::string_view extension);

// The .lua files under each path (a file, or a folder searched recursively), sorted.
std::vector<std::string> scenarioFiles(const std::vector<std::string>& paths,
                                       std::vector<Diagnostic>& problems);

// `context`, when given, is called once to lend the library's rubric, organisations and
// curriculum: the files in `paths` add to them (a rubric file in a scenario folder adds
// principles), and a redefinition of the library's is an error at its line.
using LibraryProvider = std::function<Library()>;
Library loadLibrary(const std::vector<std::string>& paths, const Limits& limits = {},
                    const LibraryProvider& context = {});

// The same, but scenario files that open with a clean `scenario { ... }` header are read only that
// far (deferred): what the window needs to show the library. complete() reads one in full when
// it is opened.
Library loadLibraryHeaders(const std::vector<std::string>& paths, const Limits& limits = {},
                           const LibraryProvider& context = {});

} // namespace frontline::script
