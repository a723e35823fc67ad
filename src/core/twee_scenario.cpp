#include "twee_scenario.hpp"

#include "lint.hpp"
#include "lua_literal.hpp"
#include "text.hpp"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <deque>
#include <map>
#include <set>

namespace frontline::twee {

namespace {

// Lint asks every choice for a `why`; this one says what is still to write.
constexpr const char* kWhy = "TODO: why this is right or wrong";
// The learner's line that lets a customer finish what a long passage has them say.
constexpr const char* kGoOn = "Go on.";
constexpr std::size_t kIdLength = 40; // room for "_more_12" under the loader's 80

// Ids handed out once each: a clash gets "_2", "_3"... A count per base keeps a story with
// thousands of passages of one name linear.
class Ids {
  public:
    explicit Ids(char separator) : m_separator(separator) {}
    std::string take(const std::string& base) {
        std::string id = base;
        for (int& n = m_next[base]; !m_used.insert(id).second;)
            id = base + m_separator + std::to_string(n == 0 ? (n = 2) : ++n);
        return id;
    }

  private:
    char m_separator;
    std::set<std::string> m_used;
    std::map<std::string, int> m_next;
};

// Frontline reads {name} in a line as a placeholder; "{{" is a brace as written.
std::string literal(std::string_view text) {
    std::string out;
    for (const char c : text) {
        out += c;
        if (c == '{') out += '{';
    }
    return out;
}

bool startsCharacter(char c) {
    return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
}

// The byte where the `count`th character starts, or the end.
std::size_t byteOfCharacter(std::string_view text, std::size_t count) {
    std::size_t seen = 0;
    for (std::size_t i = 0; i < text.size(); ++i)
        if (startsCharacter(text[i]) && seen++ == count) return i;
    return text.size();
}

std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\n'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\n'))
        s.remove_suffix(1);
    return s;
}

// Where to cut `text` (already `literal`) so the first piece fits a projector: the last paragraph
// break, else sentence end, else space in the second two thirds of what fits, else as much as
// fits (never between the two braces of "{{").
std::size_t cutPoint(std::string_view text) {
    const std::size_t fits = byteOfCharacter(text, kProjectorCharacters);
    const std::size_t floor = byteOfCharacter(text, kProjectorCharacters / 3);
    const std::string_view window = text.substr(0, fits + 1);
    for (const std::string_view mark : {"\n\n", ". ", "? ", "! ", "\n", " "}) {
        const std::size_t at = window.rfind(mark);
        if (at != std::string_view::npos && at >= floor)
            return mark.front() == '\n' || mark.front() == ' ' ? at : at + 1;
    }
    std::size_t cut = fits;
    std::size_t braces = 0;
    while (braces < cut && text[cut - 1 - braces] == '{')
        ++braces;
    return braces % 2 == 1 ? cut - 1 : cut;
}

// A passage's text in pieces a class can read off a projector, one node each.
std::vector<std::string> pieces(const std::string& text) {
    std::vector<std::string> out;
    std::string_view rest = trim(text);
    while (byteOfCharacter(rest, kProjectorCharacters) < rest.size()) {
        const std::size_t cut = cutPoint(rest);
        out.emplace_back(trim(rest.substr(0, cut)));
        rest = trim(rest.substr(cut));
    }
    out.emplace_back(rest);
    return out;
}

std::string comment(std::string_view text) {
    return "-- " + shortened(text, 1000) + "\n";
}

std::string quotedName(const std::string& name) {
    return "\"" + shortened(name, 80) + "\"";
}

struct Choice {
    std::string id, line, go;
};

// One passage's plan: its node (or ending) and, for a long text, the nodes it goes on in.
struct Planned {
    const Passage* passage = nullptr;
    Content content;
    std::vector<std::string> ids;   // one per piece; the first is the passage's own
    std::vector<std::string> lines; // the customer's line in each piece
    std::vector<Choice> choices;    // the links, on the last piece
    bool ending = false;
};

struct Stub {
    std::string id, name, from;
    int line = 0;
};

class Writer {
  public:
    Writer(const Story& story, const ImportSettings& settings)
        : m_story(story), m_settings(settings) {}

    Imported run() {
        plan();
        if (!hasErrors(m_out.problems)) render();
        if (hasErrors(m_out.problems)) m_out.lua.clear();
        sortDiagnostics(m_out.problems);
        return std::move(m_out);
    }

  private:
    void warning(int line, std::string message) {
        m_out.problems.push_back(warningAt({m_story.file, line}, std::move(message)));
    }
    void error(int line, std::string message) {
        m_out.problems.push_back(errorAt({m_story.file, line}, std::move(message)));
    }

