// `frontline new ID`: a commented starter scenario that passes lint and test, so a trainer starts
// from something that works and changes it a step at a time.
#include "commands.hpp"

#include "core/text.hpp"
#include "script/library.hpp"

#include <fmt/format.h>
#include <fmt/ostream.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <ostream>

namespace frontline::cli {

namespace {

// {id}, {title}, {organisation}, {file}, {play}, {with} and {rubric} are filled in; every other
// brace is Lua's own.
constexpr const char* kStarter = R"(-- {title}
-- A starter scenario written by `frontline new`. Change the words, add nodes and choices, and
-- check as you go:
--   frontline lint {file}{with}    # every mistake, with its line
--   frontline test {file}{with}    # plays every path, checks the `expect` lines at the bottom
--   frontline play {play}{with}    # plays it in the terminal
-- In the window, select it in the library and press A: its map, problems and playtest. Saved
-- changes reload by themselves. The guide is docs/authoring.md; principle ids are in
-- {rubric} (and `policy.*` ids in each organisation's file).

scenario {
  id = "{id}",
  title = "{title}",
  brief = "A customer was promised a call-back on Monday. It is Wednesday and nobody rang. "
    .. "Find out what they need and put it right.",
{organisation}  role = "Customer service adviser",
  level = 2,
  minutes = 5,
  topics = { "complaints", "HEAT" },
  -- mood: 0 is furious, 100 delighted; each choice's `mood` moves it.
  customer = { name = "Jo Carter", look = "Phone in hand, jaw set.", mood = 30 },
  start = "arrives",
  -- What the story remembers. Choices change it with `set`; `when` and functions read it.
  state = { apologised = false },
  -- A scenario this short can be passed by guessing, so it is for practice only: it cannot be
  -- played in assessment mode. Once it has enough decisions that no naive strategy (always the
  -- longest answer, the first, random picks...) reaches Merit, delete this line: lint checks it.
  practice_only = true,
}

node "arrives" {
  customer = "I was promised a call back on Monday. It's Wednesday. Nobody rang.",
  -- The first text in a choice is what the learner says. `credit` and `breach` name principles;
  -- `why` is the feedback practice mode shows after the choice.
  choice { "I'm sorry, that shouldn't have happened. Tell me what you were calling about.",
    id = "listen", go = "explains", set = { apologised = true }, mood = 15,
    credit = { "heat.hear", "heat.apologise" },
    why = "An apology for the missed call, then a question: she feels heard before anything else." },
  choice { "That'll be the other team. They're always behind.",
    id = "blame", go = "explains", mood = -10, breach = "service.professional",
    why = "Blaming colleagues tells her nobody owns the problem, and makes the business look worse." },
}

node "explains" {
  -- Text can be a function of the state: here it remembers whether she had an apology.
  customer = function(s)
    if s.apologised then return "Thank you. It's about my refund: it still hasn't arrived." end
    return "I don't care whose fault it is. My refund still hasn't arrived."
  end,
  choice { "I'll look into it myself now and call you back by 3 pm today, with what I find.",
    id = "own", go = "sorted", mood = 20, credit = { "heat.own", "service.expectations" },
    why = "She gets a named person, an action and a time she can hold you to." },
  choice { "Would you like me to log this as a complaint too, so it's looked into properly?",
    id = "complaint", go = "logged", mood = 10, credit = "complaint.log",
    why = "Offering to log it respects her dissatisfaction and starts the complaint process." },
  choice { "There's nothing I can do, I'm afraid. You'll have to wait.",
    id = "refuse", go = "gives_up", mood = -20, breach = "heat.own",
    why = "Nobody takes the problem on, so she leaves with less than she came with." },
}

-- An ending's kind is resolved, escalated, unresolved or lost; the summary is for the debrief.
ending "sorted" {
  kind = "resolved",
  customer = "Three o'clock, then. Thank you.",
  summary = "You apologised, took the problem on and gave her a time she could rely on.",
}

ending "logged" {
  kind = "escalated",
  summary = "The complaint is logged and will be looked into; she still waits for her refund.",
}

ending "gives_up" {
  kind = "lost",
  customer = "Forget it. I'll go somewhere else.",
  summary = "Nobody owned the problem, and the customer left.",
}

-- What `frontline test` checks: the best play earns Distinction. Add more as the story grows,
-- such as: expect { breaching = "service.professional", grade = "Merit" }
expect { best_grade = "Distinction" }
)";

std::string replaced(std::string text, const std::string& key, const std::string& value) {
    for (auto at = text.find(key); at != std::string::npos; at = text.find(key, at + value.size()))
        text.replace(at, key.size(), value);
    return text;
}

// "brightmart.late-call-back" -> "Late call back".
std::string titleFrom(const std::string& id) {
    std::string title = id.substr(id.rfind('.') + 1);
    std::replace(title.begin(), title.end(), '-', ' ');
    std::replace(title.begin(), title.end(), '_', ' ');
    if (!title.empty())
        title[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(title[0])));
    return title;
}

} // namespace

