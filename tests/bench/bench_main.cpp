// frontline_bench: the measurements behind scripts/bench. Each command prints one JSON object;
// `report` joins them into the table (or the one JSON object) that scripts/bench shows.
#include "engine_bench.hpp"
#include "generator.hpp"
#include "layered.hpp"
#include "process.hpp"
#include "report.hpp"
#include "vote_bench.hpp"
#include "window_bench.hpp"

#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <iostream>

namespace fs = std::filesystem;
using nlohmann::json;
using namespace frontline;
using namespace frontline::bench;

namespace {

constexpr const char* kGeneratedId = "brightmart.generated-000";

bool writeFile(const fs::path& path, const std::string& text) {
    std::ofstream out(path, std::ios::binary);
    out << text;
    return static_cast<bool>(out);
}

int generateMany(const std::string& dir, std::size_t count, std::size_t nodes, std::uint64_t seed,
                 const std::string& ink) {
    fs::create_directories(dir);
    for (std::size_t i = 0; i < count; ++i) {
        const GeneratedGraph graph =
            generate(fmt::format("brightmart.generated-{}", padded(i)), nodes, seed + i);
        if (!writeFile(fs::path(dir) / fmt::format("generated-{}.lua", padded(i)), toLua(graph)))
            return 1;
        if (i == 0 && !ink.empty() && !writeFile(ink, toInk(graph))) return 1;
    }
    return 0;
}

int writeLayered(const std::string& dir, const LayeredShape& shape) {
    fs::create_directories(dir);
    const std::string id = fmt::format("brightmart.layered-{}", shape.nodes);
    return writeFile(fs::path(dir) / fmt::format("layered-{}.lua", shape.nodes),
                     layeredLua(id, shape))
               ? 0
               : 1;
}

const script::LoadedFile* findOrSay(const script::Library& library, const std::string& id) {
    const script::LoadedFile* file = library.find(id);
    if (file == nullptr) {
        std::cerr << "frontline_bench: no playable scenario '" << id << "'\n";
        for (const auto& entry : library.entries)
            for (const auto& problem : entry.diagnostics)
                std::cerr << "  " << problem.message << "\n";
    }
    return file;
}

int engine(const std::string& dir, double seconds) {
    const script::Library library = script::loadLibrary({dir});
    const script::LoadedFile* file = findOrSay(library, kGeneratedId);
    if (file == nullptr) return 1;
    std::cout << json{{"engine", engineThroughput(*file, seconds, 7)}}.dump() << "\n";
    return 0;
}

int exploreAll(const std::vector<std::string>& dirs, int runs) {
    const script::Library library = script::loadLibrary(dirs);
    json rows = json::array();
    for (const script::LoadedFile* file : library.usable())
        rows.push_back(exploreScenario(*file, library.rubric, runs));
    std::cout << json{{"explorer", rows}}.dump() << "\n";
    return 0;
}

} // namespace

int main(int argc, char** argv) {
    CLI::App app{"frontline_bench: measurements for scripts/bench"};
    app.require_subcommand(1);
    std::string dir, ink, frontlineBin, library, generated, out;
    std::size_t count = 1, nodes = 200;
    std::uint64_t seed = 1;
    double seconds = 3;
    int runs = 3;
    bool asJson = false;
    std::vector<std::string> dirs, parts;

    auto* gen =
        app.add_subcommand("generate", "Write generated scenarios (Lua) and the first as ink");
    gen->add_option("--out", dir, "Folder for the Lua files")->required();
    gen->add_option("--count", count, "How many scenarios");
    gen->add_option("--nodes", nodes, "Situations per scenario");
    gen->add_option("--seed", seed, "First seed");
    gen->add_option("--ink", ink, "Also write the first as an ink story here");

    LayeredShape shape;
    auto* lay = app.add_subcommand("layered", "Write the explorer's layered scenario (Lua)");
    lay->add_option("--out", dir, "Folder for the Lua file")->required();
    lay->add_option("--nodes", shape.nodes, "Situations");
    lay->add_option("--flags", shape.flags, "Flags, each set at one node and read at three later");
    lay->add_option("--seed", shape.seed, "Where the flags are set and read");

    auto* eng =
        app.add_subcommand("engine", "Random play-throughs of " + std::string(kGeneratedId));
    eng->add_option("--scenarios", dir, "Library holding the generated scenario")->required();
    eng->add_option("--seconds", seconds, "How long to play");

    auto* exp = app.add_subcommand("explore", "The explorer over every scenario of these folders");
    exp->add_option("--scenarios", dirs, "Folders or files")->required();
    exp->add_option("--runs", runs, "Walks per scenario (the median is kept)");

    auto* win = app.add_subcommand("window", "Start-up, lint, idle CPU, frame cost and memory");
    win->add_option("--frontline", frontlineBin, "The frontline executable")->required();
    win->add_option("--library", library, "The library folder")->required();
    win->add_option("--generated", generated, "The library plus 200 generated scenarios")
        ->required();
    win->add_option("--runs", runs, "Start-ups per figure (the median is kept)");
    win->add_option("--idle-seconds", seconds, "How long to watch the idle window");

    int phones = 60;
    auto* vot = app.add_subcommand("votes", "Votes per second the join server sustains");
    vot->add_option("--phones", phones, "Simulated phones, one keep-alive connection each");
    vot->add_option("--seconds", seconds, "How long they vote");

    auto* rep = app.add_subcommand("report", "Join measurement files into one table");
    rep->add_option("parts", parts, "JSON files written by the other commands")->required();
    rep->add_flag("--json", asJson, "One JSON object instead of the table");

    CLI11_PARSE(app, argc, argv);
    if (gen->parsed()) return generateMany(dir, count, nodes, seed, ink);
    if (lay->parsed()) return writeLayered(dir, shape);
    if (eng->parsed()) return engine(dir, seconds);
    if (exp->parsed()) return exploreAll(dirs, runs);
    if (vot->parsed()) {
        const json figures = voteThroughput(phones, seconds);
        std::cout << figures.dump() << "\n";
        return figures["votes"].contains("error") ? 1 : 0;
    }
    if (win->parsed()) {
        std::cout << windowFigures({frontlineBin, library, generated, kGeneratedId, runs,
                                    win->count("--idle-seconds") ? seconds : 10.0})
                         .dump()
                  << "\n";
        return 0;
    }
    return report(parts, asJson, std::cout, std::cerr);
}
