// Reading declaration tables: typed fields, unknown-field suggestions and file:line diagnostics.
// Shared by every declaration function (scenario, rubric, organisation, curriculum).
#pragma once

#include "core/grade.hpp"
#include "core/text.hpp"
#include "scenario_api.hpp"

#include <lua.hpp>

#include <algorithm>
#include <cmath>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace frontline::script {

using Names = std::vector<std::string_view>;

constexpr std::size_t kMaxTextBytes = 64u << 10;     // one text field
constexpr std::size_t kMaxDeclaredBytes = 16u << 20; // all the text one file declares
constexpr std::size_t kMaxDiagnostics = 500;         // problems kept per file

// "`name`" for messages. Out of line: GCC 12 falsely warns (-Wrestrict) on the inlined
// concatenation of a string_view copy.
std::string tick(std::string_view name);

inline Declarations& declarationsOf(lua_State* L) {
    return *static_cast<Declarations*>(lua_touserdata(L, lua_upvalueindex(1)));
}

inline int callerLine(lua_State* L) {
    lua_Debug ar;
    if (lua_getstack(L, 1, &ar) != 0 && lua_getinfo(L, "l", &ar) != 0)
        return std::max(ar.currentline, 1);
    return 1;
}

inline std::string friendlyType(lua_State* L, int idx) {
    switch (lua_type(L, idx)) {
    case LUA_TSTRING:
        return "text";
    case LUA_TBOOLEAN:
        return "true/false";
    case LUA_TNUMBER:
        return lua_isinteger(L, idx) ? "a whole number" : "a number";
    case LUA_TTABLE:
        return "a table";
    case LUA_TFUNCTION:
        return "a function";
    case LUA_TNIL:
        return "nil";
    default:
        return luaL_typename(L, idx);
    }
}

inline bool validId(std::string_view id, bool allowDot) {
    if (id.empty() || id.size() > 80) return false;
    return std::all_of(id.begin(), id.end(), [&](unsigned char c) {
        return std::isalnum(c) || c == '_' || c == '-' || (allowDot && c == '.');
    });
}

// Reads one declaration table; every problem becomes a diagnostic at the declaration's line.
class Fields {
  public:
    Fields(lua_State* L, int table, Declarations& out, int line, std::string label)
        : m_L(L), m_table(lua_absindex(L, table)), m_out(out), m_line(line),
          m_label(std::move(label)) {}

    void error(const std::string& message) { report(Severity::Error, message); }
    void warning(const std::string& message) { report(Severity::Warning, message); }

    // Text copied out of Lua into the host: bounded per text and per file (a script can list one
    // 1 MiB string 300,000 times within its own heap), and made valid UTF-8, with a warning, so
    // nothing downstream (a terminal, a JSON export, the records) meets malformed bytes.
    std::string take(int idx, std::string_view field) {
        std::size_t length = 0;
        const char* text = lua_tolstring(m_L, idx, &length);
        if (m_out.hostBytes > kMaxDeclaredBytes) return {};
        m_out.hostBytes += length;
        if (m_out.hostBytes > kMaxDeclaredBytes) {
            error("this file declares more than " + std::to_string(kMaxDeclaredBytes >> 20) +
                  " MiB of text in all; the rest is not read");
            return {};
        }
        if (length > kMaxTextBytes) {
            error(tick(field) + " is " + std::to_string(length >> 10) +
                  " KiB long; a text may be at most " + std::to_string(kMaxTextBytes >> 10) +
                  " KiB");
            return {};
        }
        const std::string_view view(text, length);
        if (firstInvalidUtf8(view)) {
            warning(tick(field) + " is not valid UTF-8 text; the bad bytes show as U+FFFD");
            return validUtf8(view);
        }
        return std::string(view);
    }

    std::size_t arrayLength() const { return static_cast<std::size_t>(lua_rawlen(m_L, m_table)); }

