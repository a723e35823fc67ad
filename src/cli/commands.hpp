// The subcommands, each in its own file, sharing the options every command accepts.
#pragma once

#include <cstdint>
#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

namespace frontline::cli {

// The streams a command reads and writes. `err`, and `out` unless the command writes data
// (--json, export), pass through terminalSafe on their way out (see run in cli.cpp), so scenario
// text can be written to them as it is.
struct Io {
    std::istream& in;
    std::ostream& out;
    std::ostream& err;
};

struct PlayOptions {
    std::string scenario; // a file path or a scenario id from the library
    std::string scenariosDir;
    std::uint64_t seed = 1;
    std::optional<std::vector<int>> choose; // 1-based, among those on offer
    std::optional<std::vector<std::string>> chooseIds;
    bool json = false;
    bool assessment = false;
    // Records: whose attempt it is, and where the records are ("" for the defaults).
    std::string learner;
    std::string dataDir;
    bool record = true;    // false: nothing is kept (--no-record, or --choose without --record)
    bool resume = false;   // continue the learner's unfinished attempt at this scenario
    bool full = false;     // every finding in the debrief, not the short one
    bool fromMenu = false; // chosen from pickAndPlay's menu, which offers resume and the next go
};

struct ExportOptions {
    std::string format; // evidence, evidence-html, csv, json, xapi
    std::string learner;
    std::optional<std::int64_t> attempt;
    std::string output;             // "" for standard output
    std::string table = "attempts"; // csv: attempts or choices
    std::string homePage;           // xapi: the learners' account home page
    std::string dataDir;
    std::string scenariosDir;
};

struct LearnersOptions {
    std::string remove; // the learner to delete ("" to list)
    bool yes = false;   // delete without asking
    std::string dataDir;
};

struct ExploreCommandOptions {
    std::string scenario;
    std::string scenariosDir;
    std::size_t maxStates = 100000;
    bool json = false;
};

struct RoutesOptions {
    std::string scenario;
    std::string scenariosDir;
    std::optional<std::size_t> limit; // default: 2000 routes printed, 100000 read for --lines
    bool summary = false;             // one line per route instead of its transcript
    bool debrief = false;             // each route's full list of what cost points, with sources
    bool lines = false; // every distinct line once, under its node, instead of the routes
};

struct NewOptions {
    std::string id;
    std::string organisation; // empty: the id's prefix when it names one, else none
    std::string output;       // empty: <scenarios>/library/<name>.lua
    std::string scenariosDir;
    bool scenariosGiven = false; // --scenarios was given: the commands it prints need it too
};

struct ImportOptions {
    std::string input;  // the Twee file
    std::string output; // empty: the input's name with .lua, beside it
    std::string id;     // empty: twine.<the story's title as a slug>
    bool force = false; // replace an existing output file
    std::string scenariosDir;
    bool scenariosGiven = false; // the commands it prints need --scenarios too
};

int playCommand(const PlayOptions& options, Io io);
int exploreCommand(const ExploreCommandOptions& options, Io io);
// Every distinct route's transcript and grade, to read a scenario through.
int routesCommand(const RoutesOptions& options, Io io);
int testCommand(const std::vector<std::string>& paths, const std::string& scenariosDir, Io io);
int coverageCommand(const std::string& scenariosDir, Io io);
int lintCommand(const std::vector<std::string>& paths, const std::string& scenariosDir, Io io);
int listCommand(const std::vector<std::string>& paths, Io io);
// Writes a commented starter scenario that passes lint and test.
int newCommand(const NewOptions& options, Io io);
// Turns a Twine story (Twee 3) into a scenario skeleton that lints clean.
int importCommand(const ImportOptions& options, Io io);
// A scenario id `new` and `import` accept: lint's rule, plus a dot after the organisation.
bool isScenarioId(const std::string& id);
// A word as a shell reads it back: quoted when it holds anything the shell treats specially.
std::string shellWord(const std::string& word);
// Exports the learner records: an evidence record of one attempt, CSV, JSON or xAPI.
int exportCommand(const ExportOptions& options, Io io);
// Lists the learners, or deletes one with everything recorded about them.
int learnersCommand(const LearnersOptions& options, Io io);
int graphCommand(const std::string& scenario, const std::string& scenariosDir, Io io);
// `frontline` with no command: pick a scenario from the library (or resume the learner's
// unfinished attempt), play it, and come back to the menu for the next. `dataDir` "" for the
// default records folder.
int pickAndPlay(const std::string& scenariosDir, const std::string& dataDir, Io io);

} // namespace frontline::cli
