#include "source_edit.hpp"

#include "header_scan.hpp"

#include "core/lua_literal.hpp"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <vector>

namespace frontline::script {
namespace {

constexpr std::size_t kNone = std::string_view::npos;
// The loader reads no more than this; a file this big is not one a trainer edits on the map.
constexpr std::size_t kMaxEditBytes = 8u << 20;

// ---------------------------------------------------------------------------------------------
// Lexing: enough of Lua's rules that text in strings and comments never reads as code.

enum class Tok { Name, String, LongString, Number, Punct };

struct Token {
    Tok kind;
    std::size_t begin, end;
    int line; // where it starts
};

struct Comment {
    std::size_t begin, end;
};

struct Lexed {
    std::vector<Token> tokens; // code only; comments are kept apart
    std::vector<Comment> comments;
    std::vector<long> match; // per token: the bracket closing (or opening) it, or -1
    std::vector<int> depth;  // per token: how many brackets are open around it
    std::string error;       // a string or comment that never closes
    int errorLine = 0;
};

bool isNameStart(char c) {
    return std::isalpha(static_cast<unsigned char>(c)) || c == '_';
}
bool isNameChar(char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '_';
}


std::string closingBracket(std::size_t level) {
    std::string close(level + 2, '=');
    close.front() = close.back() = ']';
    return close;
}

// Just past the long bracket that opens at `at` with `level`, or kNone when it never closes.
std::size_t skipLong(std::string_view s, std::size_t at, int level) {
    const std::string close = closingBracket(static_cast<std::size_t>(level));
    const std::size_t end = s.find(close, at + static_cast<std::size_t>(level) + 2);
    return end == kNone ? kNone : end + close.size();
}

// Just past a quoted string opening at `at`, or kNone when the line ends first. A backslash
// escapes anything, a line break included; `\z` skips the spaces and line breaks after it.
std::size_t skipQuoted(std::string_view s, std::size_t at) {
    const char quote = s[at];
    for (std::size_t i = at + 1; i < s.size(); ++i) {
        const char c = s[i];
        if (c == '\\') {
            if (i + 1 >= s.size()) return kNone;
            const char d = s[i + 1];
            ++i;
            if ((d == '\r' || d == '\n') && i + 1 < s.size() &&
                (s[i + 1] == '\r' || s[i + 1] == '\n') && s[i + 1] != d)
                ++i;
            else if (d == 'z') {
                while (i + 1 < s.size() && std::isspace(static_cast<unsigned char>(s[i + 1])))
                    ++i;
            }
            continue;
        }
        if (c == quote) return i + 1;
        if (c == '\n' || c == '\r') return kNone;
    }
    return kNone;
}

std::size_t punctLength(std::string_view s, std::size_t i) {
    if (s.compare(i, 3, "...") == 0) return 3;
    for (const char* two : {"..", "==", "~=", "<=", ">=", "::", "//", "<<", ">>"})
        if (s.compare(i, 2, two) == 0) return 2;
    return 1;
}

std::size_t numberEnd(std::string_view s, std::size_t i) {
    while (i < s.size()) {
        const char c = s[i];
        const char before = s[i - 1];
        if (isNameChar(c) || c == '.')
            ++i;
        else if ((c == '+' || c == '-') &&
                 (before == 'e' || before == 'E' || before == 'p' || before == 'P'))
            ++i;
        else
            break;
    }
    return i;
}

void matchBrackets(Lexed& out, std::string_view s) {
    out.match.assign(out.tokens.size(), -1);
    out.depth.assign(out.tokens.size(), 0);
    std::vector<std::size_t> open;
    for (std::size_t i = 0; i < out.tokens.size(); ++i) {
        const Token& t = out.tokens[i];
        out.depth[i] = static_cast<int>(open.size());
        if (t.kind != Tok::Punct || t.end - t.begin != 1) continue;
        const char c = s[t.begin];
        if (c == '{' || c == '(' || c == '[') {
            open.push_back(i);
            continue;
        }
        const char opener = c == '}' ? '{' : c == ')' ? '(' : c == ']' ? '[' : 0;
        if (opener == 0 || open.empty()) continue;
        // A closer of the wrong kind is left unmatched: what it should close stays open, so a
        // declaration around it reads as never closing rather than closing in the wrong place.
        if (s[out.tokens[open.back()].begin] != opener) continue;
        out.match[open.back()] = static_cast<long>(i);
        out.match[i] = static_cast<long>(open.back());
        open.pop_back();
        out.depth[i] = static_cast<int>(open.size());
    }
}

Lexed lex(std::string_view s) {
    Lexed out;
    int line = 1;
    std::size_t i = 0;
    const auto fail = [&](const std::string& what, int at) {
        out.error = what;
        out.errorLine = at;
    };
    while (i < s.size()) {
        const char c = s[i];
        if (c == '\n') {
            ++line;
            ++i;
            continue;
        }
        if (std::isspace(static_cast<unsigned char>(c))) {
            ++i;
            continue;
        }
        std::size_t end = i + 1;
        Tok kind = Tok::Punct;
        if (c == '-' && i + 1 < s.size() && s[i + 1] == '-') {
            const int level = longBracketLevel(s, i + 2);
            if (level >= 0) {
                end = skipLong(s, i + 2, level);
                if (end == kNone) {
                    fail("a comment opened with --[[ never closes", line);
                    return out;
                }
            } else {
                end = s.find('\n', i);
                if (end == kNone) end = s.size();
            }
            out.comments.push_back({i, end});
            line += static_cast<int>(std::count(s.begin() + i, s.begin() + end, '\n'));
            i = end;
            continue;
        }
        if (c == '"' || c == '\'') {
            kind = Tok::String;
            end = skipQuoted(s, i);
            if (end == kNone) {
                fail("a text in quotes is not closed on its line", line);
                return out;
            }
        } else if (const int level = longBracketLevel(s, i); level >= 0) {
            kind = Tok::LongString;
            end = skipLong(s, i, level);
            if (end == kNone) {
                fail("a long text opened with [[ never closes", line);
                return out;
            }
        } else if (isNameStart(c)) {
            kind = Tok::Name;
            while (end < s.size() && isNameChar(s[end]))
                ++end;
        } else if (std::isdigit(static_cast<unsigned char>(c)) ||
                   (c == '.' && i + 1 < s.size() &&
                    std::isdigit(static_cast<unsigned char>(s[i + 1])))) {
            kind = Tok::Number;
            end = numberEnd(s, i + 1);
        } else
            end = i + punctLength(s, i);
        out.tokens.push_back({kind, i, end, line});
        line += static_cast<int>(std::count(s.begin() + i, s.begin() + end, '\n'));
        i = end;
    }
    matchBrackets(out, s);
    return out;
}

// ---------------------------------------------------------------------------------------------
// Reading what the lexer found.

struct Source {
    std::string_view s;
    Lexed lx;

