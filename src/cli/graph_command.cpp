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
    report::MapMarks marks;
    marks.unreached.insert(found.unreached.begin(), found.unreached.end());
    auto fail = [&](const Diagnostic& d) {
        if (const Node* node = report::nodeAt(s, d.where)) marks.failing.insert(node->id);
    };
    for (const Diagnostic& d : found.errors)
        fail(d);
    for (const Diagnostic& d : lint(s))
        if (d.severity == Severity::Error) fail(d);
    io.out << report::scenarioDot(s, marks);
    return 0;
}

} // namespace frontline::cli
