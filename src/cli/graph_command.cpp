#include "commands.hpp"

#include "core/explorer.hpp"
#include "core/lint.hpp"
#include "paths.hpp"
#include "report/scenario_dot.hpp"

#include <ostream>

namespace frontline::cli {

int graphCommand(const std::string& scenario, const std::string& scenariosDir, Io io) {
    const auto loaded = resolveScenario(scenario, scenariosDir, io.err);
    if (!loaded) return 1;
    const Scenario& s = *loaded->file.scenario;
    const Exploration found =
        explore(loaded->file.scenario, loaded->file.scripting, loaded->rubric);
    const MapMarks marks = mapMarks(s, found, lint(s));
    io.out << report::scenarioDot(s, marks);
    return 0;
}

} // namespace frontline::cli