    // Calls onField(name, valueIndex) for each known named field; reports the rest.
    void each(const Names& known, const std::function<void(std::string_view, int)>& onField,
              const Names& belongElsewhere = {}, std::string_view elsewhere = "") {
        const auto positional = static_cast<lua_Integer>(arrayLength());
        lua_pushnil(m_L);
        while (lua_next(m_L, m_table) != 0) {
            const int value = lua_gettop(m_L);
            if (lua_type(m_L, -2) == LUA_TSTRING) {
                const std::string name = lua_tostring(m_L, -2);
                if (std::find(known.begin(), known.end(), name) != known.end())
                    onField(name, value);
                else if (std::find(belongElsewhere.begin(), belongElsewhere.end(), name) !=
                         belongElsewhere.end())
                    error(tick(name) + " belongs inside " + std::string(elsewhere));
                else
                    unknown(name, known);
            } else if (!lua_isinteger(m_L, -2) || lua_tointeger(m_L, -2) < 1 ||
                       lua_tointeger(m_L, -2) > positional) {
                error("unexpected entry with a " + friendlyType(m_L, -2) +
                      " key; write fields as name = value");
            }
            lua_settop(m_L, value - 1); // keep the key for lua_next
        }
    }

    std::optional<std::string> string(int idx, std::string_view field, bool required = false) {
        if (lua_type(m_L, idx) == LUA_TSTRING) {
            std::string value = take(idx, field);
            if (required && blank(value)) error(tick(field) + " must not be empty");
            return value;
        }
        wrongType(idx, field, "text");
        return std::nullopt;
    }

    std::optional<bool> boolean(int idx, std::string_view field) {
        if (lua_type(m_L, idx) == LUA_TBOOLEAN) return lua_toboolean(m_L, idx) != 0;
        wrongType(idx, field, "true or false");
        return std::nullopt;
    }

    std::optional<Text> text(int idx, std::string_view field) {
        if (lua_type(m_L, idx) == LUA_TFUNCTION) return Text{{}, reference(idx)};
        if (lua_type(m_L, idx) == LUA_TSTRING) {
            Text t{take(idx, field), 0};
            if (t.blank()) error(tick(field) + " is empty");
            return t;
        }
        wrongType(idx, field, "text or a function");
        return std::nullopt;
    }

    // A grade cap: "Merit", "Pass" or "Refer" (a Distinction cap would cap nothing).
    std::optional<Grade> cap(int idx, std::string_view field) {
        const auto name = string(idx, field, true);
        if (!name) return std::nullopt;
        if (auto grade = capFrom(*name)) return grade;
        error(tick(field) +
              " must be \"Merit\", \"Pass\" or \"Refer\" (the best grade allowed), not \"" + *name +
              "\"");
        return std::nullopt;
    }

    std::optional<int> integer(int idx, std::string_view field, int low, int high) {
        if (lua_type(m_L, idx) == LUA_TNUMBER) {
            const lua_Number n = lua_tonumber(m_L, idx);
            if (n != std::floor(n)) {
                error(tick(field) + " must be a whole number, not " + numberText(n));
                return std::nullopt;
            }
            if (n < low || n > high) {
                error(tick(field) + " must be between " + std::to_string(low) + " and " +
                      std::to_string(high) + ", not " + numberText(n));
                return std::nullopt;
            }
            return static_cast<int>(n);
        }
        wrongType(idx, field, "a whole number");
        return std::nullopt;
    }

    std::vector<std::string> idList(int idx, std::string_view field) {
        std::vector<std::string> ids;
        auto add = [&](int at) {
            if (lua_type(m_L, at) == LUA_TSTRING && validId(lua_tostring(m_L, at), true))
                ids.emplace_back(lua_tostring(m_L, at));
            else
                error(tick(field) + " entries must be principle ids such as \"heat.hear\"");
        };
        if (lua_type(m_L, idx) == LUA_TSTRING)
            add(idx);
        else if (lua_type(m_L, idx) == LUA_TTABLE) {
            const auto n = static_cast<lua_Integer>(lua_rawlen(m_L, idx));
            for (lua_Integer i = 1; i <= n; ++i) {
                lua_rawgeti(m_L, idx, i);
                add(lua_gettop(m_L));
                lua_pop(m_L, 1);
            }
        } else
            wrongType(idx, field, "a principle id or a list of them");
        return ids;
    }