// A word as a shell reads it back: as it is when it holds nothing the shell treats specially,
// else in single quotes (a folder called "My scenarios" must stay one argument when copied).
std::string shellWord(const std::string& word) {
    const bool plain = !word.empty() && std::all_of(word.begin(), word.end(), [](unsigned char c) {
        return std::isalnum(c) ||
               std::string_view("_-./,:=+@%").find(static_cast<char>(c)) != std::string_view::npos;
    });
    if (plain) return word;
    std::string quoted = "'";
    for (const char c : word)
        quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return quoted + "'";
}

bool isScenarioId(const std::string& id) {
    if (id.empty() || id.size() > 80 || id.front() == '.' || id.back() == '.') return false;
    // The loader's rule (lowercase), plus the dot after the organisation the message promises.
    return id.find('.') != std::string::npos &&
           std::all_of(id.begin(), id.end(), [](unsigned char c) {
               return std::islower(c) || std::isdigit(c) || c == '-' || c == '_' || c == '.';
           });
}

int newCommand(const NewOptions& options, Io io) {
    const std::string& id = options.id;
    if (!isScenarioId(id)) {
        fmt::print(
            io.err,
            "frontline new: '{}' is not a scenario id: use lowercase letters, digits, '-' and "
            "'_', with a dot after the organisation, such as brightmart.late-call-back\n",
            id);
        return 2;
    }
    const script::Library library = script::loadLibrary({options.scenariosDir});
    if (library.find(id) != nullptr) {
        fmt::print(io.err, "frontline new: the library already has a scenario '{}'\n", id);
        return 1;
    }
    std::string organisation = options.organisation;
    const std::string prefix = id.find('.') != std::string::npos ? id.substr(0, id.find('.')) : "";
    if (organisation.empty() && library.rubric.organisation(prefix) != nullptr)
        organisation = prefix;
    if (!organisation.empty() && library.rubric.organisation(organisation) == nullptr) {
        std::vector<std::string_view> known;
        for (const auto& o : library.rubric.organisations())
            known.push_back(o.id);
        const std::string near = closestMatch(organisation, known);
        fmt::print(io.err, "frontline new: there is no organisation '{}' in {}{}\n", organisation,
                   options.scenariosDir, near.empty() ? "" : " (did you mean '" + near + "'?)");
        return 1;
    }
    const std::string file = !options.output.empty()
                                 ? options.output
                                 : (std::filesystem::path(options.scenariosDir) / "library" /
                                    (id.substr(id.rfind('.') + 1) + ".lua"))
                                       .string();
    if (std::filesystem::exists(file)) {
        fmt::print(io.err, "frontline new: {} already exists; nothing was written\n", file);
        return 1;
    }
    // The paths go into the starter's comment lines: a line break would end the comment and
    // leave the rest of the path as Lua code.
    const auto breaksLine = [](const std::string& path) {
        return path.find_first_of("\r\n") != std::string::npos;
    };
    if (breaksLine(file) || breaksLine(options.scenariosDir)) {
        fmt::print(io.err, "frontline new: a file or folder name with a line break in it cannot "
                           "be written into the starter; nothing was written\n");
        return 1;
    }
    // Every command printed must work when copied whole (what it is for follows a shell's `#`):
    // with the same --scenarios, when one was given, for the rubric and organisations (and, in the
    // window, the library holding it).
    const std::string with =
        options.scenariosGiven ? " --scenarios " + shellWord(options.scenariosDir) : "";
    const std::string shownFile = shellWord(file);
    // An id is found only in the library; a file written elsewhere (-o) is played by its path.
    const std::string play = options.output.empty() ? id : shownFile;
    std::string text = replaced(kStarter, "{id}", id);
    text = replaced(text, "{title}", titleFrom(id));
    text = replaced(text, "{file}", shownFile);
    text = replaced(text, "{play}", play);
    text = replaced(text, "{with}", with);
    text = replaced(text, "{rubric}",
                    options.scenariosGiven
                        ? (std::filesystem::path(options.scenariosDir) / "rubric/").string()
                        : std::string("scenarios/rubric/"));
    text = replaced(text, "{organisation}",
                    organisation.empty()
                        ? "  -- organisation = \"brightmart\",  -- whose policies apply\n"
                        : "  organisation = \"" + organisation + "\",  -- whose policies apply\n");
    std::error_code error;
    std::filesystem::create_directories(std::filesystem::path(file).parent_path(), error);
    std::ofstream out(file);
    out << text;
    out.close();
    if (!out) {
        fmt::print(io.err, "frontline new: cannot write {}\n", file);
        return 1;
    }
    fmt::print(io.out,
               "Wrote {0}\n"
               "Next:\n"
               "  frontline lint {1}{2}    # check it\n"
               "  frontline test {1}{2}    # play every path and check its expectations\n"
               "  frontline play {1}{2}    # play it in the terminal\n",
               file, shownFile, with);
    if (options.output.empty())
        fmt::print(io.out,
                   "  frontline --screen author --scenario {}{}    # its map, problems and "
                   "playtest in the window\n",
                   id, with);
    return 0;
}

} // namespace frontline::cli
