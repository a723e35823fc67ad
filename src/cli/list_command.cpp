#include "commands.hpp"

#include "script/library.hpp"

#include <fmt/format.h>
#include <fmt/ostream.h>
#include <fmt/ranges.h>

#include <ostream>

namespace frontline::cli {

int listCommand(const std::vector<std::string>& paths, Io io) {
    const script::Library library = script::loadLibrary(paths);
    const auto usable = library.usable();
    std::size_t idWidth = 2, titleWidth = 5;
    for (const auto* entry : usable) {
        idWidth = std::max(idWidth, entry->scenario->id.size());
        titleWidth = std::max(titleWidth, entry->scenario->title.size());
    }
    fmt::print(io.out, "{:<{}}  {:<{}}  {:<5}  {}\n", "ID", idWidth, "TITLE", titleWidth, "LEVEL",
               "TOPICS");
    for (const auto* entry : usable) {
        const Scenario& s = *entry->scenario;
        fmt::print(io.out, "{:<{}}  {:<{}}  {:<5}  {}\n", s.id, idWidth, s.title, titleWidth,
                   s.level, fmt::join(s.topics, ", "));
    }
    // Broken files are listed apart with the reason, never silently dropped.
    for (const auto& problem : library.problems)
        io.err << format(problem) << "\n";
    for (const auto& entry : library.entries) {
        if (entry.usable()) continue;
        for (const auto& d : entry.diagnostics)
            if (d.severity == Severity::Error) {
                io.err << "not loaded: " << format(d) << "\n";
                break;
            }
    }
    return 0;
}

} // namespace frontline::cli
