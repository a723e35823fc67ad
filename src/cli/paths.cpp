#include "paths.hpp"

#include "core/text.hpp"

#include <cstdlib>
#include <filesystem>
#include <ostream>
#include <system_error>

namespace fs = std::filesystem;

namespace frontline::cli {

std::string defaultScenariosDir() {
    if (const char* env = std::getenv("FRONTLINE_SCENARIOS"); env != nullptr && *env != '\0')
        return env;
    std::error_code ec;
    const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
    if (!ec) {
        for (const fs::path& candidate : {exe.parent_path() / "../share/frontline/scenarios",
                                          exe.parent_path() / "../scenarios"})
            if (fs::is_directory(candidate, ec))
                return fs::weakly_canonical(candidate, ec).string();
    }
    return FRONTLINE_SOURCE_SCENARIOS;
}

std::optional<Resolved> resolveScenario(const std::string& what, const std::string& scenariosDir,
                                        std::ostream& err) {
    std::error_code ec;
    Resolved out;
    if (fs::is_regular_file(what, ec)) {
        script::Library single = script::loadLibrary(
            {what}, {}, [&] { return script::loadLibraryHeaders({scenariosDir}); });
        out.file = std::move(single.entries.front());
        out.rubric = std::move(single.rubric);
    } else {
        const script::Library library = script::loadLibrary({scenariosDir});
        const script::LoadedFile* found = library.find(what);
        if (found == nullptr) {
            std::vector<std::string_view> ids;
            for (const auto* entry : library.usable())
                ids.push_back(entry->scenario->id);
            const std::string near = closestMatch(what, ids);
            err << "error: '" << what << "' is neither a file nor a scenario id in "
                << scenariosDir;
            if (!near.empty()) err << " (did you mean '" << near << "'?)";
            err << "\n";
            return std::nullopt;
        }
        out.file = *found;
        out.rubric = library.rubric;
    }
    if (!out.file.usable()) {
        for (const auto& d : out.file.diagnostics)
            if (d.severity == Severity::Error) err << format(d) << "\n";
        if (out.file.ok()) err << "error: " << what << " is not a scenario\n";
        return std::nullopt;
    }
    return out;
}

} // namespace frontline::cli
