#include "library.hpp"

#include <algorithm>
#include <filesystem>
#include <map>
#include <system_error>

namespace fs = std::filesystem;

namespace frontline::script {

const LoadedScenario* Library::find(const std::string& scenarioId) const {
    for (const auto& entry : entries)
        if (entry.usable() && entry.scenario->id == scenarioId) return &entry;
    return nullptr;
}

std::vector<const LoadedScenario*> Library::usable() const {
    std::vector<const LoadedScenario*> out;
    for (const auto& entry : entries)
        if (entry.usable()) out.push_back(&entry);
    return out;
}

std::vector<std::string> scenarioFiles(const std::vector<std::string>& paths,
                                       std::vector<Diagnostic>& problems) {
    std::vector<std::string> files;
    for (const std::string& path : paths) {
        std::error_code ec;
        if (fs::is_regular_file(path, ec)) {
            files.push_back(path);
            continue;
        }
        if (!fs::is_directory(path, ec)) {
            problems.push_back(errorAt({path, 0}, "no such file or folder"));
            continue;
        }
        std::vector<std::string> found;
        for (fs::recursive_directory_iterator
                 it(path, fs::directory_options::skip_permission_denied, ec),
             end;
             it != end; it.increment(ec)) {
            if (ec) break;
            const fs::path& p = it->path();
            if (p.filename().string().front() == '.') {
                if (it->is_directory(ec)) it.disable_recursion_pending();
                continue;
            }
            if (p.extension() == ".lua" && it->is_regular_file(ec))
                found.push_back(p.generic_string());
        }
        std::sort(found.begin(), found.end());
        files.insert(files.end(), found.begin(), found.end());
    }
    return files;
}

Library loadLibrary(const std::vector<std::string>& paths, const Limits& limits) {
    Library library;
    std::map<std::string, std::string> owners; // scenario id -> file that declared it first
    for (const std::string& file : scenarioFiles(paths, library.problems)) {
        LoadedScenario entry = loadScenarioFile(file, limits);
        if (entry.scenario != nullptr && !entry.scenario->id.empty()) {
            auto [it, fresh] = owners.emplace(entry.scenario->id, file);
            if (!fresh)
                entry.diagnostics.push_back(
                    errorAt(entry.scenario->where, "scenario id '" + entry.scenario->id +
                                                       "' is already used by " + it->second));
        }
        library.entries.push_back(std::move(entry));
    }
    return library;
}

} // namespace frontline::script
