#include "loader.hpp"

#include "core/lint.hpp"
#include "core/text.hpp"
#include "header_scan.hpp"
#include "lua_scripting.hpp"
#include "scenario_api.hpp"

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <variant>

namespace frontline::script {

namespace {

constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";

LoadedFile failed(const std::string& path, int line, std::string message) {
    LoadedFile out;
    out.path = path;
    out.diagnostics.push_back(errorAt({path, line}, std::move(message)));
    return out;
}

LoadedFile tooLarge(const std::string& path, std::size_t size) {
    return failed(path, 1,
                  "file is too large (" + std::to_string(size >> 20) +
                      " MiB; a scenario may be at most " + std::to_string(kMaxSourceBytes >> 20) +
                      " MiB)");
}

LoadedFile notUtf8(const std::string& path, std::string_view source, std::size_t at) {
    const int line = 1 + static_cast<int>(std::count(source.begin(), source.begin() + at, '\n'));
    char byte[8];
    std::snprintf(byte, sizeof byte, "0x%02X", static_cast<unsigned char>(source[at]));
    return failed(path, line,
                  std::string("this line is not UTF-8 text (byte ")
                      .append(byte)
                      .append("): save the file as UTF-8"));
}

} // namespace

namespace {

// One file, one kind of content: anything else is a mistake worth naming.
ContentKind classify(Declarations& d, const std::string& path) {
    const bool rubric = !d.principles.empty() && !d.organisationDeclared;
    const bool organisation = d.organisationDeclared || !d.organisation.documents.empty();
    const bool curriculum = !d.curriculum.units.empty() || !d.curriculum.points.empty();
    const int kinds = int(d.declared) + int(rubric) + int(organisation) + int(curriculum);
    if (kinds == 0) {
        d.diagnostics.push_back(errorAt(
            {path, 1}, "this file declares no scenario: start it with scenario { id = \"...\", "
                       "title = \"...\", ... } (or organisation, principle, unit)"));
        return ContentKind::Unknown;
    }
    if (kinds > 1) {
        d.diagnostics.push_back(
            errorAt({path, 1}, "this file mixes kinds of content (scenario, organisation, rubric "
                               "principles, curriculum): give each its own file"));
        return ContentKind::Unknown;
    }
    if (d.declared) return ContentKind::Scenario;
    if (curriculum) return ContentKind::Curriculum;
    if (organisation) {
        if (!d.organisationDeclared)
            d.diagnostics.push_back(errorAt(
                {path, 1},
                "policy documents need an organisation { id = ..., name = ... } in the same file"));
        for (const Principle& p : d.principles)
            if (p.kind != PrincipleKind::Policy)
                d.diagnostics.push_back(
                    errorAt(p.where, "an organisation file defines only its policy.* rules; '" +
                                         p.id + "' belongs in the rubric"));
        return ContentKind::Organisation;
    }
    for (const Principle& p : d.principles)
        if (p.kind == PrincipleKind::Policy)
            d.diagnostics.push_back(
                errorAt(p.where, "policy rules belong to an organisation: move '" + p.id +
                                     "' into an organisation file"));
    return ContentKind::Rubric;
}

// FNV-1a: stable across runs and machines, so records can name the version they were played on.
std::string fingerprint(std::string_view text) {
    std::uint64_t h = 0xcbf29ce484222325ull;
    for (unsigned char c : text)
        h = (h ^ c) * 0x100000001b3ull;
    char hex[17];
    std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(h));
    return hex;
}

} // namespace

