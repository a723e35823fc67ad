// A condition written as words instead of a function, for trainers who are not programmers:
// `verified`, `not verified`, `verified and mood < 30`, `attempts >= 2 or remedy == "refund"`.
// `when = "..."`, each rule of a table-form `go` and `{if ...}` in text all use it.
//
//   or-expr   := and-expr ("or" and-expr)*
//   and-expr  := unary ("and" unary)*
//   unary     := "not" unary | compare
//   compare   := operand (("==" | "~=" | "!=" | "<" | "<=" | ">" | ">=") operand)?
//   operand   := name | number | "text" | 'text' | true | false | "(" or-expr ")"
//
// A name is a variable, or `mood` or `minutes`. Alone it is true unless false or never set
// (Lua's rule, as for `when = "flag"`). `<`, `<=`, `>`, `>=` compare numbers only (anything
// else is false); `==` and `~=` compare any two values.
#pragma once

#include "state.hpp"

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace frontline {

struct ReadLog;

class WordCondition {
  public:
    struct Parsed;
    // The expression, or why it is not one ("expected a name, a number or text after 'and'").
    static Parsed parse(std::string_view text);

    bool holds(const State& state, ReadLog* reads = nullptr) const;
    // The variables it reads, in order of appearance, each once (mood and minutes included).
    const std::vector<std::string>& names() const { return m_names; }
    const std::string& text() const { return m_text; }
    // Just one name, or `not` and one name: the form `when = "flag"` always had.
    bool isFlag() const;

    struct Term;

  private:
    std::shared_ptr<const Term> m_root;
    std::vector<std::string> m_names;
    std::string m_text;
};

struct WordCondition::Parsed {
    std::optional<WordCondition> expression;
    std::string error; // when there is none
};

} // namespace frontline