    void plan() {
        for (const Passage& p : m_story.passages) {
            Planned planned;
            planned.passage = &p;
            planned.content = readContent(p);
            planned.ids.push_back(m_nodeIds.take(slug(p.name, '_', kIdLength, "passage")));
            m_index.emplace(p.name, m_planned.size());
            m_planned.push_back(std::move(planned));
        }
        chooseStart();
        for (Planned& planned : m_planned)
            planChoices(planned);
        for (Planned& planned : m_planned)
            planPieces(planned);
        if (const Planned* start = m_startPassage; start != nullptr && start->ending)
            error(start->passage->line,
                  "the start passage '" + start->passage->name +
                      "' has no links, so the conversation would end before the learner says "
                      "anything: add a link to it in Twine");
        warnUnreached();
    }

    void chooseStart() {
        const std::string& named = m_settings.start;
        std::string start = named;
        if (!named.empty() && !m_index.count(named)) {
            start.clear();
            warning(m_settings.startLine,
                    "StoryData names '" + named +
                        "' as the start, but the story has no such passage: the start is chosen "
                        "as if it named none");
        }
        if (start.empty())
            start = m_index.count("Start") ? "Start" : m_planned.front().passage->name;
        m_startPassage = &m_planned[m_index.at(start)];
    }

    void planChoices(Planned& planned) {
        Ids choiceIds('-');
        for (const Link& link : planned.content.links) {
            Choice choice;
            choice.id = choiceIds.take(slug(link.text, '-', kIdLength, "choice"));
            choice.line = literal(link.text);
            choice.go = targetOf(link, *planned.passage);
            planned.choices.push_back(std::move(choice));
        }
        planned.ending = planned.choices.empty();
    }

    // A link to a passage the story does not have (Twine's "broken link") leads to an ending
    // that stands in for it, so the skeleton loads and the author sees where to write it.
    std::string targetOf(const Link& link, const Passage& from) {
        if (const auto it = m_index.find(link.target); it != m_index.end())
            return m_planned[it->second].ids.front();
        auto [it, fresh] = m_stubIndex.emplace(link.target, m_stubs.size());
        if (fresh) {
            const std::string id = m_nodeIds.take(slug(link.target, '_', kIdLength, "passage"));
            m_stubs.push_back({id, link.target, from.name, link.line});
            warning(link.line, "passage '" + from.name + "' links to '" + link.target +
                                   "', which is not a passage: the ending '" + id +
                                   "' stands in for it, to write");
        }
        return m_stubs[it->second].id;
    }

    void planPieces(Planned& planned) {
        const std::string& text = planned.content.text;
        planned.lines = text.empty() ? std::vector<std::string>{""} : pieces(literal(text));
        for (std::size_t i = 1; i < planned.lines.size(); ++i)
            planned.ids.push_back(m_nodeIds.take(planned.ids.front() + "_more"));
    }

    // A passage no link reaches from the start is kept, but lint will say so: say it here too.
    void warnUnreached() {
        std::set<const Planned*> seen{m_startPassage};
        std::deque<const Planned*> queue{m_startPassage};
        while (!queue.empty()) {
            const Planned* p = queue.front();
            queue.pop_front();
            for (const Link& link : p->content.links)
                if (const auto it = m_index.find(link.target); it != m_index.end())
                    if (seen.insert(&m_planned[it->second]).second)
                        queue.push_back(&m_planned[it->second]);
        }
        for (const Planned& p : m_planned)
            if (!seen.count(&p))
                warning(p.passage->line, "passage '" + p.passage->name +
                                             "' is not reached by any link from the start "
                                             "passage: lint will warn that '" +
                                             p.ids.front() + "' can never be reached");
    }

    void render() {
        m_out.start = m_startPassage->ids.front();
        std::string& lua = m_out.lua;
        lua += header();
        lua += scenarioTable();
        for (const Planned& planned : m_planned)
            lua += passageNodes(planned);
        for (const Stub& stub : m_stubs) {
            lua += "\n" + comment("Twine: passage " + quotedName(stub.name) + " is linked from " +
                                  quotedName(stub.from) + " (line " + std::to_string(stub.line) +
                                  ") but does not exist; this ending stands in for it");
            lua += "ending " + luaLiteral(stub.id) + " {\n" + endingFields("") + "}\n";
            ++m_out.endings;
            ++m_out.stubs;
        }
    }

    std::string header() const {
        std::string out =
            comment(m_story.title.empty() ? "A story imported from Twine" : m_story.title);
        out += comment("Imported from " + m_settings.sourceName +
                       " by `frontline import`: a skeleton to finish by hand.");
        out += "-- Each Twine passage became a node, each link a choice, and each passage with no\n"
               "-- links an ending. Still to write (search for TODO):\n"
               "--   * the brief and the customer, in `scenario` below;\n"
               "--   * for every choice, what it credits or breaches, and its `why`;\n"
               "--   * for every ending, its kind and summary;\n"
               "--   * lines marked \"Twine: could not carry over\": what the story format did\n"
               "--     there (conditions, variables, HTML), if the scenario needs it.\n";
        if (!m_story.skipped.empty()) {
            out += "-- Skipped, as no part of the conversation:\n";
            for (const Passage& p : m_story.skipped) {
                std::string tags;
                for (const std::string& t : p.tags)
                    tags += (tags.empty() ? "" : " ") + t;
                out += comment("  passage " + quotedName(p.name) +
                               (tags.empty() ? "" : " [" + tags + "]") + " (line " +
                               std::to_string(p.line) + ")");
            }
        }
        if (!m_settings.commands.empty()) {
            out += "-- Check it as you go:\n";
            for (const std::string& command : m_settings.commands)
                out += comment("  " + command);
        }
        return out + "\n";
    }

