#include "reload_check.hpp"

#include <algorithm>

namespace frontline::app {

const script::LoadedFile* fileAt(const script::Library& library, const std::string& path) {
    for (const auto& entry : library.entries)
        if (entry.path == path) return &entry;
    return nullptr;
}

namespace {

std::vector<std::string> rejectionOf(const script::Library& next, const script::LoadedFile* file,
                                     const std::string& path, bool wasBroken) {
    std::vector<std::string> out;
    if (file != nullptr && !file->usable() && !(wasBroken && file->scenario)) out = file->errors();
    if (out.empty() && (file == nullptr || file->scenario == nullptr))
        out.push_back(path + ": this file no longer declares a scenario");
    for (const auto& entry : next.entries)
        if (entry.kind != script::ContentKind::Scenario && !entry.ok())
            for (std::string& e : entry.errors())
                out.push_back(std::move(e));
    return out;
}

} // namespace

ReloadCandidate checkReload(script::Library next, const std::string& path, bool wasBroken,
                            const Attempt* running) {
    ReloadCandidate out{std::move(next), std::nullopt, {}};
    const script::LoadedFile* file = out.library.complete(fileAt(out.library, path));
    std::vector<std::string> problems = rejectionOf(out.library, file, path, wasBroken);
    // The attempt must come back too: a `when` that now loops or fails where the learner stands
    // is as broken as a syntax error.
    if (problems.empty() && running != nullptr) {
        const Session& was = running->session();
        try {
            out.attempt.emplace(file->scenario, file->scripting, was.mode(), was.seed(),
                                was.choiceIds());
            if (out.attempt->error()) problems.push_back(*out.attempt->error());
        } catch (const std::exception& e) {
            problems.push_back(e.what());
        }
    }
    // Loading and lint can say the same thing twice: once is enough.
    for (std::string& p : problems)
        if (std::find(out.problems.begin(), out.problems.end(), p) == out.problems.end())
            out.problems.push_back(std::move(p));
    return out;
}

} // namespace frontline::app
