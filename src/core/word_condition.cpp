#include "word_condition.hpp"

#include "scripting.hpp"

#include <algorithm>
#include <cctype>

namespace frontline {

struct WordCondition::Term {
    enum class Kind { Or, And, Not, Compare, Name, Literal };
    Kind kind = Kind::Literal;
    std::string op;   // Compare: "==", "~=", "<", "<=", ">", ">="
    std::string name; // Name
    Value value;      // Literal
    std::vector<std::shared_ptr<const Term>> parts;
};

namespace {

using Term = WordCondition::Term;
using TermPtr = std::shared_ptr<const Term>;

constexpr std::size_t kLongest = 2000; // longer than any condition a person writes
constexpr int kDeepest = 32;           // brackets and nots nested deeper than this are refused

struct Token {
    enum class Kind { Name, Number, Text, Op, Open, Close, End };
    Kind kind = Kind::End;
    std::string text;
    Value value;
};

bool nameStart(char c) {
    return std::isalpha(static_cast<unsigned char>(c)) || c == '_';
}
bool nameChar(char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '_';
}

class Parser {
  public:
    explicit Parser(std::string_view text) : m_text(text) {}

    TermPtr parse() {
        advance();
        TermPtr root = orExpr(0);
        if (!m_error.empty()) return nullptr;
        if (m_token.kind != Token::Kind::End)
            return fail("unexpected '" + m_token.text + "' after a complete condition");
        return root;
    }
    const std::string& error() const { return m_error; }
    std::vector<std::string> names;

  private:
    std::string_view m_text;
    std::size_t m_at = 0;
    Token m_token;
    std::string m_error;

    TermPtr fail(std::string why) {
        if (m_error.empty()) m_error = std::move(why);
        return nullptr;
    }

    void advance() {
        while (m_at < m_text.size() && std::isspace(static_cast<unsigned char>(m_text[m_at])))
            ++m_at;
        m_token = Token{};
        if (m_at >= m_text.size()) return;
        const char c = m_text[m_at];
        const std::size_t from = m_at;
        if (nameStart(c)) {
            while (m_at < m_text.size() && nameChar(m_text[m_at]))
                ++m_at;
            m_token = {Token::Kind::Name, std::string(m_text.substr(from, m_at - from)), {}};
        } else if (std::isdigit(static_cast<unsigned char>(c)) ||
                   (c == '-' && m_at + 1 < m_text.size() &&
                    std::isdigit(static_cast<unsigned char>(m_text[m_at + 1])))) {
            ++m_at;
            while (m_at < m_text.size() &&
                   (std::isdigit(static_cast<unsigned char>(m_text[m_at])) || m_text[m_at] == '.'))
                ++m_at;
            const std::string written(m_text.substr(from, m_at - from));
            m_token = {Token::Kind::Number, written, parseValue(written)};
            if (std::holds_alternative<std::string>(m_token.value))
                fail("'" + written + "' is not a number");
        } else if (c == '"' || c == '\'') {
            const std::size_t close = m_text.find(c, m_at + 1);
            if (close == std::string_view::npos) {
                m_at = m_text.size();
                fail(std::string("text opened with ") + c + " is never closed");
                return;
            }
            const std::string inside(m_text.substr(m_at + 1, close - m_at - 1));
            m_at = close + 1;
            m_token = {Token::Kind::Text, std::string(m_text.substr(from, m_at - from)), inside};
        } else if (c == '(' || c == ')') {
            ++m_at;
            m_token = {c == '(' ? Token::Kind::Open : Token::Kind::Close, std::string(1, c), {}};
        } else {
            for (const std::string_view op : {"==", "~=", "!=", "<=", ">=", "<", ">"})
                if (m_text.substr(m_at, op.size()) == op) {
                    m_at += op.size();
                    m_token = {Token::Kind::Op, op == "!=" ? "~=" : std::string(op), {}};
                    return;
                }
            ++m_at;
            fail(c == '='
                     ? "'=' sets a value; to compare, write '=='"
                     : std::string("'") + c + "' is not part of a condition (use and, or, not, "
                                                  "== ~= < <= > >=, names, numbers and \"text\")");
        }
    }

    bool keyword(std::string_view word) const {
        return m_token.kind == Token::Kind::Name && m_token.text == word;
    }

    TermPtr joined(Term::Kind kind, std::string_view word, int depth,
                   TermPtr (Parser::*part)(int)) {
        TermPtr first = (this->*part)(depth);
        if (!first || !keyword(word)) return first;
        auto all = std::make_shared<Term>();
        all->kind = kind;
        all->parts.push_back(first);
        while (keyword(word)) {
            advance();
            TermPtr next = (this->*part)(depth);
            if (!next) return nullptr;
            all->parts.push_back(next);
        }
        return all;
    }

    TermPtr orExpr(int depth) { return joined(Term::Kind::Or, "or", depth, &Parser::andExpr); }
    TermPtr andExpr(int depth) { return joined(Term::Kind::And, "and", depth, &Parser::unary); }

    TermPtr unary(int depth) {
        if (depth > kDeepest) return fail("the condition nests too deeply");
        if (!keyword("not")) return compare(depth);
        advance();
        TermPtr inner = unary(depth + 1);
        if (!inner) return nullptr;
        auto t = std::make_shared<Term>();
        t->kind = Term::Kind::Not;
        t->parts.push_back(inner);
        return t;
    }