LoadedFile loadScenarioSource(const std::string& path, std::string_view source,
                              const Limits& limits) {
    if (source.size() > kMaxSourceBytes) return tooLarge(path, source.size());
    // Windows editors save UTF-8 with a byte-order mark; Lua would read it as a stray symbol.
    if (source.rfind(kByteOrderMark, 0) == 0) source.remove_prefix(kByteOrderMark.size());
    // Text the learner will read must be UTF-8; precompiled chunks are refused by the VM itself.
    if (const auto bad = firstInvalidUtf8(source); bad && source.rfind("\x1bLua", 0) != 0)
        return notUtf8(path, source, *bad);
    auto vm = std::make_shared<Vm>(path, limits);
    Declarations declarations;
    declarations.source = source;
    installScenarioApi(*vm, declarations);
    installRubricApi(*vm, declarations);
    installCurriculumApi(*vm, declarations);
    const auto failure = vm->run(source);
    // A file that stopped part-way declared only part of itself: report the cause, not the gaps.
    finishDeclarations(declarations, path, /*complete=*/!failure);

    LoadedFile out;
    out.path = path;
    if (failure) {
        out.diagnostics = std::move(declarations.diagnostics);
        out.diagnostics.push_back(errorAt(failure->where, failure->message));
        sortDiagnostics(out.diagnostics);
        return out;
    }
    out.kind = classify(declarations, path);
    out.diagnostics = std::move(declarations.diagnostics);
    switch (out.kind) {
    case ContentKind::Scenario: {
        declarations.scenario.version = fingerprint(source);
        auto found = lint(declarations.scenario);
        out.diagnostics.insert(out.diagnostics.end(), found.begin(), found.end());
        out.scripting = std::make_shared<LuaScripting>(vm, declarations.scenario.customer.name);
        out.scenario = std::make_shared<const Scenario>(std::move(declarations.scenario));
        break;
    }
    case ContentKind::Organisation:
        declarations.organisation.policies = std::move(declarations.principles);
        out.organisation = std::move(declarations.organisation);
        break;
    case ContentKind::Rubric:
        out.principles = std::move(declarations.principles);
        break;
    case ContentKind::Curriculum:
        out.curriculum = std::move(declarations.curriculum);
        break;
    case ContentKind::Unknown:
        break;
    }
    sortDiagnostics(out.diagnostics);
    return out;
}

namespace {

// The file's text, or a LoadedFile saying why it cannot be had.
std::variant<std::string, LoadedFile> readSource(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return failed(path, 0, "cannot open the file");
    in.seekg(0, std::ios::end);
    const auto size = static_cast<std::size_t>(std::max<std::streamoff>(in.tellg(), 0));
    if (size > kMaxSourceBytes) return tooLarge(path, size);
    in.seekg(0);
    std::string source(size, '\0');
    in.read(source.data(), static_cast<std::streamsize>(size));
    if (source.rfind(kByteOrderMark, 0) == 0) source.erase(0, kByteOrderMark.size());
    return source;
}

// The header's declarations alone, when they are clean and declare a scenario.
std::optional<Scenario> headerOf(const std::string& path, std::string_view header,
                                 const Limits& limits) {
    if (firstInvalidUtf8(header)) return std::nullopt;
    Vm vm(path, limits);
    Declarations declarations;
    declarations.source = header;
    installScenarioApi(vm, declarations);
    if (vm.run(header)) return std::nullopt;
    finishDeclarations(declarations, path, /*complete=*/false); // the nodes are not read yet
    if (hasErrors(declarations.diagnostics) ||
        classify(declarations, path) != ContentKind::Scenario)
        return std::nullopt;
    return std::move(declarations.scenario);
}

} // namespace

std::vector<std::string> LoadedFile::errors() const {
    std::vector<std::string> out;
    for (const Diagnostic& d : diagnostics)
        if (d.severity == Severity::Error) out.push_back(format(d));
    return out;
}

LoadedFile loadScenarioFile(const std::string& path, const Limits& limits) {
    auto source = readSource(path);
    if (auto* problem = std::get_if<LoadedFile>(&source)) return std::move(*problem);
    return loadScenarioSource(path, std::get<std::string>(source), limits);
}

LoadedFile loadScenarioHeader(const std::string& path, const Limits& limits) {
    auto read = readSource(path);
    if (auto* problem = std::get_if<LoadedFile>(&read)) return std::move(*problem);
    const std::string& source = std::get<std::string>(read);
    const auto end = headerEnd(source);
    std::optional<Scenario> header;
    if (end && *end < source.size())
        header = headerOf(path, std::string_view(source).substr(0, *end), limits);
    // Anything else (another kind of file, code before the header, a header with a mistake)
    // is read in full now, so its errors show on the library screen from the start.
    if (!header) return loadScenarioSource(path, source, limits);
    LoadedFile out;
    out.path = path;
    out.kind = ContentKind::Scenario;
    out.deferred = true;
    header->nodes.clear();
    out.scenario = std::make_shared<const Scenario>(std::move(*header));
    return out;
}

} // namespace frontline::script