    std::optional<Value> scalar(int idx, const std::string& what) {
        switch (lua_type(m_L, idx)) {
        case LUA_TBOOLEAN:
            return Value{lua_toboolean(m_L, idx) != 0};
        case LUA_TSTRING:
            return Value{take(idx, what)};
        case LUA_TNUMBER:
            if (lua_isinteger(m_L, idx))
                return Value{static_cast<std::int64_t>(lua_tointeger(m_L, idx))};
            return Value{static_cast<double>(lua_tonumber(m_L, idx))};
        default:
            error(what + " must be true/false, a number or text, not " + friendlyType(m_L, idx));
            return std::nullopt;
        }
    }

    // name = value pairs, sorted by name: Lua's table order differs from run to run.
    std::vector<std::pair<std::string, Value>> assignments(int idx, std::string_view field) {
        std::vector<std::pair<std::string, Value>> out;
        if (lua_type(m_L, idx) != LUA_TTABLE) {
            wrongType(idx, field, "a table of name = value");
            return out;
        }
        lua_pushnil(m_L);
        while (lua_next(m_L, idx) != 0) {
            if (lua_type(m_L, -2) != LUA_TSTRING || !validId(lua_tostring(m_L, -2), false)) {
                error(tick(field) + " names must be simple words such as has_receipt");
            } else if (auto v = scalar(lua_gettop(m_L),
                                       tick(std::string(field) + "." + lua_tostring(m_L, -2)))) {
                out.emplace_back(lua_tostring(m_L, -2), *v);
            }
            lua_pop(m_L, 1);
        }
        std::sort(out.begin(), out.end(),
                  [](const auto& a, const auto& b) { return a.first < b.first; });
        return out;
    }

    FunctionRef function(int idx, std::string_view field) {
        if (lua_type(m_L, idx) == LUA_TFUNCTION) return reference(idx);
        wrongType(idx, field, "a function");
        return 0;
    }

    FunctionRef reference(int idx) {
        lua_pushvalue(m_L, idx);
        return luaL_ref(m_L, LUA_REGISTRYINDEX);
    }

    void wrongType(int idx, std::string_view field, std::string_view expected) {
        error(tick(field) + " must be " + std::string(expected) + ", not " +
              friendlyType(m_L, idx));
    }

  private:
    void report(Severity severity, const std::string& message) {
        if (m_out.diagnostics.size() == kMaxDiagnostics)
            m_out.diagnostics.push_back(errorAt({m_out.file, m_line},
                                                "too many problems in this file; the rest are "
                                                "not shown"));
        if (m_out.diagnostics.size() > kMaxDiagnostics) return;
        Diagnostic d = errorAt({m_out.file, m_line}, m_label + ": " + message);
        d.severity = severity;
        m_out.diagnostics.push_back(std::move(d));
    }

    static bool blank(const std::string& s) {
        return std::all_of(s.begin(), s.end(),
                           [](unsigned char c) { return std::isspace(c) != 0; });
    }
    static std::string numberText(lua_Number n) { return toText(Value{static_cast<double>(n)}); }

    // The closest known name, else the one an author from another tool means by this word
    // (`time` for how long a choice takes is `minutes` here); then every field allowed here.
    void unknown(const std::string& name, const Names& known) {
        std::string near = closestMatch(name, known);
        if (near.empty()) near = meant(name, known);
        std::string allowed;
        for (std::string_view field : known)
            allowed += (allowed.empty() ? "" : ", ") + std::string(field);
        error("unknown field `" + name + "`" +
              (near.empty() ? "" : " (did you mean `" + near + "`?)") +
              (allowed.empty() ? "" : "; the fields here are " + allowed));
    }

