// A message about a file, pointing at the line an author must change.
#pragma once

#include <string>
#include <vector>

namespace frontline {

struct SourceRef {
    std::string file;
    int line = 0;
};

enum class Severity { Error, Warning };

struct Diagnostic {
    Severity severity = Severity::Error;
    SourceRef where;
    std::string message;
};

Diagnostic errorAt(SourceRef where, std::string message);
Diagnostic warningAt(SourceRef where, std::string message);

// "file:line: error: message" — the form compilers use, so editors can jump to it.
std::string format(const Diagnostic& diagnostic);

bool hasErrors(const std::vector<Diagnostic>& diagnostics);

// By file, then line, then message: output that does not change between runs. A message repeated
// at the same line is kept once (an error if either copy was one).
void sortDiagnostics(std::vector<Diagnostic>& diagnostics);

} // namespace frontline
