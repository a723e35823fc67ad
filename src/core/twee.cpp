#include "twee.hpp"

#include "text.hpp"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>
#include <utility>

namespace frontline::twee {

namespace {

bool isSpace(char c) {
    return c == ' ' || c == '\t';
}

std::string_view trimmed(std::string_view s) {
    while (!s.empty() && (isSpace(s.front()) || s.front() == '\n'))
        s.remove_prefix(1);
    while (!s.empty() && (isSpace(s.back()) || s.back() == '\n'))
        s.remove_suffix(1);
    return s;
}

int lineOf(std::string_view text, std::size_t offset) {
    return 1 + static_cast<int>(std::count(text.begin(), text.begin() + offset, '\n'));
}

// Line ends as \n whatever the editor saved (\r\n, \r), and no byte-order mark: Twee is read a
// line at a time.
std::string normalised(std::string_view source) {
    if (source.substr(0, 3) == "\xEF\xBB\xBF") source.remove_prefix(3);
    std::string out;
    out.reserve(source.size());
    for (std::size_t i = 0; i < source.size(); ++i) {
        if (source[i] != '\r') {
            out += source[i];
            continue;
        }
        out += '\n';
        if (i + 1 < source.size() && source[i + 1] == '\n') ++i;
    }
    return out;
}

// Passages a story format runs rather than shows: Twine's own, SugarCube's and Harlowe's. They
// are no part of the conversation, so they are skipped and listed in the skeleton's header.
bool runByFormat(const Passage& p) {
    static const std::set<std::string> names{
        "StoryInit",    "StoryCaption",  "StoryMenu",      "StoryBanner",  "StorySubtitle",
        "StoryAuthor",  "StoryIncludes", "StoryInterface", "StoryShare",   "StoryDisplayTitle",
        "PassageReady", "PassageDone",   "PassageHeader",  "PassageFooter"};
    static const std::set<std::string> tags{
        "script",       "stylesheet",   "widget",        "header",      "footer",    "startup",
        "debug-header", "debug-footer", "debug-startup", "Twine.image", "annotation"};
    return names.count(p.name) > 0 ||
           std::any_of(p.tags.begin(), p.tags.end(),
                       [](const std::string& t) { return tags.count(t) > 0; });
}

// The header line after "::": name, optional [tags], optional {metadata} (and Twee 2's <x,y>
// position, which older exports carry). Returns an error message, or "" when it reads.
std::string readHeader(std::string_view line, Passage& p) {
    std::size_t i = 0;
    std::string name;
    for (; i < line.size() && line[i] != '[' && line[i] != '{'; ++i) {
        if (line[i] == '\\' && i + 1 < line.size()) ++i; // "\q" yields "q"
        name += line[i];
    }
    p.name = std::string(trimmed(name));
    if (p.name.empty()) return "this passage header has no name: write it as :: Name";
    if (i < line.size() && line[i] == '[') {
        std::string tag;
        bool closed = false;
        for (++i; i < line.size(); ++i) {
            if (line[i] == ']') {
                closed = true;
                ++i;
                break;
            }
            if (line[i] == '\\' && i + 1 < line.size()) {
                tag += line[++i];
            } else if (isSpace(line[i])) {
                if (!tag.empty()) p.tags.push_back(std::move(tag));
                tag.clear();
            } else {
                tag += line[i];
            }
        }
        if (!closed)
            return "the tags of passage '" + p.name +
                   "' are never closed: end them with ], or write \\[ for a [ in the name";
        if (!tag.empty()) p.tags.push_back(std::move(tag));
    }
    // What follows, the metadata (position and size on Twine's map), means nothing to a scenario.
    return "";
}

} // namespace

Story parse(std::string_view raw, const std::string& file) {
    Story story;
    story.file = file;
    auto error = [&](int line, std::string message) {
        story.problems.push_back(errorAt({file, line}, std::move(message)));
    };
    if (trimmed(raw).empty()) {
        error(1, "the file is empty: there is no story to import");
        return story;
    }
    if (const auto bad = firstInvalidUtf8(raw)) {
        error(lineOf(raw, *bad), "this line is not UTF-8 text (byte " + std::to_string(*bad + 1) +
                                     " of the file): save the story from Twine, or from your "
                                     "editor as UTF-8, and import it again");
        return story;
    }
    const std::string source = normalised(raw);
    std::vector<Passage> all;
    bool before = false; // text before the first header
    int beforeLine = 0;
    std::size_t at = 0;
    for (int line = 1; at <= source.size(); ++line) {
        std::size_t end = source.find('\n', at);
        if (end == std::string::npos) end = source.size();
        const std::string_view text(source.data() + at, end - at);
        if (text.substr(0, 2) == "::") {
            Passage p;
            p.line = line;
            const std::string problem = readHeader(text.substr(2), p);
            if (!problem.empty()) error(line, problem);
            all.push_back(std::move(p));
        } else if (!all.empty()) {
            all.back().body.append(text).append("\n");
        } else if (!trimmed(text).empty() && !before) {
            before = true;
            beforeLine = line;
        }
        at = end + 1;
    }
    if (all.empty()) {
        error(1, "this is not a Twee file: no line starts a passage with '::'. In Twine, use "
                 "Build > Export as Twee, then import the .twee file it saves");
        return story;
    }
    if (before)
        story.problems.push_back(warningAt(
            {file, beforeLine}, "text before the first passage header (::) is not in any passage, "
                                "so it is left out"));
    std::map<std::string, int> seen;
    for (Passage& p : all) {
        while (!p.body.empty() && (p.body.back() == '\n' || isSpace(p.body.back())))
            p.body.pop_back(); // trailing blank lines are no part of the passage (the spec)
        if (!p.body.empty()) p.body += '\n';
        if (p.name.empty()) continue;
        auto [it, fresh] = seen.emplace(p.name, p.line);
        if (!fresh) {
            error(p.line, "passage '" + p.name + "' is already defined at line " +
                              std::to_string(it->second) +
                              ": every passage needs its own name, so rename one of them");
            continue;
        }
        if (p.name == "StoryTitle")
            story.title = shortened(p.body, 200);
        else if (p.name == "StoryData")
            story.storyData = p;
        else if (runByFormat(p))
            story.skipped.push_back(std::move(p));
        else
            story.passages.push_back(std::move(p));
    }
    if (story.passages.empty() && !hasErrors(story.problems))
        error(all.front().line, "this story has no passages to import, only " +
                                    std::to_string(all.size()) +
                                    " special one(s) (StoryTitle, StoryData, scripts, styles)");
    return story;
}

std::string shortened(std::string_view text, std::size_t limit) {
    std::string flat;
    for (const char c : text) {
        const bool space = static_cast<unsigned char>(c) < 0x20 || c == 0x7F;
        if (space && (flat.empty() || flat.back() == ' ')) continue;
        flat += space ? ' ' : c;
    }
    while (!flat.empty() && flat.back() == ' ')
        flat.pop_back();
    std::size_t characters = 0;
    for (std::size_t i = 0; i < flat.size(); ++i) {
        if ((static_cast<unsigned char>(flat[i]) & 0xC0) == 0x80) continue;
        if (++characters > limit) return flat.substr(0, i) + "…";
    }
    return flat;
}

namespace {

// s.find(needle, from) for `from` that only grows: the answer stays good until it is passed, so
// a passage full of unclosed openers ("[[[[", "<<<<") is still read in one pass.
struct Finder {
    std::string_view s, needle;
    std::size_t at = 0;
    bool known = false;
    std::size_t next(std::size_t from) {
        if (!known || at < from) {
            at = s.find(needle, from);
            known = true;
        }
        return at;
    }
};

bool isNameChar(char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-';
}

// The end (one past ')') of a Harlowe macro call "(name: ...)" opening at `open`, or npos when
// it never closes. Strings in quotes may hold parentheses; an apostrophe after a letter is
// Harlowe's possessive ($bag's), not a quote.
std::size_t macroEnd(std::string_view s, std::size_t open) {
    int depth = 0;
    char quote = 0;
    for (std::size_t i = open; i < s.size(); ++i) {
        const char c = s[i];
        if (quote != 0) {
            if (c == '\\')
                ++i;
            else if (c == quote)
                quote = 0;
        } else if (c == '"' || (c == '\'' && !(i > 0 && isNameChar(s[i - 1])))) {
            quote = c;
        } else if (c == '(') {
            ++depth;
        } else if (c == ')' && --depth == 0) {
            return i + 1;
        }
    }
    return std::string_view::npos;
}

bool opensMacro(std::string_view s, std::size_t i) {
    if (s[i] != '(' || i + 2 >= s.size() || !std::isalpha(static_cast<unsigned char>(s[i + 1])))
        return false;
    std::size_t j = i + 1;
    while (j < s.size() && isNameChar(s[j]))
        ++j;
    return j < s.size() && s[j] == ':';
}

// Harlowe's (link-goto: "Text", "Target") or (link-goto: "Target") as the link it is, when its
// arguments are plain strings; anything computed ($vars, joins) is left to the author.
std::optional<Link> linkGoto(std::string_view call, int line) {
    constexpr std::string_view kName = "(link-goto:";
    if (call.size() < kName.size() + 1 || call.substr(0, kName.size()) != kName) return {};
    std::vector<std::string> words;
    std::size_t i = kName.size();
    const std::size_t end = call.size() - 1; // the closing ')'
    for (;;) {
        while (i < end && std::isspace(static_cast<unsigned char>(call[i])))
            ++i;
        if (i >= end || (call[i] != '"' && call[i] != '\'')) return {};
        const char quote = call[i];
        std::string word;
        for (++i; i < end && call[i] != quote; ++i) {
            if (call[i] == '\\' && i + 1 < end) ++i;
            word += call[i];
        }
        if (i >= end) return {};
        words.push_back(std::move(word));
        ++i;
        while (i < end && std::isspace(static_cast<unsigned char>(call[i])))
            ++i;
        if (i == end) break;
        if (call[i] != ',' || words.size() == 2) return {};
        ++i;
    }
    if (words.empty() || words.back().empty() || words.front().empty()) return {};
    return Link{words.front(), words.back(), line};
}

bool opensTag(std::string_view s, std::size_t i) {
    if (s[i] != '<' || i + 1 >= s.size()) return false;
    const char next = s[i + 1];
    const char after = i + 2 < s.size() ? s[i + 2] : ' ';
    return std::isalpha(static_cast<unsigned char>(next)) ||
           (next == '/' && std::isalpha(static_cast<unsigned char>(after)));
}

// [[inner]] as Twine reads it: a SugarCube setter after "][" is dropped; the rightmost "->" or
// else the leftmost "<-" divides text from target, else the last "|"; else both are the name.
std::optional<Link> readLink(std::string inner, int line, std::vector<std::string>& leftOut) {
    if (const auto setter = inner.find("]["); setter != std::string::npos) {
        leftOut.push_back("[[" + inner + "]] (what the link sets)");
        inner.resize(setter);
    }
    Link link;
    link.line = line;
    if (const auto arrow = inner.rfind("->"); arrow != std::string::npos) {
        link.text = inner.substr(0, arrow);
        link.target = inner.substr(arrow + 2);
    } else if (const auto back = inner.find("<-"); back != std::string::npos) {
        link.target = inner.substr(0, back);
        link.text = inner.substr(back + 2);
    } else if (const auto bar = inner.rfind('|'); bar != std::string::npos) {
        link.text = inner.substr(0, bar);
        link.target = inner.substr(bar + 1);
    } else {
        link.text = link.target = inner;
    }
    link.text = std::string(trimmed(link.text));
    link.target = std::string(trimmed(link.target));
    if (link.target.empty()) return std::nullopt;
    if (link.text.empty()) link.text = link.target;
    return link;
}

// Spaces and tabs run together, lines trimmed, blank lines kept only as single paragraph breaks.
std::string tidied(const std::string& raw) {
    std::string out;
    std::size_t start = 0;
    bool gap = false;
    while (start <= raw.size()) {
        std::size_t end = raw.find('\n', start);
        if (end == std::string::npos) end = raw.size();
        std::string line;
        for (std::size_t i = start; i < end; ++i) {
            const char c = raw[i];
            if (isSpace(c)) {
                if (!line.empty() && line.back() != ' ') line += ' ';
            } else {
                line += c;
            }
        }
        while (!line.empty() && line.back() == ' ')
            line.pop_back();
        if (line.empty()) {
            gap = !out.empty();
        } else {
            if (!out.empty()) out += gap ? "\n\n" : "\n";
            out += line;
            gap = false;
        }
        start = end + 1;
    }
    return out;
}

} // namespace

Content readContent(const Passage& passage) {
    Content content;
    const std::string_view s = passage.body;
    std::string text;
    std::vector<std::string> leftOut;
    int line = passage.line + 1;
    std::size_t i = 0;
    // Move on to `to`, counting the lines passed, so each link knows its line.
    auto advance = [&](std::size_t to) {
        line += static_cast<int>(std::count(s.begin() + i, s.begin() + to, '\n'));
        i = to;
    };
    Finder linkEnd{s, "]]"}, doubleGt{s, ">>"}, gt{s, ">"}, commentEnd{s, "-->"}, newline{s, "\n"};
    std::vector<bool> hooks; // per open '[' in the text: does it open a macro's hook (dropped)?
    bool hookNext = false;   // just after a macro: a '[' here opens its hook
    bool macros = true;      // false once a Harlowe macro never closes: the rest is text
    while (i < s.size()) {
        const bool hookHere = std::exchange(hookNext, false);
        const char c = s[i];
        // "(if: $x)[[[Go->There]]]" is a hook holding a link; "(if: $x)[[Go]]" is a link.
        const bool linkNotHook = s.compare(i, 2, "[[") == 0 && s.compare(i, 3, "[[[") != 0;
        if (c == '[' && hookHere && !linkNotHook) {
            hooks.push_back(true);
            advance(i + 1);
            continue;
        }
        if (s.compare(i, 2, "[[") == 0) {
            const std::size_t close = linkEnd.next(i + 2);
            if (close != std::string_view::npos && newline.next(i) > close) {
                if (auto link =
                        readLink(std::string(s.substr(i + 2, close - i - 2)), line, leftOut))
                    content.links.push_back(std::move(*link));
                else
                    leftOut.push_back(std::string(s.substr(i, close + 2 - i)) + " (no passage)");
                advance(close + 2);
                continue;
            }
        }
        std::size_t end = std::string_view::npos;
        if (s.compare(i, 4, "<!--") == 0) {
            end = commentEnd.next(i + 4);
            if (end != std::string_view::npos) end += 3;
        } else if (s.compare(i, 2, "<<") == 0) {
            end = doubleGt.next(i + 2);
            if (end != std::string_view::npos) end += 2;
        } else if (opensTag(s, i)) {
            end = gt.next(i + 1);
            if (end != std::string_view::npos && newline.next(i) > end) {
                ++end;
                const std::string_view tag = s.substr(i, end - i);
                if (tag.substr(0, 3) == "<br" || tag == "<p>" || tag == "</p>") text += '\n';
            } else {
                end = std::string_view::npos;
            }
        } else if (macros && opensMacro(s, i)) {
            end = macroEnd(s, i);
            if (end == std::string_view::npos) {
                leftOut.push_back(shortened(s.substr(i), 60) + " (never closed)");
                macros = false;
            } else {
                hookNext = true;
            }
        }
        if (end != std::string_view::npos) {
            if (auto link = linkGoto(s.substr(i, end - i), line)) {
                content.links.push_back(std::move(*link));
                hookNext = false;
            } else {
                leftOut.push_back(std::string(s.substr(i, end - i)));
            }
            advance(end);
            continue;
        }
        if (c == '$' && i + 1 < s.size() &&
            (std::isalpha(static_cast<unsigned char>(s[i + 1])) || s[i + 1] == '_')) {
            std::size_t j = i + 1;
            while (j < s.size() && (std::isalnum(static_cast<unsigned char>(s[j])) || s[j] == '_'))
                ++j;
            leftOut.push_back(std::string(s.substr(i, j - i)) + " (a story variable)");
            text.append(s.substr(i, j - i)); // kept where it stood, for the author to rewrite
            advance(j);
            continue;
        }
        if (c == '[') {
            hooks.push_back(false);
        } else if (c == ']' && !hooks.empty()) {
            const bool dropped = hooks.back();
            hooks.pop_back();
            if (dropped) { // "(if:)[yes](else:)[no]": the two apart, not "yesno"
                text += ' ';
                advance(i + 1);
                continue;
            }
        }
        text += c;
        advance(i + 1);
    }
    content.text = tidied(text);
    std::set<std::string> said;
    for (std::string& what : leftOut) {
        what = shortened(what, 70);
        if (said.insert(what).second) content.leftOut.push_back(std::move(what));
    }
    return content;
}

} // namespace frontline::twee
