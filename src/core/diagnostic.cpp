#include "diagnostic.hpp"

#include <algorithm>
#include <tuple>

namespace frontline {

Diagnostic errorAt(SourceRef where, std::string message) {
    Diagnostic d;
    d.where = std::move(where);
    d.message = std::move(message);
    return d;
}

Diagnostic warningAt(SourceRef where, std::string message) {
    Diagnostic d = errorAt(std::move(where), std::move(message));
    d.severity = Severity::Warning;
    return d;
}

std::string format(const Diagnostic& d) {
    std::string out = d.where.file.empty() ? std::string("frontline") : d.where.file;
    if (d.where.line > 0) out += ":" + std::to_string(d.where.line);
    out += d.severity == Severity::Error ? ": error: " : ": warning: ";
    out += d.message;
    return out;
}

bool hasErrors(const std::vector<Diagnostic>& diagnostics) {
    return std::any_of(diagnostics.begin(), diagnostics.end(),
                       [](const Diagnostic& d) { return d.severity == Severity::Error; });
}

void sortDiagnostics(std::vector<Diagnostic>& diagnostics) {
    std::stable_sort(diagnostics.begin(), diagnostics.end(), [](const auto& a, const auto& b) {
        return std::tie(a.where.file, a.where.line, a.message) <
               std::tie(b.where.file, b.where.line, b.message);
    });
    // The same finding from two checks (lint's and the explorer's "can never be reached") is one
    // problem to the author: kept once, as an error if either said so.
    std::vector<Diagnostic> once;
    once.reserve(diagnostics.size());
    for (Diagnostic& d : diagnostics) {
        if (!once.empty() && once.back().where.file == d.where.file &&
            once.back().where.line == d.where.line && once.back().message == d.message) {
            if (d.severity == Severity::Error) once.back().severity = Severity::Error;
            continue;
        }
        once.push_back(std::move(d));
    }
    diagnostics = std::move(once);
}

} // namespace frontline