    std::string scenarioTable() const {
        const std::string title =
            m_story.title.empty() ? m_planned.front().passage->name : m_story.title;
        return "scenario {\n"
               "  id = " +
               luaLiteral(m_settings.id) +
               ",\n"
               "  title = " +
               luaLiteral(title) +
               ",\n"
               "  brief = \"TODO: the situation the learner walks into, in a sentence or "
               "two.\",\n"
               "  -- organisation = \"brightmart\",  -- TODO: whose policies apply (for policy.* "
               "ids)\n"
               "  -- TODO: the customer's name; mood is 0 (furious) to 100 (delighted).\n"
               "  customer = { name = \"TODO: the customer's name\", mood = 50 },\n"
               "  start = " +
               luaLiteral(m_startPassage->ids.front()) +
               ",\n"
               "  -- No choice credits or breaches anything yet, so guessing cannot fail: "
               "practice\n"
               "  -- only. Delete this line once the choices are scored (lint then judges "
               "guessing).\n"
               "  practice_only = true,\n"
               "}\n";
    }

    std::string passageNodes(const Planned& planned) {
        const Passage& p = *planned.passage;
        std::string out = "\n" + comment("Twine passage " + quotedName(p.name) + " (line " +
                                         std::to_string(p.line) + ")");
        for (const std::string& what : planned.content.leftOut)
            out += comment("Twine: could not carry over: " + what);
        if (!planned.content.leftOut.empty()) ++m_out.leftOut;
        const std::size_t last = planned.ids.size() - 1;
        for (std::size_t i = 0; i < last; ++i) {
            if (i > 0) out += "\n";
            out += "node " + luaLiteral(planned.ids[i]) + " {\n";
            out += "  customer = " + luaLiteral(planned.lines[i]) + ",\n";
            out += "  choice { " + luaLiteral(kGoOn) +
                   ", id = \"go-on\", go = " + luaLiteral(planned.ids[i + 1]) +
                   ",\n    why = \"The customer has more to say.\" },\n}\n";
            ++m_out.nodes;
            ++m_out.choices;
        }
        if (last > 0)
            out += "\n" +
                   comment("Twine passage " + quotedName(p.name) +
                           " goes on: one line is at most " + std::to_string(kProjectorCharacters) +
                           " characters, the most a class can read off a projector");
        const std::string& line = planned.lines[last];
        if (planned.ending) {
            out += comment("No links, so an ending.");
            out += "ending " + luaLiteral(planned.ids[last]) + " {\n" + endingFields(line) + "}\n";
            ++m_out.endings;
            return out;
        }
        out += "node " + luaLiteral(planned.ids[last]) + " {\n";
        out += "  customer = " +
               luaLiteral(line.empty() ? "TODO: what the customer says here (the Twine passage "
                                         "had no text)"
                                       : line) +
               ",\n";
        for (const Choice& choice : planned.choices) {
            out += "  choice { " + luaLiteral(choice.line) + ", id = " + luaLiteral(choice.id) +
                   ", go = " + luaLiteral(choice.go) + ",\n    why = \"" + kWhy + "\" },\n";
            ++m_out.choices;
        }
        ++m_out.nodes;
        return out + "}\n";
    }

    static std::string endingFields(const std::string& line) {
        std::string out =
            "  kind = \"resolved\",  -- TODO: resolved, escalated, unresolved or lost\n";
        if (!line.empty()) out += "  customer = " + luaLiteral(line) + ",\n";
        return out + "  summary = \"TODO: what happened and why, for the debrief\",\n";
    }

    const Story& m_story;
    const ImportSettings& m_settings;
    Imported m_out;
    std::vector<Planned> m_planned;
    std::map<std::string, std::size_t> m_index; // passage name -> m_planned
    const Planned* m_startPassage = nullptr;
    Ids m_nodeIds{'_'};
    std::vector<Stub> m_stubs;
    std::map<std::string, std::size_t> m_stubIndex;
};

} // namespace

Imported toScenario(const Story& story, const ImportSettings& settings) {
    if (story.passages.empty()) {
        Imported none;
        none.problems.push_back(errorAt({story.file, 1}, "the story has no passages to import"));
        return none;
    }
    return Writer(story, settings).run();
}

} // namespace frontline::twee
