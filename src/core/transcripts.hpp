// Transcript tests: a plain text file beside a scenario (NAME.transcript beside NAME.lua) lists
// the choices a learner takes and what must be seen on the way: the customer's lines, the choices
// on offer, the ending, the grade and the evidence. `frontline test` plays each test and, where
// what happened differs from what was written, says so as a small diff.
#pragma once

#include "diagnostic.hpp"
#include "rubric.hpp"
#include "session.hpp"

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace frontline {

// One line of a test, read and checked for form (not yet against the scenario).
struct TranscriptLine {
    enum class Kind { Seed, Choose, Customer, Offers, Ending, Grade, Breach, Credit };
    Kind kind = Kind::Choose;
    std::string written; // the line as written, trimmed: what a diff shows as expected
    std::string value;   // choose: an id or the quoted start; customer: the text without `...`;
                         // ending, grade, breach, credit: the id or grade
    std::vector<std::string> ids; // offers
    bool quoted = false;          // choose: "start of the learner's line"
    bool anyBefore = false;       // customer: `... text`: anything may come before
    bool anyAfter = false;        // customer: `text ...`: anything may come after
    std::uint64_t seed = 1;
    int line = 0;
};

struct TranscriptTest {
    std::string name;
    int line = 0; // of its `test:` line
    std::vector<TranscriptLine> lines;
    bool malformed = false; // some line of it could not be read: it fails whatever happens
};

struct TranscriptFile {
    std::string path;
    std::vector<TranscriptTest> tests;
    std::vector<Diagnostic> problems; // malformed lines and tests, at their lines
};

// Reads a transcript's text; every problem is a diagnostic at its line, never an exception.
TranscriptFile parseTranscript(std::string_view text, const std::string& path);
// The same from a file: one that cannot be read, or is too large, is one problem.
TranscriptFile readTranscript(const std::string& path);

// NAME.transcript for NAME.lua: where a scenario's transcript tests are kept.
std::string transcriptPathFor(const std::string& scenarioPath);

// Where one test first differs from what happened, as a diff: the lines just before that held,
// what was written (-) and what happened there instead (+).
struct TranscriptFailure {
    SourceRef where;
    std::string test;
    std::string message;
    std::vector<std::string> context;
    std::vector<std::string> expected;
    std::vector<std::string> actual;
};

// "FILE:LINE: test 'NAME': MESSAGE", then the diff, each of its lines indented by `indent`.
std::string failureText(const TranscriptFailure& failure, std::string_view indent = "  ");

struct TranscriptRun {
    std::size_t passed = 0;
    std::size_t failed = 0; // failures.size(), and tests with a malformed line
    std::vector<TranscriptFailure> failures;
};

// Plays every test of the file in practice mode. `bestPoints` is the best achievable (the
// explorer's best path), which grades are measured against.
TranscriptRun runTranscript(const TranscriptFile& file,
                            const std::shared_ptr<const Scenario>& scenario,
                            const std::shared_ptr<Scripting>& scripting, const Rubric& rubric,
                            int bestPoints);

// A test that replays this session: each choice taken, each customer line seen, and once it has
// ended the ending, the grade and every principle breached. So a playtest can be saved as a test.
std::string transcriptOf(const Session& session, const Rubric& rubric, int bestPoints,
                         const std::string& name);

} // namespace frontline
