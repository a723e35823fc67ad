// The Lua scenario API: scenario {...}, node "id" {...}, ending "id" {...}, choice {...}.
// Binding code only: it reads the author's declarations into core's model and records file:line.
#pragma once

#include "core/curriculum.hpp"
#include "core/diagnostic.hpp"
#include "core/rubric.hpp"
#include "core/scenario.hpp"
#include "vm.hpp"

#include <map>
#include <memory>
#include <string>
#include <vector>

namespace frontline::script {

// What one file declared, and everything wrong with how it declared it. A file declares one kind
// of content: a scenario, an organisation (with its documents and policy rules), rubric
// principles, or the curriculum.
struct Declarations {
    std::string file;
    std::string_view source; // the file's text, for the quoted ids inside computed gos
    Scenario scenario;
    bool declared = false;
    std::vector<Diagnostic> diagnostics;

    std::vector<Principle> principles;
    bool organisationDeclared = false;
    Organisation organisation;
    Curriculum curriculum;

    // Bookkeeping while the file runs.
    struct PendingChoice {
        Choice choice;
        std::string shortId;
        bool consumed = false;
    };
    std::vector<PendingChoice> choices;
    std::map<int, std::string>
        unfinishedNodes;                 // line -> id of `node "id"` still awaiting its table
    std::size_t hostBytes = 0;           // text copied out of Lua so far
    std::vector<std::size_t> lineStarts; // where each line of `source` starts, built on first use
};

// Puts the declaration functions into the VM's environment; they write into `into`, which must
// outlive every call into the VM.
void installScenarioApi(Vm& vm, Declarations& into);
void installRubricApi(Vm& vm, Declarations& into);     // principle, organisation, policy
void installCurriculumApi(Vm& vm, Declarations& into); // unit, point

// After the file ran: builds the model's index and, when the file ran to its end (`complete`),
// reports what was left half-declared.
void finishDeclarations(Declarations& declarations, const std::string& file, bool complete);

} // namespace frontline::script
