#include "cli.hpp"

#include "commands.hpp"
#include "core/screen_names.hpp"
#include "paths.hpp"
#include "terminal_stream.hpp"

#include <CLI/CLI.hpp>

#include <cstdio>
#include <filesystem>
#include <tuple>

namespace frontline::cli {

namespace {

// "1280x720" -> {1280, 720}; anything else (or a side under 320 or over 16384) is refused.
std::optional<std::pair<int, int>> parseSize(const std::string& text) {
    int w = 0, h = 0;
    char x = 0, extra = 0;
    if (std::sscanf(text.c_str(), "%d%c%d%c", &w, &x, &h, &extra) != 3 || (x != 'x' && x != 'X'))
        return std::nullopt;
    if (w < 320 || h < 240 || w > 16384 || h > 16384) return std::nullopt;
    return std::pair{w, h};
}

void addWindowOptions(CLI::App& app, WindowRequest& window, std::string& size) {
    const char* group = "Window (no command)";
    app.add_option("--screenshot", window.screenshot,
                   "Render one screen to this PNG file and exit (no display needed)")
        ->group(group);
    app.add_option("--screen", window.screen, "Screen to open: " + screenNameList())->group(group);
    app.add_option("FILE", window.file,
                   "A scenario file to open on the author's map (the --scenarios folder lends its "
                   "rubric and organisations)")
        ->group(group);
    app.add_option("--scenario", window.scenario, "Scenario id for briefing, play and debrief")
        ->group(group);
    app.add_option("--choose", window.choose,
                   "Choices to take first: 1-based numbers among those on offer, e.g. 2,1,3")
        ->delimiter(',')
        ->group(group);
    app.add_option("--size", size, "Window size WxH (default 1280x720)")->group(group);
    app.add_option("--scale", window.scale, "Text scale, 0.75 to 3 (default: the saved setting)")
        ->check(CLI::Range(0.75f, 3.0f))
        ->group(group);
    app.add_option("--theme", window.theme, "dark, light or high-contrast")
        ->check(CLI::IsMember({"dark", "light", "high-contrast"}))
        ->group(group);
    app.add_flag("--assessment", window.assessment, "Start play in assessment mode")->group(group);
    app.add_flag("--dyslexic-font", window.dyslexicFont, "Use the OpenDyslexic font")->group(group);
    app.add_option("--learner", window.learner,
                   "Whose records the window shows and adds to (default: the saved name)")
        ->group(group);
    app.add_option("--class-mode", window.classMode,
                   "Classroom screens: vote (default), teams or secret")
        ->check(CLI::IsMember({"vote", "teams", "secret"}))
        ->group(group);
    app.add_option("--keys", window.keys,
                   "Keys to press once the screen is reached, by name, e.g. down,down or f1")
        ->delimiter(',')
        ->group(group);
    app.add_option("--votes", window.votes,
                   "Classroom screens: hands per option at the decision shown, e.g. 12,5,3")
        ->delimiter(',')
        ->check(CLI::Range(0, 999))
        ->group(group);
    auto* presenter =
        app.add_flag("--presenter", window.presenter,
                     "In a class, open the trainer's presenter window even with one display "
                     "(with --screenshot: render the presenter view instead)")
            ->group(group);
    app.add_flag("--no-presenter", window.noPresenter,
                 "In a class, never open the presenter window, even with two displays")
        ->excludes(presenter)
        ->group(group);
    app.add_option("--port", window.port, "In a class, the port phones join on (default 8080)")
        ->check(CLI::Range(1, 65535))
        ->group(group);
    auto* phones = app.add_flag("--phones", window.phones,
                                "In a class, run the join server for phones even for a screenshot "
                                "or --bench-frames (a live window always does)")
                       ->group(group);
    app.add_flag("--no-phones", window.noPhones,
                 "In a class, no phones: the room votes by hands keyed in (the setup can also "
                 "turn phones off)")
        ->excludes(phones)
        ->group(group);
    app.add_option("--bench-frames", window.benchFrames,
                   "Draw this many frames flat out, print their cost as JSON and exit")
        ->check(CLI::Range(1, 100000))
        ->group(group);
}

// A learner's attempt is recorded; an author replaying a route with --choose or --choose-ids is
// not (a trainer checking routes filled the records with dozens of "attempts"), unless --record
// says so. --resume carries on a recorded attempt, so it records too.
bool recordedByDefault(const PlayOptions& play, bool record, bool noRecord) {
    if (record || noRecord) return record;
    const bool scripted = play.choose.has_value() || play.chooseIds.has_value();
    return !scripted || play.resume;
}

// No command: the window, or terminal play with a one-line reason where no window can open.
int openWindow(WindowRequest request, const std::string& size, const std::string& scenariosDir,
               const WindowLauncher& window, Io io) {
    if (!size.empty()) {
        const auto parsed = parseSize(size);
        if (!parsed) {
            io.err
                << "error: --size must be WxH with sides from 320x240 to 16384, e.g. 1920x1080\n";
            return 1;
        }
        std::tie(request.width, request.height) = *parsed;
    }
    request.scenariosDir = scenariosDir;
    if (!window) {
        if (!request.screenshot.empty()) {
            io.err << "error: this build has no window, so no screenshot\n";
            return 1;
        }
        return pickAndPlay(scenariosDir, request.dataDir, io);
    }
    std::string why;
    if (auto code = window(request, why)) return *code;
    if (!request.screenshot.empty()) {
        io.err << "error: cannot render a screenshot: " << why << "\n";
        return 1;
    }
    io.err << "frontline: " << why << "; playing in the terminal instead.\n";
    return pickAndPlay(scenariosDir, request.dataDir, io);
}

} // namespace

int run(const std::vector<std::string>& args, std::istream& in, std::ostream& out,
        std::ostream& err, const WindowLauncher& window) {
    // Scenario files pass between trainers, so any text from them (titles, lines, ids, what a
    // script computes, diagnostics quoting them) may hold escape sequences, bidi overrides or
    // bytes that are not UTF-8. Whatever is written for a person passes through terminalSafe
    // here, once, so no command can forget it: the error stream always, the standard output
    // unless it carries data (below).
    TerminalSafeStream shownOut(out), shownErr(err);
    shownOut.tie(out.tie());
    shownErr.tie(err.tie() == &out ? &shownOut : err.tie()); // errors still flush the output
    CLI::App app{"Frontline: practise difficult customer-service conversations, scored against "
                 "service principles and UK law."};
    app.set_version_flag("--version", std::string("frontline ") + FRONTLINE_VERSION);
    std::string scenariosDir;
    const std::string scenariosHelp =
        "Folder holding the scenario library (default: the bundled one)";
    app.add_option("--scenarios", scenariosDir, scenariosHelp);

    PlayOptions play;
    std::vector<int> chooseNumbers;
    std::vector<std::string> chooseIds;
    CLI::App* playCmd = app.add_subcommand("play", "Play a scenario in the terminal");
    playCmd
        ->add_option("SCENARIO", play.scenario,
                     "A scenario file, or a scenario id from the library")
        ->required();
    playCmd->add_option("--scenarios", scenariosDir, scenariosHelp);
    playCmd->add_option("--seed", play.seed, "Seed for the scenario's random source (default 1)");
    auto* byNumber = playCmd
                         ->add_option("--choose", chooseNumbers,
                                      "Play without input: 1-based numbers of the choices on offer "
                                      "at each step, e.g. 2,1,3")
                         ->delimiter(',');
    auto* byId =
        playCmd
            ->add_option("--choose-ids", chooseIds,
                         "Play without input: choice ids, e.g. arrives.listen,explains.refund")
            ->delimiter(',');
    byNumber->excludes(byId);
    playCmd->add_flag("--json", play.json, "Print the whole result as JSON");
    playCmd->add_flag("--assessment", play.assessment,
                      "Assessment mode: no feedback after choices, no undo, the choices in a "
                      "shuffled order");
    std::string dataDir;
    const std::string dataHelp =
        "Folder holding the learner records (default: $XDG_DATA_HOME/frontline)";
    app.add_option("--data-dir", dataDir, dataHelp);
    playCmd->add_option("--learner", play.learner,
                        "Whose attempt this is: a name or pseudonym (default: the system user)");
    playCmd->add_option("--data-dir", dataDir, dataHelp);
    // Two plain flags, not "!--no-record": CLI11 shows a negated flag's value as
    // "--no-record{false}" in the help.
    bool record = false, noRecord = false;
    auto* recordFlag = playCmd->add_flag(
        "--record", record,
        "Record this attempt even when --choose or --choose-ids plays it (an author's check, "
        "not recorded otherwise)");
    playCmd->add_flag("--no-record", noRecord, "Keep no record of this attempt")
        ->excludes(recordFlag);
    playCmd->add_flag("--resume", play.resume,
                      "Carry on with your unfinished attempt at this scenario");
    playCmd->add_flag("--full", play.full,
                      "Debrief every finding with its reasons (default: a short debrief)");

    ExportOptions exportOptions;
    CLI::App* exportCmd = app.add_subcommand(
        "export", "Export the learner records: an evidence record, CSV, JSON or xAPI statements");
    exportCmd
        ->add_option("--format", exportOptions.format,
                     "evidence (Markdown), evidence-html, "
                     "csv, json or xapi")
        ->required()
        ->check(CLI::IsMember({"evidence", "evidence-html", "csv", "json", "xapi"}));
    exportCmd->add_option("--learner", exportOptions.learner,
                          "Only this learner's attempts (json: everything held about them)");
    exportCmd->add_option("--attempt", exportOptions.attempt,
                          "Only this attempt (evidence: default the learner's latest finished)");
    exportCmd->add_option("-o,--output", exportOptions.output,
                          "Write to this file (default: standard output); .html gives HTML "
                          "evidence");
    exportCmd->add_option("--table", exportOptions.table, "csv: attempts (default) or choices")
        ->check(CLI::IsMember({"attempts", "choices"}));
    exportCmd->add_option("--homepage", exportOptions.homePage,
                          "xapi: the web address of the system the learners' accounts belong to");
    exportCmd->add_option("--data-dir", dataDir, dataHelp);
    exportCmd->add_option("--scenarios", scenariosDir, scenariosHelp);

    LearnersOptions learnersOptions;
    CLI::App* learnersCmd = app.add_subcommand(
        "learners", "List the learners in the records, or delete one with all their records");
    learnersCmd->add_option("--delete", learnersOptions.remove,
                            "Delete this learner and everything recorded about them");
    learnersCmd->add_flag("--yes", learnersOptions.yes, "Delete without asking to confirm");
    learnersCmd->add_option("--data-dir", dataDir, dataHelp);
    learnersCmd->add_option("--scenarios", scenariosDir, scenariosHelp); // as every command

    std::vector<std::string> lintPaths;
    CLI::App* lintCmd =
        app.add_subcommand("lint", "Check scenario files and folders; exits 1 on any error");
    lintCmd->add_option("PATH", lintPaths, "Files or folders (default: the library)");
    lintCmd->add_option("--scenarios", scenariosDir, scenariosHelp);

    std::vector<std::string> listPaths;
    CLI::App* listCmd = app.add_subcommand("list", "List the scenarios in a folder");
    listCmd->add_option("PATH", listPaths, "Files or folders (default: the library)");
    listCmd->add_option("--scenarios", scenariosDir, scenariosHelp);

    ExploreCommandOptions exploreOptions;
    CLI::App* exploreCmd = app.add_subcommand(
        "explore", "Walk every reachable state: endings, best and worst path, problems");
    exploreCmd
        ->add_option("SCENARIO", exploreOptions.scenario,
                     "A scenario file, or a scenario id from the library")
        ->required();
    exploreCmd->add_option("--scenarios", scenariosDir, scenariosHelp);
    exploreCmd->add_option("--max-states", exploreOptions.maxStates,
                           "State budget (default 100000)");
    exploreCmd->add_flag("--json", exploreOptions.json, "Print the findings as JSON");

    RoutesOptions routesOptions;
    CLI::App* routesCmd = app.add_subcommand(
        "routes", "Print every distinct route's transcript, ending and grade, to read them all");
    routesCmd
        ->add_option("SCENARIO", routesOptions.scenario,
                     "A scenario file, or a scenario id from the library")
        ->required();
    routesCmd->add_option("--scenarios", scenariosDir, scenariosHelp);
    routesCmd->add_option("--limit", routesOptions.limit,
                          "Routes listed at most (default 2000; 100000 read for --lines)");
    routesCmd->add_flag("--summary", routesOptions.summary,
                        "One line per route: its choices, ending and grade");
    routesCmd->add_flag("--lines", routesOptions.lines,
                        "Every distinct line any route says, once, under its node, with a route "
                        "that says it");
    routesCmd->add_flag("--debrief", routesOptions.debrief,
                        "Under each route, what cost points in full, with each rule's source");

    std::string graphScenario;
    CLI::App* graphCmd = app.add_subcommand(
        "graph", "Print the scenario's map as Graphviz DOT (dot -Tsvg to draw it)");
    graphCmd
        ->add_option("SCENARIO", graphScenario,
                     "A scenario file, or a scenario id from the library")
        ->required();
    graphCmd->add_option("--scenarios", scenariosDir, scenariosHelp);

    NewOptions newOptions;
    CLI::App* newCmd =
        app.add_subcommand("new", "Write a commented starter scenario that passes lint and test");
    newCmd->add_option("ID", newOptions.id, "The new scenario's id, such as brightmart.late-refund")
        ->required();
    newCmd->add_option("--organisation", newOptions.organisation,
                       "Whose policies apply (default: the id's prefix, if it is an organisation)");
    newCmd->add_option("-o,--output", newOptions.output,
                       "Where to write it (default: the library's library/ folder)");
    newCmd->add_option("--scenarios", scenariosDir, scenariosHelp);

    ImportOptions importOptions;
    CLI::App* importCmd = app.add_subcommand(
        "import", "Turn a Twine story (a .twee file) into a scenario skeleton to finish");
    importCmd->add_option("STORY", importOptions.input, "The Twee 3 file Twine exported")
        ->required();
    importCmd->add_option("-o,--output", importOptions.output,
                          "Where to write it (default: the story's name with .lua, beside it)");
    importCmd->add_option("--id", importOptions.id,
                          "The scenario's id, such as brightmart.late-refund (default: "
                          "twine.<the story's title>)");
    importCmd->add_flag("--force", importOptions.force, "Replace the output file if it exists");
    importCmd->add_option("--scenarios", scenariosDir, scenariosHelp);

    std::vector<std::string> testPaths;
    CLI::App* testCmd = app.add_subcommand(
        "test", "Lint, explore and check each scenario's expectations; exits 1 on any failure");
    testCmd->add_option("PATH", testPaths, "Files or folders (default: the library)");
    testCmd->add_option("--scenarios", scenariosDir, scenariosHelp);

    CLI::App* coverageCmd =
        app.add_subcommand("coverage", "Which scenarios cover each point of the curriculum");
    coverageCmd->add_option("--scenarios", scenariosDir, scenariosHelp);

    WindowRequest windowRequest;
    std::string windowSize;
    addWindowOptions(app, windowRequest, windowSize);

    app.require_subcommand(0, 1);

    std::vector<const char*> argv;
    for (const auto& a : args)
        argv.push_back(a.c_str());
    try {
        app.parse(static_cast<int>(argv.size()), argv.data());
    } catch (const CLI::ParseError& e) {
        return app.exit(e, shownOut, shownErr);
    }

    const bool scenariosGiven = !scenariosDir.empty();
    if (scenariosDir.empty()) scenariosDir = defaultScenariosDir();
    // Data goes out as it is: --json output, which JSON already escapes and programs read byte
    // for byte, and what `export` writes, the same bytes as its -o file (CSV ends lines with
    // \r\n). Everything else on the standard output is for a person.
    const bool data = (*playCmd && play.json) || (*exploreCmd && exploreOptions.json) ||
                      static_cast<bool>(*exportCmd);
    const Io io{in, data ? out : shownOut, shownErr};
    if (*playCmd) {
        play.scenariosDir = scenariosDir;
        if (byNumber->count() > 0) play.choose = chooseNumbers;
        if (byId->count() > 0) play.chooseIds = chooseIds;
        play.record = recordedByDefault(play, record, noRecord);
        play.dataDir = dataDir;
        return playCommand(play, io);
    }
    if (*exportCmd) {
        exportOptions.dataDir = dataDir;
        exportOptions.scenariosDir = scenariosDir;
        return exportCommand(exportOptions, io);
    }
    if (*learnersCmd) {
        learnersOptions.dataDir = dataDir;
        return learnersCommand(learnersOptions, io);
    }
    if (*lintCmd)
        return lintCommand(lintPaths.empty() ? std::vector{scenariosDir} : lintPaths, scenariosDir,
                           io);
    if (*exploreCmd) {
        exploreOptions.scenariosDir = scenariosDir;
        return exploreCommand(exploreOptions, io);
    }
    if (*routesCmd) {
        routesOptions.scenariosDir = scenariosDir;
        return routesCommand(routesOptions, io);
    }
    if (*graphCmd) return graphCommand(graphScenario, scenariosDir, io);
    if (*newCmd) {
        newOptions.scenariosDir = scenariosDir;
        newOptions.scenariosGiven = scenariosGiven;
        return newCommand(newOptions, io);
    }
    if (*importCmd) {
        importOptions.scenariosDir = scenariosDir;
        importOptions.scenariosGiven = scenariosGiven;
        return importCommand(importOptions, io);
    }
    if (*testCmd)
        return testCommand(testPaths.empty() ? std::vector{scenariosDir} : testPaths, scenariosDir,
                           io);
    if (*coverageCmd) return coverageCommand(scenariosDir, io);
    if (*listCmd) return listCommand(listPaths.empty() ? std::vector{scenariosDir} : listPaths, io);
    windowRequest.dataDir = dataDir;
    if (!windowRequest.file.empty()) {
        std::error_code ec;
        if (!std::filesystem::is_regular_file(windowRequest.file, ec)) {
            shownErr << "error: " << windowRequest.file << " is not a file\n";
            return 1;
        }
        if (app.count("--screen") == 0) windowRequest.screen = "author";
    }
    return openWindow(windowRequest, windowSize, scenariosDir, window, io);
}

} // namespace frontline::cli