    const Token& tok(std::size_t i) const { return lx.tokens[i]; }
    std::string_view text(std::size_t i) const {
        return s.substr(tok(i).begin, tok(i).end - tok(i).begin);
    }
    bool isPunct(std::size_t i, std::string_view p) const {
        return i < lx.tokens.size() && tok(i).kind == Tok::Punct && text(i) == p;
    }
    bool isString(std::size_t i) const {
        return i < lx.tokens.size() &&
               (tok(i).kind == Tok::String || tok(i).kind == Tok::LongString);
    }
};

int hexValue(char c) {
    if (std::isdigit(static_cast<unsigned char>(c))) return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

void appendUtf8(std::string& out, unsigned long cp) {
    if (cp < 0x80)
        out += static_cast<char>(cp);
    else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | ((cp >> 18) & 0x07));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

// The value of a quoted string token, its escapes undone.
std::string decodeQuoted(std::string_view t) {
    std::string out;
    for (std::size_t i = 1; i + 1 < t.size(); ++i) {
        if (t[i] != '\\') {
            out += t[i];
            continue;
        }
        const char d = t[++i];
        switch (d) {
        case 'n':
            out += '\n';
            break;
        case 't':
            out += '\t';
            break;
        case 'r':
            out += '\r';
            break;
        case 'a':
            out += '\a';
            break;
        case 'b':
            out += '\b';
            break;
        case 'f':
            out += '\f';
            break;
        case 'v':
            out += '\v';
            break;
        case '\r':
        case '\n':
            out += '\n';
            if (i + 2 < t.size() && (t[i + 1] == '\r' || t[i + 1] == '\n') && t[i + 1] != d) ++i;
            break;
        case 'z':
            while (i + 2 < t.size() && std::isspace(static_cast<unsigned char>(t[i + 1])))
                ++i;
            break;
        case 'x':
            if (i + 2 < t.size() - 1 && hexValue(t[i + 1]) >= 0 && hexValue(t[i + 2]) >= 0) {
                out += static_cast<char>(hexValue(t[i + 1]) * 16 + hexValue(t[i + 2]));
                i += 2;
            }
            break;
        case 'u': {
            unsigned long cp = 0;
            std::size_t j = i + 2;
            while (j + 1 < t.size() && hexValue(t[j]) >= 0 && cp < 0x80000000UL)
                cp = cp * 16 + static_cast<unsigned long>(hexValue(t[j++]));
            appendUtf8(out, cp);
            i = j; // at the closing brace
            break;
        }
        default:
            if (std::isdigit(static_cast<unsigned char>(d))) {
                int v = 0;
                std::size_t n = 0;
                while (n < 3 && i + 1 < t.size() &&
                       std::isdigit(static_cast<unsigned char>(t[i]))) {
                    v = v * 10 + (t[i] - '0');
                    ++i;
                    ++n;
                }
                --i;
                out += static_cast<char>(v);
            } else
                out += d; // \\ \" \' and the rest
        }
    }
    return out;
}

// The value of a long string token: brackets off, its first line break dropped, line breaks
// read as "\n" whatever they were written as.
std::string decodeLong(std::string_view t) {
    const auto level = static_cast<std::size_t>(longBracketLevel(t, 0));
    const std::string_view body = t.substr(level + 2, t.size() - 2 * (level + 2));
    const auto lineBreakAt = [&](std::size_t i) -> std::size_t { // its length, 0 if none
        if (i >= body.size() || (body[i] != '\r' && body[i] != '\n')) return 0;
        return i + 1 < body.size() && (body[i + 1] == '\r' || body[i + 1] == '\n') &&
                       body[i + 1] != body[i]
                   ? 2
                   : 1;
    };
    std::string out;
    for (std::size_t i = lineBreakAt(0); i < body.size();) { // Lua drops the first line break
        if (const std::size_t n = lineBreakAt(i)) {
            out += '\n';
            i += n;
        } else
            out += body[i++];
    }
    return out;
}

std::string decodeString(const Source& src, std::size_t i) {
    return src.tok(i).kind == Tok::String ? decodeQuoted(src.text(i)) : decodeLong(src.text(i));
}

// One entry of a table constructor, as token indices.
struct Entry {
    std::size_t first = 0, last = 0; // inclusive
    long sep = -1;                   // the `,` or `;` after it
    std::string_view key;            // "" for an unlabelled entry, "[" for `[expr] = ...`
    std::size_t valueFirst = 0;
};

std::vector<Entry> entriesOf(const Source& src, std::size_t open, std::size_t close) {
    std::vector<Entry> out;
    std::size_t i = open + 1;
    while (i < close) {
        std::size_t j = i;
        while (j < close && !src.isPunct(j, ",") && !src.isPunct(j, ";")) {
            const long m = src.lx.match[j];
            j = m > static_cast<long>(j) ? static_cast<std::size_t>(m) + 1 : j + 1;
        }
        if (j > i) {
            Entry e;
            e.first = i;
            e.last = j - 1;
            e.sep = j < close ? static_cast<long>(j) : -1;
            e.valueFirst = i;
            if (src.tok(i).kind == Tok::Name && src.isPunct(i + 1, "=")) {
                e.key = src.text(i);
                e.valueFirst = i + 2;
            } else if (src.isPunct(i, "[") && src.lx.match[i] > 0 &&
                       src.isPunct(static_cast<std::size_t>(src.lx.match[i]) + 1, "=")) {
                e.key = "[";
                e.valueFirst = static_cast<std::size_t>(src.lx.match[i]) + 2;
            }
            out.push_back(e);
        }
        i = j + 1;
    }
    return out;
}

// A call of the scenario API: `node "id" { ... }`, `node("id", { ... })`, `choice { ... }`...
struct Call {
    std::size_t name = 0;
    std::string_view word;           // node, ending, choice, scenario, expect
    std::string id;                  // node and ending only
    std::size_t open = 0, close = 0; // the table's braces
    std::size_t last = 0;            // the call's last token
};

bool declaresId(std::string_view word) {
    return word == "node" || word == "ending";
}

std::optional<Call> callAt(const Source& src, std::size_t name) {
    if (src.tok(name).kind != Tok::Name) return std::nullopt;
    if (name > 0 && (src.isPunct(name - 1, ".") || src.isPunct(name - 1, ":"))) return std::nullopt;
    Call c;
    c.name = name;
    c.word = src.text(name);
    std::size_t i = name + 1;
    const bool paren = src.isPunct(i, "(");
    if (paren) ++i;
    if (declaresId(c.word)) {
        if (!src.isString(i)) return std::nullopt;
        c.id = decodeString(src, i++);
        if (paren && !src.isPunct(i++, ",")) return std::nullopt;
    }
    if (!src.isPunct(i, "{")) return std::nullopt;
    c.open = i;
    if (src.lx.match[i] < 0) return c; // found, but never closed: the caller says so
    c.close = static_cast<std::size_t>(src.lx.match[i]);
    c.last = c.close;
    if (paren) {
        const long m = src.lx.match[name + 1];
        if (m < 0) return c;
        c.last = static_cast<std::size_t>(m);
    }
    return c;
}

bool closed(const Call& c) {
    return c.close > c.open;
}

// Token indices on `line`, as a range.
std::pair<std::size_t, std::size_t> tokensOnLine(const Source& src, int line) {
    const auto& t = src.lx.tokens;
    const auto lo = std::lower_bound(t.begin(), t.end(), line,
                                     [](const Token& a, int l) { return a.line < l; });
    const auto hi =
        std::upper_bound(lo, t.end(), line, [](int l, const Token& a) { return l < a.line; });
    return {static_cast<std::size_t>(lo - t.begin()), static_cast<std::size_t>(hi - t.begin())};
}

std::vector<Call> callsOnLine(const Source& src, int line, bool (*wanted)(std::string_view)) {
    std::vector<Call> out;
    const auto [lo, hi] = tokensOnLine(src, line);
    for (std::size_t i = lo; i < hi; ++i)
        if (src.tok(i).kind == Tok::Name && wanted(src.text(i)))
            if (auto c = callAt(src, i)) out.push_back(*c);
    return out;
}

bool isChoiceWord(std::string_view w) {
    return w == "choice";
}

std::string ln(int line) {
    return std::to_string(line);
}

// ---------------------------------------------------------------------------------------------
// Writing.

struct Splice {
    std::size_t at, remove;
    std::string insert;
};

int lineAt(std::string_view s, std::size_t pos) {
    return 1 + static_cast<int>(std::count(s.begin(), s.begin() + std::min(pos, s.size()), '\n'));
}

SourceEdit apply(std::string_view s, std::vector<Splice> splices) {
    std::sort(splices.begin(), splices.end(),
              [](const Splice& a, const Splice& b) { return a.at < b.at; });
    std::string out;
    out.reserve(s.size() + 256);
    std::size_t from = 0;
    std::size_t changedBegin = kNone, changedEnd = 0;
    for (const Splice& sp : splices) {
        out.append(s.substr(from, sp.at - from));
        if (changedBegin == kNone) changedBegin = out.size();
        out += sp.insert;
        changedEnd = out.size();
        from = sp.at + sp.remove;
    }
    out.append(s.substr(from));
    SourceEdit r;
    r.firstLine = lineAt(out, changedBegin);
    r.lastLine = changedEnd > changedBegin ? lineAt(out, changedEnd - 1) : r.firstLine;
    r.text = std::move(out);
    return r;
}

SourceEdit failure(std::string message, int openAt = 0) {
    SourceEdit r;
    r.message = std::move(message);
    r.openAtLine = openAt;
    return r;
}

std::size_t lineStartOf(std::string_view s, std::size_t pos) {
    const std::size_t nl = pos == 0 ? kNone : s.rfind('\n', pos - 1);
    return nl == kNone ? 0 : nl + 1;
}

// Whether only spaces come before `pos` on its line.
bool startsLine(std::string_view s, std::size_t pos) {
    for (std::size_t i = lineStartOf(s, pos); i < pos; ++i)
        if (s[i] != ' ' && s[i] != '\t') return false;
    return true;
}

std::string indentOf(std::string_view s, std::size_t pos) {
    const std::size_t start = lineStartOf(s, pos);
    std::size_t i = start;
    while (i < s.size() && (s[i] == ' ' || s[i] == '\t'))
        ++i;
    return std::string(s.substr(start, i - start));
}

// Just past the line break ending the line at `pos` when only spaces and comments follow on
// it; kNone when more code follows.
std::size_t restOfLineClear(std::string_view s, std::size_t pos) {
    std::size_t i = pos;
    while (i < s.size()) {
        const char c = s[i];
        if (c == '\n') return i + 1;
        if (c == ' ' || c == '\t' || c == '\r')
            ++i;
        else if (s.compare(i, 2, "--") == 0) {
            const int level = longBracketLevel(s, i + 2);
            if (level < 0) {
                const std::size_t nl = s.find('\n', i);
                return nl == kNone ? s.size() : nl + 1;
            }
            i = skipLong(s, i + 2, level);
            if (i == kNone) return kNone;
        } else
            return kNone;
    }
    return s.size();
}

// How to add `entryText` to a table: after entry `anchor` (or first, when anchor < 0), on a line
// of its own when the entry it follows has one, else on the same line after ", ".
std::vector<Splice> insertEntry(const Source& src, const Call& table,
                                const std::vector<Entry>& entries, long anchor,
                                const std::string& entryText) {
    const std::string_view s = src.s;
    if (anchor < 0) {
        if (entries.empty()) return {{src.tok(table.open).end, 0, " " + entryText + " "}};
        const Token& first = src.tok(entries.front().first);
        if (first.line > src.tok(table.open).line && startsLine(s, first.begin))
            return {{lineStartOf(s, first.begin), 0, indentOf(s, first.begin) + entryText + ",\n"}};
        return {{first.begin, 0, entryText + ", "}};
    }
    const Entry& e = entries[static_cast<std::size_t>(anchor)];
    const Token& begin = src.tok(e.first);
    const std::size_t afterEntry = src.tok(e.last).end;
    const std::size_t afterSep =
        e.sep >= 0 ? src.tok(static_cast<std::size_t>(e.sep)).end : afterEntry;
    const std::size_t next = restOfLineClear(s, afterSep);
    if (startsLine(s, begin.begin) && next != kNone && next < s.size()) {
        std::vector<Splice> out;
        if (e.sep < 0) out.push_back({afterEntry, 0, ","});
        out.push_back(
            {next, 0, indentOf(s, begin.begin) + entryText + (e.sep >= 0 ? ",\n" : "\n")});
        return out;
    }
    return {{afterEntry, 0, ", " + entryText}};
}

// Whether a value is text written out: a literal, or literals joined with `..`.
bool plainText(const Source& src, std::size_t first, std::size_t last) {
    for (std::size_t i = first; i <= last; ++i) {
        const bool wantString = (i - first) % 2 == 0;
        if (wantString ? !src.isString(i) : !src.isPunct(i, "..")) return false;
    }
    return (last - first) % 2 == 0;
}

SourceEdit replaceValue(const Source& src, const Entry& e, std::string_view newValue,
                        const std::string& what) {
    if (e.valueFirst > e.last)
        return failure("line " + ln(src.tok(e.first).line) + ": " + what + " has no value");
    const int at = src.tok(e.valueFirst).line;
    if (!plainText(src, e.valueFirst, e.last))
        return failure("not a plain text: open the file at line " + ln(at) + " (" + what +
                           " is worked out by code there)",
                       at);
    const std::size_t begin = src.tok(e.valueFirst).begin;
    return apply(src.s, {{begin, src.tok(e.last).end - begin, luaLiteral(newValue)}});
}

// The last entry labelled `key` (Lua keeps the last of repeated fields).
long findKey(const std::vector<Entry>& entries, std::string_view key) {
    for (std::size_t i = entries.size(); i-- > 0;)
        if (entries[i].key == key) return static_cast<long>(i);
    return -1;
}

long findUnlabelled(const std::vector<Entry>& entries) {
    for (std::size_t i = 0; i < entries.size(); ++i)
        if (entries[i].key.empty()) return static_cast<long>(i);
    return -1;
}

std::string_view fieldName(TextField f) {
    switch (f) {
    case TextField::Customer:
        return "customer";
    case TextField::Narration:
        return "narration";
    case TextField::Summary:
        return "summary";
    case TextField::LearnerLine:
        return "the learner's line";
    case TextField::Why:
        return "why";
    case TextField::Go:
        return "go";
    }
    return "";
}

std::optional<std::string> entryString(const Source& src, const Entry& e) {
    if (e.valueFirst == e.last && src.isString(e.last)) return decodeString(src, e.last);
    return std::nullopt;
}

// The choice's `id = "..."`, or "" when it has none.
std::string choiceIdOf(const Source& src, const std::vector<Entry>& entries) {
    const long at = findKey(entries, "id");
    if (at < 0) return "";
    return entryString(src, entries[static_cast<std::size_t>(at)]).value_or("");
}

bool validLoadedText(const Source& src, SourceEdit& problem) {
    if (src.s.size() > kMaxEditBytes) {
        problem = failure("the file is larger than 8 MiB; edit it in a text editor");
        return false;
    }
    if (!src.lx.error.empty()) {
        problem = failure("line " + ln(src.lx.errorLine) + ": " + src.lx.error +
                              "; fix the file before editing it here",
                          src.lx.errorLine);
        return false;
    }
    return true;
}

int lineCount(std::string_view s) {
    return lineAt(s, s.size()) - (!s.empty() && s.back() == '\n' ? 1 : 0);
}

SourceEdit lineProblem(const Source& src, int line, const std::string& expected) {
    if (line < 1 || line > lineCount(src.s))
        return failure("line " + ln(line) + " is not in the file (it has " + ln(lineCount(src.s)) +
                       " lines)");
    return failure("line " + ln(line) + " does not declare " + expected +
                       "; the file may have changed since it was loaded",
                   line);
}

SourceEdit neverCloses(const Source& src, const Call& c) {
    const int line = src.tok(c.name).line;
    return failure("line " + ln(line) + ": the { of this " + std::string(c.word) +
                       " never closes; fix the file before editing it here",
                   line);
}

// The node or ending declared on `line` (with id `nodeId`, when given).
std::optional<Call> findNode(const Source& src, int line, std::string_view nodeId,
                             SourceEdit& problem) {
    std::vector<Call> found;
    for (const Call& c : callsOnLine(src, line, declaresId))
        if (nodeId.empty() || c.id == nodeId) found.push_back(c);
    const std::string what = nodeId.empty() ? std::string("a node or ending")
                                            : "node or ending '" + std::string(nodeId) + "'";
    if (found.empty()) {
        problem = lineProblem(src, line, what);
        return std::nullopt;
    }
    if (found.size() > 1) {
        problem = failure("line " + ln(line) + " declares " + ln(static_cast<int>(found.size())) +
                          " nodes; say which by its id");
        return std::nullopt;
    }
    if (!closed(found.front())) {
        problem = neverCloses(src, found.front());
        return std::nullopt;
    }
    return found.front();
}

std::optional<Call> findChoice(const Source& src, int line, std::string_view id,
                               SourceEdit& problem) {
    if (const std::size_t dot = id.rfind('.'); dot != kNone) id.remove_prefix(dot + 1);
    const bool numbered = !id.empty() && std::all_of(id.begin(), id.end(), [](char c) {
        return std::isdigit(static_cast<unsigned char>(c));
    });
    std::vector<Call> byId, unnamed;
    for (const Call& c : callsOnLine(src, line, isChoiceWord)) {
        if (!closed(c)) {
            problem = neverCloses(src, c);
            return std::nullopt;
        }
        const std::string own = choiceIdOf(src, entriesOf(src, c.open, c.close));
        if (!own.empty() && own == id) byId.push_back(c);
        if (own.empty()) unnamed.push_back(c);
    }
    if (byId.size() == 1) return byId.front();
    if (byId.empty() && numbered && unnamed.size() == 1) return unnamed.front();
    if (byId.size() > 1)
        problem = failure("line " + ln(line) + " has " + ln(static_cast<int>(byId.size())) +
                          " choices with id \"" + std::string(id) + "\"");
    else
        problem = lineProblem(src, line, "a choice with id \"" + std::string(id) + "\"");
    return std::nullopt;
}

// Where a missing field goes: the entry it follows (-1: first).
long anchorFor(TextField field, const std::vector<Entry>& entries) {
    switch (field) {
    case TextField::Narration:
        return findKey(entries, "customer");
    case TextField::Customer:
        return findKey(entries, "narration");
    case TextField::Summary:
        return findKey(entries, "kind");
    case TextField::LearnerLine:
        return -1;
    case TextField::Why:
    case TextField::Go:
        return static_cast<long>(entries.size()) - 1;
    }
    return -1;
}

bool validId(std::string_view id, bool dots) {
    return !id.empty() && id.size() <= 80 && std::all_of(id.begin(), id.end(), [&](char c) {
        return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' ||
               (dots && c == '.');
    });
}

std::optional<std::string> choiceProblem(const NewChoice& c) {
    if (!validId(c.id, false))
        return "the choice id \"" + c.id + "\" must be letters, digits, '-' or '_'";
    if (!validId(c.go, true))
        return "the choice's go \"" + c.go +
               "\" must be a node id: letters, digits, '.', '-' or '_'";
    if (c.learnerLine.empty()) return std::string("the choice needs the learner's line");
    return std::nullopt;
}

std::string choiceText(const NewChoice& c) {
    std::string t = "choice { " + luaLiteral(c.learnerLine) + ", id = " + luaLiteral(c.id) +
                    ", go = " + luaLiteral(c.go);
    if (!c.why.empty()) t += ", why = " + luaLiteral(c.why);
    return t + " }";
}

std::vector<Call> topLevelCalls(const Source& src) {
    std::vector<Call> out;
    for (std::size_t i = 0; i < src.lx.tokens.size(); ++i) {
        if (src.lx.depth[i] != 0 || src.tok(i).kind != Tok::Name) continue;
        const std::string_view w = src.text(i);
        if (w != "node" && w != "ending" && w != "scenario" && w != "expect") continue;
        if (auto c = callAt(src, i); c && closed(*c)) {
            out.push_back(*c);
            i = c->last;
        }
    }
    return out;
}

// Where the file's closing `expect { ... }` lines begin (with the comment lines just above
// them), or the end of the file.
std::size_t beforeTrailingExpects(const Source& src, const std::vector<Call>& calls) {
    const std::string_view s = src.s;
    std::size_t tail = src.lx.tokens.size();
    std::optional<Call> firstExpect;
    for (std::size_t k = calls.size(); k-- > 0;) {
        const Call& c = calls[k];
        std::size_t after = c.last + 1;
        while (after < tail && src.isPunct(after, ";"))
            ++after;
        if (c.word != "expect" || after != tail) break;
        firstExpect = c;
        tail = c.name;
    }
    if (!firstExpect) return s.size();
    std::size_t at = lineStartOf(s, src.tok(firstExpect->name).begin);
    if (!startsLine(s, src.tok(firstExpect->name).begin)) return s.size();
    // Keep a comment that introduces the expectations with them (a comment, not the last line
    // of a long string that ends there).
    const std::size_t codeEnd = firstExpect->name > 0 ? src.tok(firstExpect->name - 1).end : 0;
    while (at > 0) {
        const std::size_t prev = lineStartOf(s, at - 1);
        if (prev < codeEnd) break;
        std::size_t i = prev;
        while (i < at && (s[i] == ' ' || s[i] == '\t'))
            ++i;
        if (s.compare(i, 2, "--") != 0 || longBracketLevel(s, i + 2) >= 0) break;
        at = prev;
    }
    return at;
}

} // namespace

SourceEdit setField(std::string_view text, int declarationLine, const EditTarget& target,
                    std::string_view newValue) {
    SourceEdit problem;
    if (text.size() > kMaxEditBytes)
        return failure("the file is larger than 8 MiB; edit it in a text editor");
    const Source src{text, lex(text)};
    if (!validLoadedText(src, problem)) return problem;
    const bool ofChoice = target.field == TextField::LearnerLine ||
                          target.field == TextField::Why || target.field == TextField::Go;
    std::optional<Call> decl = ofChoice ? findChoice(src, declarationLine, target.choiceId, problem)
                                        : findNode(src, declarationLine, target.nodeId, problem);
    if (!decl) return problem;
    if (target.field == TextField::Summary && decl->word != "ending")
        return failure("'" + decl->id + "' is a node, not an ending: only endings have a summary");
    const auto entries = entriesOf(src, decl->open, decl->close);
    const std::string_view name = fieldName(target.field);
    const long at =
        target.field == TextField::LearnerLine ? findUnlabelled(entries) : findKey(entries, name);
    const std::string what = ofChoice ? std::string(name) + " of choice \"" + target.choiceId + "\""
                                      : std::string(name) + " of '" + decl->id + "'";
    if (at >= 0) return replaceValue(src, entries[static_cast<std::size_t>(at)], newValue, what);
    const std::string entryText = target.field == TextField::LearnerLine
                                      ? luaLiteral(newValue)
                                      : std::string(name) + " = " + luaLiteral(newValue);
    return apply(text,
                 insertEntry(src, *decl, entries, anchorFor(target.field, entries), entryText));
}

SourceEdit addChoice(std::string_view text, int nodeLine, std::string_view nodeId,
                     const NewChoice& choice) {
    SourceEdit problem;
    if (text.size() > kMaxEditBytes)
        return failure("the file is larger than 8 MiB; edit it in a text editor");
    const Source src{text, lex(text)};
    if (!validLoadedText(src, problem)) return problem;
    if (auto bad = choiceProblem(choice)) return failure(*bad);
    const std::optional<Call> node = findNode(src, nodeLine, nodeId, problem);
    if (!node) return problem;
    if (node->word == "ending")
        return failure("'" + node->id + "' is an ending: an ending has no choices");
    const auto entries = entriesOf(src, node->open, node->close);
    long lastChoice = -1;
    for (std::size_t i = 0; i < entries.size(); ++i) {
        if (!entries[i].key.empty()) continue;
        const auto c = callAt(src, entries[i].first);
        if (!c || c->word != "choice" || !closed(*c)) continue;
        lastChoice = static_cast<long>(i);
        if (choiceIdOf(src, entriesOf(src, c->open, c->close)) == choice.id)
            return failure("'" + node->id + "' already has a choice with id \"" + choice.id + "\"");
    }
    const long anchor = lastChoice >= 0 ? lastChoice : static_cast<long>(entries.size()) - 1;
    return apply(text, insertEntry(src, *node, entries, anchor, choiceText(choice)));
}

SourceEdit addNode(std::string_view text, std::string_view nodeId, std::string_view customer,
                   const NewChoice& choice, int afterLine) {
    SourceEdit problem;
    if (text.size() > kMaxEditBytes)
        return failure("the file is larger than 8 MiB; edit it in a text editor");
    const Source src{text, lex(text)};
    if (!validLoadedText(src, problem)) return problem;
    if (!validId(nodeId, true))
        return failure("the node id \"" + std::string(nodeId) +
                       "\" must be letters, digits, '.', '-' or '_'");
    if (auto bad = choiceProblem(choice)) return failure(*bad);
    const std::vector<Call> calls = topLevelCalls(src);
    std::string indent = "  ";
    bool indentFound = false;
    for (const Call& c : calls) {
        if (c.id == nodeId)
            return failure("the file already has a node or ending '" + std::string(nodeId) +
                           "' (line " + ln(src.tok(c.name).line) + ")");
        if (indentFound || c.word != "node") continue;
        const auto entries = entriesOf(src, c.open, c.close);
        if (entries.empty()) continue;
        const Token& first = src.tok(entries.front().first);
        if (first.line > src.tok(c.open).line && startsLine(text, first.begin)) {
            indent = indentOf(text, first.begin);
            indentFound = true;
        }
    }
    const std::string nodeText = "node " + luaLiteral(nodeId) + " {\n" + indent +
                                 "customer = " + luaLiteral(customer) + ",\n" + indent +
                                 choiceText(choice) + ",\n}\n";
    if (afterLine > 0)
        for (const Call& c : calls) {
            if (src.tok(c.last).line < afterLine) continue;
            const std::size_t end = src.tok(c.last).end;
            const std::size_t next = restOfLineClear(text, end);
            if (next == kNone)
                return apply(text, {{end, 0, "\n\n" + nodeText.substr(0, nodeText.size() - 1)}});
            return apply(
                text, {{next, 0,
                        (next == text.size() && text.back() != '\n' ? "\n\n" : "\n") + nodeText}});
        }
    const std::size_t at = beforeTrailingExpects(src, calls);
    if (at < text.size()) return apply(text, {{at, 0, nodeText + "\n"}});
    const std::string lead = text.empty() ? "" : text.back() == '\n' ? "\n" : "\n\n";
    return apply(text, {{at, 0, lead + nodeText}});
}

} // namespace frontline::script
