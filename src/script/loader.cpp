#include "loader.hpp"

#include "core/lint.hpp"
#include "lua_scripting.hpp"
#include "scenario_api.hpp"

#include <fstream>
#include <sstream>

namespace frontline::script {

namespace {

LoadedScenario failed(const std::string& path, int line, std::string message) {
    LoadedScenario out;
    out.path = path;
    out.diagnostics.push_back(errorAt({path, line}, std::move(message)));
    return out;
}

LoadedScenario tooLarge(const std::string& path, std::size_t size) {
    return failed(path, 1,
                  "file is too large (" + std::to_string(size >> 20) +
                      " MiB; a scenario may be at most " + std::to_string(kMaxSourceBytes >> 20) +
                      " MiB)");
}

} // namespace

LoadedScenario loadScenarioSource(const std::string& path, std::string_view source,
                                  const Limits& limits) {
    if (source.size() > kMaxSourceBytes) return tooLarge(path, source.size());
    auto vm = std::make_shared<Vm>(path, limits);
    Declarations declarations;
    declarations.source = source;
    installScenarioApi(*vm, declarations);
    const auto failure = vm->run(source);
    // A file that stopped part-way declared only part of itself: report the cause, not the gaps.
    finishDeclarations(declarations, path, /*complete=*/!failure);

    LoadedScenario out;
    out.path = path;
    out.diagnostics = std::move(declarations.diagnostics);
    if (failure)
        out.diagnostics.push_back(errorAt(failure->where, failure->message));
    else if (declarations.declared) {
        auto found = lint(declarations.scenario);
        out.diagnostics.insert(out.diagnostics.end(), found.begin(), found.end());
    }
    if (!failure && declarations.declared) {
        out.scripting = std::make_shared<LuaScripting>(vm, declarations.scenario.customer.name);
        out.scenario = std::make_shared<const Scenario>(std::move(declarations.scenario));
    }
    sortDiagnostics(out.diagnostics);
    return out;
}

LoadedScenario loadScenarioFile(const std::string& path, const Limits& limits) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return failed(path, 0, "cannot open the file");
    in.seekg(0, std::ios::end);
    const auto size = static_cast<std::size_t>(std::max<std::streamoff>(in.tellg(), 0));
    if (size > kMaxSourceBytes) return tooLarge(path, size);
    in.seekg(0);
    std::string source(size, '\0');
    in.read(source.data(), static_cast<std::streamsize>(size));
    return loadScenarioSource(path, source, limits);
}

} // namespace frontline::script