    // Words other authoring tools and habits use for a field, by what they mean here.
    static std::string meant(const std::string& name, const Names& known) {
        static const std::pair<std::string_view, std::string_view> kMeant[] = {
            {"time", "minutes"},    {"duration", "minutes"}, {"minute", "minutes"},
            {"next", "go"},         {"target", "go"},        {"to", "go"},
            {"feedback", "why"},    {"reason", "why"},       {"explain", "why"},
            {"condition", "when"},  {"if", "when"},          {"requires", "when"},
            {"sets", "set"},        {"state", "set"},        {"credits", "credit"},
            {"breaches", "breach"}, {"text", "customer"},    {"line", "customer"},
            {"says", "customer"},   {"description", "brief"}};
        std::string lower(name);
        for (char& c : lower)
            c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        for (const auto& [word, field] : kMeant)
            if (lower == word && std::find(known.begin(), known.end(), field) != known.end())
                return std::string(field);
        return {};
    }

    lua_State* m_L;
    int m_table;
    Declarations& m_out;
    int m_line;
    std::string m_label;
};

// Binding functions must not let a C++ exception cross Lua frames: turn it into a Lua error,
// raised after the catch block so the exception object is destroyed first.
// Declarations write into the loader's Declarations, which live only while the file's top level
// runs: from a function the story calls during play they would write into freed memory.
template <int (*F)(lua_State*)> int guarded(lua_State* L) {
    if (!Vm::of(L).declaring())
        return luaL_error(L, "scenario, node, choice, ending, expect, principle, policy, "
                             "organisation, unit and point declare content while the file "
                             "loads; they cannot be called from a function during play");
    std::string message;
    try {
        return F(L);
    } catch (const std::exception& e) {
        message = e.what();
    }
    return luaL_error(L, "%s", message.c_str());
}

// The quoted words in the source lines of the function at idx: `return "refunded"` shows where
// a computed go may lead without running it.

// `word "id" { ... }`: the first call takes the id and returns a function that takes the table
// and hands it to Read. Calls `Read` on the table of a `word "id" { ... }` declaration's second
// call. Upvalues: (declarations, id, line).
template <void (*Read)(lua_State*, Declarations&, const std::string&, int)>
inline int finishDeclaration(lua_State* L) {
    Declarations& out = declarationsOf(L);
    const std::string id = lua_tostring(L, lua_upvalueindex(2));
    const int line = static_cast<int>(lua_tointeger(L, lua_upvalueindex(3)));
    out.unfinishedNodes.erase(line);
    if (lua_type(L, 1) != LUA_TTABLE)
        return luaL_error(L, "\"%s\" needs a table: name \"%s\" { ... }", id.c_str(), id.c_str());
    Read(L, out, id, line);
    return 0;
}

template <void (*Read)(lua_State*, Declarations&, const std::string&, int)>
inline int declareNamed(lua_State* L) {
    Declarations& out = declarationsOf(L);
    if (lua_type(L, 1) != LUA_TSTRING)
        return luaL_error(L, "this declaration needs an id first: name \"id\" { ... }");
    const std::string id = lua_tostring(L, 1);
    if (!validId(id, true))
        return luaL_error(L, "id \"%s\" must be letters, digits, '.', '-' or '_'", id.c_str());
    const int line = callerLine(L);
    out.unfinishedNodes[line] = id;
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_pushvalue(L, 1);
    lua_pushinteger(L, line);
    lua_pushcclosure(L, guarded<finishDeclaration<Read>>, 3);
    return 1;
}

// Runs `each` over a table's named fields, then reports required ones that were absent.
inline void requireFields(Fields& f, const std::vector<std::string>& seen, const Names& required) {
    for (std::string_view name : required)
        if (std::find(seen.begin(), seen.end(), name) == seen.end())
            f.error("missing required field `" + std::string(name) + "`");
}

} // namespace frontline::script
