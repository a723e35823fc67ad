#include "conditional_text.hpp"

#include "word_condition.hpp"

#include <algorithm>
#include <optional>

namespace frontline {

namespace {

constexpr int kDeepest = 16; // blocks nested deeper than this are refused

enum class Word { None, If, ElseIf, Else, End };

struct Directive {
    Word word = Word::None;
    std::string_view condition; // for If and ElseIf
};

std::string_view trimmed(std::string_view s) {
    while (!s.empty() && s.front() == ' ')
        s.remove_prefix(1);
    while (!s.empty() && s.back() == ' ')
        s.remove_suffix(1);
    return s;
}

// What a {braced} part says, from what is between the braces.
Directive directive(std::string_view inner) {
    inner = trimmed(inner);
    auto after = [&](std::string_view word) -> std::optional<std::string_view> {
        if (inner.substr(0, word.size()) != word) return std::nullopt;
        const std::string_view rest = inner.substr(word.size());
        if (rest.empty() || (rest.front() != ' ' && rest.front() != '(')) return std::nullopt;
        return trimmed(rest);
    };
    if (inner == "else") return {Word::Else, {}};
    if (inner == "end") return {Word::End, {}};
    if (auto c = after("if")) return {Word::If, *c};
    if (auto c = after("elseif")) return {Word::ElseIf, *c};
    return {};
}

struct Piece;
struct Branch {
    std::optional<WordCondition> condition; // none: {else}
    std::vector<Piece> body;
};
struct Piece {
    std::string_view text;        // a run of text, placeholders and "{{" kept
    std::vector<Branch> branches; // a block, when not empty
};

class TemplateParser {
  public:
    explicit TemplateParser(std::string_view text) : m_text(text) {}

    std::vector<Piece> parse() {
        std::vector<Piece> pieces = block(0);
        if (m_error.empty() && m_stop.word != Word::None)
            fail(std::string(m_stop.word == Word::End ? "{end}" : m_stop.word == Word::Else
                                                                      ? "{else}"
                                                                      : "{elseif}") +
                 " at character " + std::to_string(m_stopAt + 1) + " has no {if} before it");
        return pieces;
    }
    const std::string& error() const { return m_error; }
    std::vector<std::string> names;

  private:
    std::string_view m_text;
    std::size_t m_at = 0;
    Directive m_stop;          // the directive that ended the last block
    std::size_t m_stopAt = 0;  // where it was
    std::string m_error;

    void fail(std::string why) {
        if (m_error.empty()) m_error = std::move(why);
    }

    std::optional<WordCondition> condition(std::string_view written, std::size_t at) {
        WordCondition::Parsed parsed = WordCondition::parse(written);
        if (!parsed.expression) {
            fail("{if " + std::string(written) + "} at character " + std::to_string(at + 1) +
                 ": " + parsed.error);
            return std::nullopt;
        }
        for (const std::string& n : parsed.expression->names())
            if (std::find(names.begin(), names.end(), n) == names.end()) names.push_back(n);
        return parsed.expression;
    }

    // Pieces up to the end of the text or a directive that ends a block (left in m_stop).
    std::vector<Piece> block(int depth) {
        std::vector<Piece> pieces;
        m_stop = {};
        std::size_t runStart = m_at;
        auto flush = [&](std::size_t end) {
            if (end > runStart) pieces.push_back({m_text.substr(runStart, end - runStart), {}});
        };
        while (m_error.empty() && m_at < m_text.size()) {
            const std::size_t open = m_text.find('{', m_at);
            if (open == std::string_view::npos) break;
            if (open + 1 < m_text.size() && m_text[open + 1] == '{') {
                m_at = open + 2; // a literal "{", kept for interpolate
                continue;
            }
            const std::size_t close = m_text.find('}', open + 1);
            if (close == std::string_view::npos) break;
            const Directive d = directive(m_text.substr(open + 1, close - open - 1));
            m_at = close + 1;
            if (d.word == Word::None) continue; // a placeholder: part of the run
            flush(open);
            if (d.word != Word::If) {
                m_stop = d;
                m_stopAt = open;
                return pieces;
            }
            if (depth >= kDeepest) {
                fail("{if} blocks nest more than " + std::to_string(kDeepest) + " deep");
                break;
            }
            pieces.push_back(ifBlock(d, open, depth));
            runStart = m_at;
        }
        m_at = m_text.size();
        flush(m_at);
        return pieces;
    }

    Piece ifBlock(Directive d, std::size_t at, int depth) {
        Piece piece;
        bool sawElse = false;
        while (m_error.empty()) {
            Branch branch;
            if (d.word != Word::Else) branch.condition = condition(d.condition, at);
            branch.body = block(depth + 1);
            piece.branches.push_back(std::move(branch));
            const Directive next = m_stop;
            m_stop = {};
            if (next.word == Word::End) return piece;
            if (next.word == Word::None) {
                fail("{if} at character " + std::to_string(at + 1) +
                     " is never closed with {end}");
                break;
            }
            if (sawElse) {
                fail(std::string(next.word == Word::Else ? "{else}" : "{elseif}") +
                     " at character " + std::to_string(m_stopAt + 1) + " comes after {else}");
                break;
            }
            sawElse = next.word == Word::Else;
            d = next;
            at = m_stopAt;
        }
        return piece;
    }
};

void render(const std::vector<Piece>& pieces, const State& state, std::string& out) {
    for (const Piece& piece : pieces) {
        if (piece.branches.empty()) {
            out += piece.text;
            continue;
        }
        for (const Branch& b : piece.branches)
            if (!b.condition || b.condition->holds(state)) {
                render(b.body, state, out);
                break;
            }
    }
}

// Plain text, the most common kind, is passed through without parsing.
bool mayHoldBlocks(std::string_view text) {
    return text.find('{') != std::string_view::npos;
}

} // namespace

bool isTextDirective(std::string_view braced) {
    return directive(braced).word != Word::None;
}

std::string chooseBranches(std::string_view text, const State& state) {
    if (!mayHoldBlocks(text)) return std::string(text);
    TemplateParser parser(text);
    const std::vector<Piece> pieces = parser.parse();
    if (!parser.error().empty()) return std::string(text);
    std::string out;
    out.reserve(text.size());
    render(pieces, state, out);
    return out;
}

std::string conditionalTextProblem(std::string_view text) {
    if (!mayHoldBlocks(text)) return {};
    TemplateParser parser(text);
    parser.parse();
    return parser.error();
}

std::vector<std::string> conditionNames(std::string_view text) {
    if (!mayHoldBlocks(text)) return {};
    TemplateParser parser(text);
    parser.parse();
    return parser.names;
}

} // namespace frontline
