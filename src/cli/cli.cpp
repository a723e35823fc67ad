#include "cli.hpp"

#include "commands.hpp"
#include "paths.hpp"

#include <CLI/CLI.hpp>

namespace frontline::cli {

int run(const std::vector<std::string>& args, std::istream& in, std::ostream& out,
        std::ostream& err) {
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
                      "Assessment mode: no feedback after choices, no undo");

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

    std::vector<std::string> testPaths;
    CLI::App* testCmd = app.add_subcommand(
        "test", "Lint, explore and check each scenario's expectations; exits 1 on any failure");
    testCmd->add_option("PATH", testPaths, "Files or folders (default: the library)");
    testCmd->add_option("--scenarios", scenariosDir, scenariosHelp);

    CLI::App* coverageCmd =
        app.add_subcommand("coverage", "Which scenarios cover each point of the curriculum");
    coverageCmd->add_option("--scenarios", scenariosDir, scenariosHelp);

    app.require_subcommand(0, 1);

    std::vector<const char*> argv;
    for (const auto& a : args)
        argv.push_back(a.c_str());
    try {
        app.parse(static_cast<int>(argv.size()), argv.data());
    } catch (const CLI::ParseError& e) {
        return app.exit(e, out, err);
    }

    if (scenariosDir.empty()) scenariosDir = defaultScenariosDir();
    const Io io{in, out, err};
    if (*playCmd) {
        play.scenariosDir = scenariosDir;
        if (byNumber->count() > 0) play.choose = chooseNumbers;
        if (byId->count() > 0) play.chooseIds = chooseIds;
        return playCommand(play, io);
    }
    if (*lintCmd)
        return lintCommand(lintPaths.empty() ? std::vector{scenariosDir} : lintPaths, scenariosDir,
                           io);
    if (*exploreCmd) {
        exploreOptions.scenariosDir = scenariosDir;
        return exploreCommand(exploreOptions, io);
    }
    if (*testCmd)
        return testCommand(testPaths.empty() ? std::vector{scenariosDir} : testPaths, scenariosDir,
                           io);
    if (*coverageCmd) return coverageCommand(scenariosDir, io);
    if (*listCmd) return listCommand(listPaths.empty() ? std::vector{scenariosDir} : listPaths, io);
    return pickAndPlay(scenariosDir, io);
}

} // namespace frontline::cli
