// A folder of content: every file loaded on its own, so one broken file hides nothing else; then
// the rubric, organisations and curriculum assembled and every reference between files checked.
#pragma once

#include "loader.hpp"

#include <functional>
#include <string>
#include <vector>

namespace frontline::script {

struct Library {
    std::vector<LoadedFile> entries;  // every file, in path order
    std::vector<Diagnostic> problems; // about paths themselves (missing, unreadable)
    Rubric rubric;
    Curriculum curriculum;
    Limits limits; // what the files were loaded with, and complete() loads with

    const LoadedFile* find(const std::string& scenarioId) const; // playable only
    // The file declaring that scenario, playable or not (the playable one if both).
    const LoadedFile* declaring(const std::string& scenarioId) const;
    std::vector<const LoadedFile*> usable() const; // playable scenarios

    // Reads a deferred entry (loadLibraryHeaders) in full, in place so that pointers into
    // `entries` stay good, and checks it against the rubric. Returns the entry, which may now
    // have errors (so no longer be usable()); an entry read in full already is returned as is.
    const LoadedFile* complete(const LoadedFile* entry);
};

// The .lua files under each path (a file, or a folder searched recursively), sorted.
std::vector<std::string> scenarioFiles(const std::vector<std::string>& paths,
                                       std::vector<Diagnostic>& problems);

// When `paths` hold no rubric (say, one scenario file), `context` is called once to lend its
// rubric and curriculum; a library that has its own never pays for loading another.
using LibraryProvider = std::function<Library()>;
Library loadLibrary(const std::vector<std::string>& paths, const Limits& limits = {},
                    const LibraryProvider& context = {});

// The same, but scenario files that open with a clean `scenario { ... }` header are read only that
// far (deferred): what the window needs to show the library. complete() reads one in full when
// it is opened.
Library loadLibraryHeaders(const std::vector<std::string>& paths, const Limits& limits = {},
                           const LibraryProvider& context = {});

} // namespace frontline::script
