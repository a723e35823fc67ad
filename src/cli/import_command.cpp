// `frontline import STORY.twee`: a conversation drafted in Twine, as a scenario skeleton that
// lints clean. Reading Twee and writing the Lua are in core (twee.hpp, twee_scenario.hpp); the
// one piece of JSON, StoryData, is read here, as core uses the standard library only.
#include "commands.hpp"

#include "core/text.hpp"
#include "core/twee_scenario.hpp"
#include "script/loader.hpp"

#include <fmt/format.h>
#include <fmt/ostream.h>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <ostream>
#include <sstream>

namespace frontline::cli {

namespace {

// Far past any one conversation, even with a stylesheet of pictures inside (those are skipped):
// only a limit on what is read into memory.
constexpr std::uintmax_t kMaxTweeBytes = 64u << 20;

// StoryData's `start`, or "" (with a warning where its JSON cannot be read: the spec says to
// warn, drop it and carry on).
std::string startFromStoryData(const twee::Story& story, std::vector<Diagnostic>& problems) {
    if (!story.storyData) return "";
    const twee::Passage& data = *story.storyData;
    auto warn = [&](int line, const std::string& message) {
        problems.push_back(warningAt({story.file, line}, message));
    };
    nlohmann::json json;
    try {
        json = nlohmann::json::parse(data.body);
    } catch (const nlohmann::json::parse_error& e) {
        const auto upTo = std::min<std::size_t>(e.byte, data.body.size());
        const int line =
            data.line + 1 +
            static_cast<int>(std::count(data.body.begin(), data.body.begin() + upTo, '\n'));
        warn(std::max(line - (e.byte > data.body.size() ? 1 : 0), data.line + 1),
             "StoryData is not valid JSON (near this line), so it is ignored: the story starts "
             "at its Start passage, or else its first");
        return "";
    }
    if (!json.is_object()) {
        warn(data.line, "StoryData is not a JSON object, so it is ignored");
        return "";
    }
    const auto start = json.find("start");
    if (start == json.end()) return "";
    if (!start->is_string()) {
        warn(data.line, "StoryData's \"start\" is not a passage name in quotes, so it is ignored");
        return "";
    }
    return start->get<std::string>();
}

std::string readAll(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

} // namespace

int importCommand(const ImportOptions& options, Io io) {
    const std::string& input = options.input;
    auto fail = [&](const std::string& message) {
        fmt::print(io.err, "frontline import: {}\n", message);
        return 1;
    };
    std::error_code error;
    if (!std::filesystem::is_regular_file(input, error))
        return fail(input + ": there is no such file");
    const auto bytes = std::filesystem::file_size(input, error);
    if (error) return fail(input + ": cannot be read");
    if (bytes > kMaxTweeBytes)
        return fail(fmt::format("{}: {} MB is too big to be a Twine story (the most is {} MB); "
                                "nothing was written",
                                input, bytes >> 20, kMaxTweeBytes >> 20));
    if (!options.id.empty() && !isScenarioId(options.id)) {
        fmt::print(io.err,
                   "frontline import: '{}' is not a scenario id: use lowercase letters, digits, "
                   "'-' and '_', with a dot after the organisation, such as "
                   "brightmart.late-call-back\n",
                   options.id);
        return 2;
    }
    std::filesystem::path output = options.output;
    if (output.empty()) output = std::filesystem::path(input).replace_extension(".lua");
    if (std::filesystem::equivalent(output, input, error))
        return fail(output.string() + " is the story itself; give another file with -o");
    if (std::filesystem::exists(output) && !options.force)
        return fail(output.string() +
                    " already exists; nothing was written (add --force to replace it)");
    if (output.string().find_first_of("\r\n") != std::string::npos)
        return fail("a file name with a line break in it cannot be written into the skeleton's "
                    "comments; nothing was written");

    const twee::Story story = twee::parse(readAll(input), input);
    std::vector<Diagnostic> problems = story.problems;
    twee::Imported imported;
    if (!hasErrors(problems)) {
        twee::ImportSettings settings;
        settings.start = startFromStoryData(story, problems);
        settings.startLine = story.storyData ? story.storyData->line : 0;
        const std::string name =
            story.title.empty() ? std::filesystem::path(input).stem().string() : story.title;
        settings.id = !options.id.empty() ? options.id : "twine." + slug(name, '-', 60, "story");
        settings.sourceName = std::filesystem::path(input).filename().string();
        const std::string with =
            options.scenariosGiven ? " --scenarios " + shellWord(options.scenariosDir) : "";
        for (const char* command : {"lint", "test", "play"})
            settings.commands.push_back(
                fmt::format("frontline {} {}{}", command, shellWord(output.string()), with));
        imported = twee::toScenario(story, settings);
        problems.insert(problems.end(), imported.problems.begin(), imported.problems.end());
    }
    sortDiagnostics(problems);
    for (const Diagnostic& d : problems)
        io.err << format(d) << "\n";
    if (hasErrors(problems)) return fail("nothing was written");
    if (imported.lua.size() > script::kMaxSourceBytes)
        return fail(fmt::format("the scenario would be {} MB, more than the {} MB a scenario file "
                                "may be; nothing was written",
                                (imported.lua.size() + (1u << 20) - 1) >> 20,
                                script::kMaxSourceBytes >> 20));
    if (output.has_parent_path()) std::filesystem::create_directories(output.parent_path(), error);
    std::ofstream out(output, std::ios::binary);
    out << imported.lua;
    out.close();
    if (!out) return fail("cannot write " + output.string());

    fmt::print(io.out, "Wrote {}: {} node{}, {} choice{}, {} ending{} from {} passage{}",
               output.string(), imported.nodes, imported.nodes == 1 ? "" : "s", imported.choices,
               imported.choices == 1 ? "" : "s", imported.endings, imported.endings == 1 ? "" : "s",
               story.passages.size(), story.passages.size() == 1 ? "" : "s");
    if (!story.skipped.empty())
        fmt::print(io.out, " ({} skipped: scripts, styles and the like)", story.skipped.size());
    fmt::print(io.out, "\n");
    if (imported.leftOut > 0)
        fmt::print(io.out,
                   "{} passage{} had macros, HTML or variables that could not be carried over: "
                   "see the comments \"Twine: could not carry over\"\n",
                   imported.leftOut, imported.leftOut == 1 ? "" : "s");
    fmt::print(io.out, "Next: fill in each TODO, then\n");
    const std::string with =
        options.scenariosGiven ? " --scenarios " + shellWord(options.scenariosDir) : "";
    const std::string file = shellWord(output.string());
    fmt::print(io.out,
               "  frontline lint {0}{1}    # check it\n"
               "  frontline test {0}{1}    # play every path and check its expectations\n"
               "  frontline play {0}{1}    # play it in the terminal\n",
               file, with);
    return 0;
}

} // namespace frontline::cli