    TermPtr compare(int depth) {
        TermPtr left = operand(depth);
        if (!left || m_token.kind != Token::Kind::Op) return left;
        const std::string op = m_token.text;
        advance();
        TermPtr right = operand(depth);
        if (!right) return nullptr;
        auto t = std::make_shared<Term>();
        t->kind = Term::Kind::Compare;
        t->op = op;
        t->parts = {left, right};
        return t;
    }

    TermPtr operand(int depth) {
        if (!m_error.empty()) return nullptr;
        auto t = std::make_shared<Term>();
        switch (m_token.kind) {
        case Token::Kind::Open: {
            advance();
            TermPtr inner = orExpr(depth + 1);
            if (!inner) return nullptr;
            if (m_token.kind != Token::Kind::Close) return fail("a '(' is never closed");
            advance();
            return inner;
        }
        case Token::Kind::Number:
        case Token::Kind::Text:
            t->value = m_token.value;
            break;
        case Token::Kind::Name:
            if (m_token.text == "and" || m_token.text == "or" || m_token.text == "not")
                return fail("expected a name, a number or text, not '" + m_token.text + "'");
            if (m_token.text == "true" || m_token.text == "false") {
                t->value = m_token.text == "true";
            } else {
                t->kind = Term::Kind::Name;
                t->name = m_token.text;
                if (std::find(names.begin(), names.end(), t->name) == names.end())
                    names.push_back(t->name);
            }
            break;
        case Token::Kind::End:
            return fail("the condition ends where a name, a number or text was expected");
        default:
            return fail("expected a name, a number or text, not '" + m_token.text + "'");
        }
        advance();
        return t;
    }
};

// A term's value as an operand: a literal, a variable (nothing when never set), or the truth
// of a bracketed condition.
std::optional<Value> valueOf(const Term& t, const State& state, ReadLog* reads);

bool truthOf(const Term& t, const State& state, ReadLog* reads) {
    switch (t.kind) {
    case Term::Kind::Or:
        return std::any_of(t.parts.begin(), t.parts.end(),
                           [&](const TermPtr& p) { return truthOf(*p, state, reads); });
    case Term::Kind::And:
        return std::all_of(t.parts.begin(), t.parts.end(),
                           [&](const TermPtr& p) { return truthOf(*p, state, reads); });
    case Term::Kind::Not:
        return !truthOf(*t.parts.front(), state, reads);
    case Term::Kind::Compare:
        break;
    case Term::Kind::Name:
    case Term::Kind::Literal: {
        const std::optional<Value> v = valueOf(t, state, reads);
        return v && truthy(*v);
    }
    }
    const std::optional<Value> a = valueOf(*t.parts[0], state, reads);
    const std::optional<Value> b = valueOf(*t.parts[1], state, reads);
    auto number = [](const std::optional<Value>& v) -> std::optional<double> {
        if (!v) return std::nullopt;
        if (const auto* i = std::get_if<std::int64_t>(&*v)) return static_cast<double>(*i);
        if (const auto* d = std::get_if<double>(&*v)) return *d;
        return std::nullopt;
    };
    const std::optional<double> x = number(a), y = number(b);
    if (t.op == "==" || t.op == "~=") {
        const bool same = x && y ? *x == *y : a.has_value() == b.has_value() && (!a || *a == *b);
        return same == (t.op == "==");
    }
    if (!x || !y) return false;
    if (t.op == "<") return *x < *y;
    if (t.op == "<=") return *x <= *y;
    if (t.op == ">") return *x > *y;
    return *x >= *y;
}

std::optional<Value> valueOf(const Term& t, const State& state, ReadLog* reads) {
    if (t.kind == Term::Kind::Literal) return t.value;
    if (t.kind != Term::Kind::Name) return Value(truthOf(t, state, reads));
    // Logged, mood and minutes too: the explorer tells situations apart by what is read.
    if (reads != nullptr) reads->read(t.name);
    if (t.name == "mood") return Value(std::int64_t{state.mood});
    if (t.name == "minutes") return Value(std::int64_t{state.minutes});
    const auto it = state.vars.find(t.name);
    if (it == state.vars.end()) return std::nullopt;
    return it->second;
}

} // namespace

WordCondition::Parsed WordCondition::parse(std::string_view text) {
    if (text.size() > kLongest)
        return {std::nullopt, "the condition is longer than " + std::to_string(kLongest) +
                                  " characters"};
    Parser parser(text);
    TermPtr root = parser.parse();
    if (!root) return {std::nullopt, parser.error()};
    WordCondition e;
    e.m_root = std::move(root);
    e.m_names = std::move(parser.names);
    e.m_text = std::string(text);
    return {std::move(e), {}};
}

bool WordCondition::holds(const State& state, ReadLog* reads) const {
    return m_root && truthOf(*m_root, state, reads);
}

bool WordCondition::isFlag() const {
    if (!m_root) return false;
    const Term* t = m_root.get();
    if (t->kind == Term::Kind::Not) t = t->parts.front().get();
    return t->kind == Term::Kind::Name;
}

} // namespace frontline
