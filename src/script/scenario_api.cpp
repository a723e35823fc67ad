#include "scenario_api.hpp"

#include "api_fields.hpp"
#include "core/text.hpp"
#include "fields.hpp"

#include <lua.hpp>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <functional>
#include <optional>
#include <set>

namespace frontline::script {

namespace {

const char kChoiceTag = 0; // its address marks tables made by choice {...}

// Offset where 1-based `line` starts, or the end of the text, from an index of the file's lines
// built once: walking from line 1 for every function made 20,000 choices after a long comment
// take seconds.
std::size_t lineStart(Declarations& d, int line) {
    if (d.lineStarts.empty()) {
        d.lineStarts.push_back(0);
        for (std::size_t i = 0; i < d.source.size(); ++i)
            if (d.source[i] == '\n') d.lineStarts.push_back(i + 1);
    }
    if (line <= 1) return 0;
    const auto index = static_cast<std::size_t>(line - 1);
    return index < d.lineStarts.size() ? d.lineStarts[index] : d.source.size();
}

// Scanning a function's source is work done inside C on the script's behalf: charged for.
std::string_view linesOf(lua_State* L, Declarations& d, int first, int last) {
    const std::size_t begin = lineStart(d, first);
    const std::size_t end = std::max(begin, lineStart(d, last + 1));
    Vm::charge(L, (end - begin) / 8);
    return d.source.substr(begin, end - begin);
}

// Whether the text before `at` ends with the keyword `return` (then spaces or a bracket).
bool afterReturn(std::string_view body, std::size_t at) {
    const std::size_t end = body.find_last_not_of(" \t(", at == 0 ? 0 : at - 1);
    if (end == std::string_view::npos || end + 1 < 6) return false;
    const std::size_t begin = end + 1 - 6;
    const bool wordStart =
        begin == 0 ||
        !(std::isalnum(static_cast<unsigned char>(body[begin - 1])) || body[begin - 1] == '_');
    return wordStart && body.substr(begin, 6) == "return";
}

// Whether the text at `at` goes on the expression (`"no" .. "where"`, `("x"):upper()`): then the
// quoted word before it is not what is returned.
bool joinedAfter(std::string_view body, std::size_t at) {
    const std::size_t next = body.find_first_not_of(" \t", at);
    return next != std::string_view::npos &&
           (body.substr(next, 2) == ".." || body[next] == ':' || body[next] == '[');
}

// The quoted words on a function's lines; those it returns as they are (`return "refunded"`)
// also in `returned`, as they are surely meant as ids.
std::vector<std::string> quotedWords(lua_State* L, int idx, Declarations& d,
                                     std::vector<std::string>* returned = nullptr) {
    lua_Debug ar;
    lua_pushvalue(L, idx);
    if (lua_getinfo(L, ">S", &ar) == 0 || ar.linedefined <= 0) return {};
    std::string_view body = linesOf(L, d, ar.linedefined, ar.lastlinedefined);
    // On a one-line choice, skip the words before the function itself ("Go", why = ...).
    const std::string_view firstLine = linesOf(L, d, ar.linedefined, ar.linedefined);
    for (std::size_t go = firstLine.find("go"); go != std::string_view::npos;
         go = firstLine.find("go", go + 2)) {
        const std::size_t fn = firstLine.find_first_not_of(" \t=", go + 2);
        if (fn != std::string_view::npos && firstLine.substr(fn, 8) == "function" &&
            firstLine.find('=', go + 2) < fn) {
            body.remove_prefix(std::min(fn, body.size()));
            break;
        }
    }
    std::vector<std::string> words;
    for (std::size_t i = 0; i < body.size(); ++i) {
        const char quote = body[i];
        if (quote != '"' && quote != '\'') continue;
        const std::size_t close = body.find(quote, i + 1);
        if (close == std::string_view::npos) break;
        const std::string_view word = body.substr(i + 1, close - i - 1);
        if (validId(word, true)) words.emplace_back(word);
        if (returned != nullptr && validId(word, true) && afterReturn(body, i) &&
            !joinedAfter(body, close + 1))
            returned->emplace_back(word);
        i = close;
    }
    return words;
}

// Every identifier in the source lines of the function at idx (over-inclusive on purpose).
void collectWords(lua_State* L, int idx, Declarations& d, std::set<std::string>& into) {
    lua_Debug ar;
    lua_pushvalue(L, idx);
    if (lua_getinfo(L, ">S", &ar) == 0 || ar.linedefined <= 0) {
        into.insert("mood"); // unknown body: assume it reads everything that matters most
        return;
    }
    const std::string_view body = linesOf(L, d, ar.linedefined, ar.lastlinedefined);
    for (std::size_t i = 0; i < body.size();) {
        const auto c = static_cast<unsigned char>(body[i]);
        if (std::isalpha(c) || c == '_') {
            std::size_t j = i;
            while (j < body.size() &&
                   (std::isalnum(static_cast<unsigned char>(body[j])) || body[j] == '_'))
                ++j;
            into.emplace(body.substr(i, j - i));
            i = j;
        } else
            ++i;
    }
}

int declareScenario(lua_State* L) {
    Declarations& out = declarationsOf(L);
    const int line = callerLine(L);
    if (lua_type(L, 1) != LUA_TTABLE)
        return luaL_error(
            L, "scenario needs a table: scenario { id = \"...\", title = \"...\", ... }");
    Fields f(L, 1, out, line, "scenario");
    if (out.declared) {
        f.error("this file already declares a scenario at line " +
                std::to_string(out.scenario.where.line) + "; put each scenario in its own file");
        return 0;
    }
    Scenario& s = out.scenario;
    out.declared = true;
    s.where = {out.file, line};
    std::set<std::string> seen;
    f.each(fields::scenario, [&](std::string_view name, int v) {
        seen.emplace(name);
        if (name == "id") {
            if (auto id = f.string(v, name, true)) {
                s.id = *id;
                if (!validId(s.id, true) ||
                    std::any_of(s.id.begin(), s.id.end(),
                                [](unsigned char c) { return std::isupper(c); }))
                    f.error("`id` must be lowercase letters, digits, '.', '-' or '_', such as "
                            "\"brightmart.faulty-kettle\"");
            }
        } else if (name == "title")
            s.title = f.string(v, name, true).value_or("");
        else if (name == "brief")
            s.brief = f.string(v, name, true).value_or("");
        else if (name == "organisation")
            s.organisation = f.string(v, name).value_or("");
        else if (name == "role")
            s.role = f.string(v, name).value_or("");
        else if (name == "start")
            s.start = f.string(v, name, true).value_or("");
        else if (name == "guessing") {
            // Lowering the bar only: lint's guessing check may be stricter, never laxer.
            const std::string bar = f.string(v, name).value_or("Merit");
            if (bar == "Merit" || bar == "Pass" || bar == "Refer")
                s.guessing = bar;
            else if (bar == "Distinction")
                f.error("`guessing` cannot be \"Distinction\": guessing must never earn the top "
                        "grade; write \"Merit\" (the default), \"Pass\" or \"Refer\"");
            else
                f.error("`guessing` must be \"Merit\" (the default), \"Pass\" or \"Refer\", not "
                        "\"" +
                        bar + "\"");
        } else if (name == "practice_only")
            s.practiceOnly = f.boolean(v, name).value_or(false);
        else if (name == "level")
            s.level = f.integer(v, name, 1, 5).value_or(s.level);
        else if (name == "minutes")
            s.minutes = f.integer(v, name, 0, 600).value_or(0);
        else if (name == "topics") {
            if (lua_type(L, v) != LUA_TTABLE)
                f.wrongType(v, name, "a list of text");
            else
                for (lua_Integer i = 1, n = static_cast<lua_Integer>(lua_rawlen(L, v)); i <= n;
                     ++i) {
                    lua_rawgeti(L, v, i);
                    if (auto t = f.string(lua_gettop(L), "topics entry")) s.topics.push_back(*t);
                    lua_pop(L, 1);
                }
        } else if (name == "state") {
            for (auto& [k, value] : f.assignments(v, name))
                s.initial[k] = value;
        } else if (name == "customer") {
            if (lua_type(L, v) != LUA_TTABLE) {
                f.wrongType(v, name, "a table such as { name = \"Joan Patel\", mood = 35 }");
                return;
            }
            Fields c(L, v, out, line, "scenario customer");
            bool named = false;
            c.each(fields::customer, [&](std::string_view field, int cv) {
                if (field == "name") {
                    s.customer.name = c.string(cv, field, true).value_or("");
                    named = true;
                } else if (field == "look")
                    s.customer.look = c.string(cv, field).value_or("");
                else if (field == "mood")
                    s.customer.mood = c.integer(cv, field, 0, 100).value_or(50);
            });
            if (!named) c.error("needs a `name`");
        }
    });
    for (const char* required : {"id", "title", "brief", "customer", "start"})
        if (!seen.count(required))
            f.error(std::string("missing required field `") + required + "`");
    return 0;
}

// `when = "..."` (or a rule's `when`): a flag, `not flag`, or a condition in words. The names
// it reads decide what happens next, so the explorer tells situations apart by them.
Condition conditionIn(Fields& f, std::string_view written, std::string_view field,
                      std::set<std::string>& decisive) {
    Condition c;
    std::string_view flag = written;
    const bool negated = flag.substr(0, 4) == "not ";
    if (negated) flag.remove_prefix(4);
    while (!flag.empty() && flag.front() == ' ')
        flag.remove_prefix(1);
    if (validId(flag, false) && flag != "not" && flag != "true" && flag != "false") {
        c.flag = std::string(flag); // the form `when` always had
        c.negated = negated;
        decisive.insert(c.flag);
        return c;
    }
    WordCondition::Parsed parsed = WordCondition::parse(written);
    if (!parsed.expression) {
        f.error("`" + std::string(field) + " = \"" + std::string(written) + "\"`: " + parsed.error +
                " (write a flag such as \"verified\", a condition such as \"verified and mood < "
                "30\", or a function)");
        return c;
    }
    for (const std::string& n : parsed.expression->names())
        decisive.insert(n);
    c.expression = std::move(parsed.expression);
    return c;
}

// `go = { { when = "verified", go = "options" }, { when = "mood < 20", go = "walked_out" },
// "describe" }`: the first rule whose condition holds decides; a rule with no `when` (or a bare
// id) always holds, so it belongs last.
std::vector<GoRule> goRules(lua_State* L, int table, Declarations& out, int line) {
    std::vector<GoRule> rules;
    Fields f(L, table, out, line, "go");
    // `go = { when = "x", go = "y" }`, the rule's own braces forgotten, is the likely slip.
    f.each({}, [](std::string_view, int) {}, {"when", "go"},
           "a rule's own braces: go = { { when = \"verified\", go = \"options\" }, "
           "\"describe\" }");
    const auto n = static_cast<lua_Integer>(f.arrayLength());
    if (n == 0)
        f.error("a `go` table needs rules: go = { { when = \"verified\", go = \"options\" }, "
                "\"describe\" }");
    for (lua_Integer i = 1; i <= n && i <= 64; ++i) {
        lua_rawgeti(L, table, i);
        const int at = lua_gettop(L);
        GoRule rule;
        if (lua_type(L, at) == LUA_TSTRING)
            rule.go = f.string(at, "go", true).value_or("");
        else if (lua_type(L, at) == LUA_TTABLE) {
            Fields r(L, at, out, line, "a `go` rule");
            r.each({"when", "go"}, [&](std::string_view name, int v) {
                if (name == "go")
                    rule.go = r.string(v, "go", true).value_or("");
                else if (auto written = r.string(v, "when", true)) {
                    const Condition c = conditionIn(r, *written, "when", out.scenario.decisive);
                    if (c.expression)
                        rule.when = c.expression;
                    else if (!c.flag.empty())
                        rule.when =
                            WordCondition::parse((c.negated ? "not " : "") + c.flag).expression;
                }
            });
            if (rule.go.empty()) r.error("each rule needs `go`, the node or ending it leads to");
        } else
            f.error("each rule of a `go` table is { when = \"...\", go = \"...\" } or a node id");
        lua_settop(L, at - 1);
        rules.push_back(std::move(rule));
    }
    if (n > 64) f.error("a `go` table may have at most 64 rules");
    return rules;
}

int declareChoice(lua_State* L) {
    Declarations& out = declarationsOf(L);
    const int line = callerLine(L);
    if (lua_type(L, 1) != LUA_TTABLE)
        return luaL_error(
            L, "choice needs a table: choice { \"What the learner says\", go = \"next\" }");
    Fields f(L, 1, out, line, "choice");
    Declarations::PendingChoice pending;
    Choice& c = pending.choice;
    c.where = {out.file, line};
    bool hasGo = false;
    f.each(fields::choice, [&](std::string_view name, int v) {
        if (name == "go") {
            hasGo = true;
            if (lua_type(L, v) == LUA_TFUNCTION) {
                c.goFunction = f.reference(v);
                c.goHints = quotedWords(L, v, out, &c.goReturns);
                collectWords(L, v, out, out.scenario.decisive);
            } else if (lua_type(L, v) == LUA_TTABLE)
                c.goRules = goRules(L, v, out, line);
            else
                c.go = f.string(v, "go", true).value_or("");
        } else if (name == "when") {
            if (lua_type(L, v) == LUA_TFUNCTION) {
                c.when.function = f.reference(v);
                collectWords(L, v, out, out.scenario.decisive);
            } else if (auto written = f.string(v, "when", true))
                c.when = conditionIn(f, *written, "when", out.scenario.decisive);
        } else if (name == "set")
            c.set = f.assignments(v, "set");
        else if (name == "effect") {
            c.effect = f.function(v, "effect");
            if (c.effect != 0) collectWords(L, v, out, out.scenario.decisive);
        } else if (name == "mood")
            c.mood = f.integer(v, "mood", -100, 100).value_or(0);
        else if (name == "minutes")
            c.minutes = f.integer(v, "minutes", 0, 1440).value_or(1);
        else if (name == "credit")
            c.credit = f.idList(v, "credit");
        else if (name == "breach")
            c.breach = f.idList(v, "breach");
        else if (name == "why")
            c.why = f.text(v, "why").value_or(Text{});
        else if (name == "default")
            c.isDefault = f.boolean(v, "default").value_or(false);
        else if (name == "id") {
            pending.shortId = f.string(v, "id", true).value_or("");
            if (!pending.shortId.empty() && !validId(pending.shortId, false))
                f.error("`id` must be letters, digits, '-' or '_', such as \"listen\"");
        }
    });
    const std::size_t n = f.arrayLength();
    if (n == 0)
        f.error("has no text: put the learner's line first, choice { \"I'm sorry...\", go = ... }");
    else {
        lua_rawgeti(L, 1, 1);
        c.line = f.text(lua_gettop(L), "text").value_or(Text{});
        lua_pop(L, 1);
        if (n > 1)
            f.error("has " + std::to_string(n) +
                    " unnamed entries; only the learner's line comes "
                    "without a name (write the rest as go = ..., mood = ...)");
    }
    if (!hasGo) f.error("has no `go`: say which node comes next, go = \"node-id\"");

    out.choices.push_back(std::move(pending));
    lua_createtable(L, 0, 1);
    lua_pushinteger(L, static_cast<lua_Integer>(out.choices.size() - 1));
    lua_rawsetp(L, -2, &kChoiceTag);
    return 1;
}

// The second half of `node "id" { ... }`: upvalues are (declarations, id, line, isEnding).
int finishNode(lua_State* L) {
    Declarations& out = declarationsOf(L);
    const std::string id = lua_tostring(L, lua_upvalueindex(2));
    const int line = static_cast<int>(lua_tointeger(L, lua_upvalueindex(3)));
    const bool ending = lua_toboolean(L, lua_upvalueindex(4)) != 0;
    const char* kind = ending ? "ending" : "node";
    out.unfinishedNodes.erase(line);
    if (lua_type(L, 1) != LUA_TTABLE)
        return luaL_error(L, "%s \"%s\" needs a table: %s \"%s\" { ... }", kind, id.c_str(), kind,
                          id.c_str());

    Fields f(L, 1, out, line, std::string(kind) + " '" + id + "'");
    Node node;
    node.id = id;
    node.isEnding = ending;
    node.where = {out.file, line};
    bool hasKind = false;
    f.each(
        ending ? fields::ending : fields::node,
        [&](std::string_view name, int v) {
            if (name == "customer")
                node.customer = f.text(v, name).value_or(Text{});
            else if (name == "narration")
                node.narration = f.text(v, name).value_or(Text{});
            else if (name == "summary")
                node.summary = f.text(v, name).value_or(Text{});
            else if (name == "credit")
                node.credit = f.idList(v, name);
            else if (name == "breach")
                node.breach = f.idList(v, name);
            else if (name == "cap")
                node.cap = f.cap(v, name);
            else if (name == "kind") {
                hasKind = true;
                if (auto k = f.string(v, name)) {
                    if (auto parsed = endingKindFrom(*k))
                        node.endingKind = *parsed;
                    else
                        f.error("`kind` must be \"resolved\", \"escalated\", \"unresolved\" or "
                                "\"lost\", not \"" +
                                *k + "\"");
                }
            }
        },
        fields::choice,
        ending ? "a choice { ... } (an ending has no choices)"
               : "a choice { ... }, not on the node");
    if (ending && !hasKind)
        f.error("needs a `kind`: \"resolved\", \"escalated\", \"unresolved\" or \"lost\"");

    const auto n = static_cast<lua_Integer>(f.arrayLength());
    for (lua_Integer i = 1; i <= n; ++i) {
        lua_rawgeti(L, 1, i);
        lua_Integer index = -1;
        if (lua_type(L, -1) == LUA_TTABLE && lua_rawgetp(L, -1, &kChoiceTag) == LUA_TNUMBER) {
            index = lua_tointeger(L, -1);
            lua_pop(L, 1);
        }
        lua_pop(L, 1);
        if (index < 0 || index >= static_cast<lua_Integer>(out.choices.size())) {
            f.error("entry " + std::to_string(i) + " is not a choice { ... }");
            continue;
        }
        auto& pending = out.choices[static_cast<std::size_t>(index)];
        if (pending.consumed) {
            f.error("entry " + std::to_string(i) + " is a choice already used by another node");
            continue;
        }
        pending.consumed = true;
        if (ending) {
            f.error("an ending has no choices; the story stops here");
            continue;
        }
        Choice choice = pending.choice;
        choice.id = id + "." + (pending.shortId.empty() ? std::to_string(i) : pending.shortId);
        node.choices.push_back(std::move(choice));
    }
    out.scenario.nodes.push_back(std::move(node));
    return 0;
}

template <bool Ending> int declareNode(lua_State* L) {
    Declarations& out = declarationsOf(L);
    const char* kind = Ending ? "ending" : "node";
    if (lua_type(L, 1) != LUA_TSTRING)
        return luaL_error(L, "%s needs an id first: %s \"id\" { ... }", kind, kind);
    const std::string id = lua_tostring(L, 1);
    if (!validId(id, true))
        return luaL_error(L, "%s id \"%s\" must be letters, digits, '.', '-' or '_'", kind,
                          id.c_str());
    const int line = callerLine(L);
    out.unfinishedNodes[line] = id;
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_pushvalue(L, 1);
    lua_pushinteger(L, line);
    lua_pushboolean(L, Ending);
    lua_pushcclosure(L, guarded<finishNode>, 4);
    if (lua_type(L, 2) == LUA_TTABLE) { // node("id", { ... }) works too
        lua_pushvalue(L, 2);
        lua_call(L, 1, 0);
        return 0;
    }
    return 1;
}

int declareExpectation(lua_State* L) {
    Declarations& out = declarationsOf(L);
    const int line = callerLine(L);
    if (lua_type(L, 1) != LUA_TTABLE)
        return luaL_error(L, "expect needs a table: expect { best_grade = \"Distinction\" }");
    Fields f(L, 1, out, line, "expect");
    using Kind = Expectation::Kind;
    std::vector<Expectation> found;
    std::string grade;
    f.each(fields::expect, [&](std::string_view name, int v) {
        const std::string value = f.string(v, name, true).value_or("");
        if (name == "grade")
            grade = value;
        else if (name == "best_grade")
            found.push_back({Kind::BestGrade, value, {}, {out.file, line}});
        else if (name == "best_ending")
            found.push_back({Kind::BestEnding, value, {}, {out.file, line}});
        else if (name == "worst_grade")
            found.push_back({Kind::WorstGrade, value, {}, {out.file, line}});
        else if (name == "reachable")
            found.push_back({Kind::Reachable, value, {}, {out.file, line}});
        else if (name == "breaching")
            found.push_back({Kind::Breaching, value, {}, {out.file, line}});
    });
    if (found.size() != 1) {
        f.error("give exactly one of best_grade, best_ending, worst_grade, reachable, breaching");
        return 0;
    }
    Expectation& e = found.front();
    if (e.kind == Kind::Breaching) {
        if (grade.empty())
            f.error("`breaching` needs the `grade` every such path gets, e.g. grade = \"Refer\"");
        e.grade = grade;
    } else if (!grade.empty())
        f.error("`grade` only goes with `breaching`");
    for (const std::string& g :
         {e.kind == Kind::BestGrade || e.kind == Kind::WorstGrade ? e.value : std::string(),
          e.grade})
        if (!g.empty() && g != "Distinction" && g != "Merit" && g != "Pass" && g != "Refer")
            f.error("grades are \"Distinction\", \"Merit\", \"Pass\" or \"Refer\", not \"" + g +
                    "\"");
    out.scenario.expectations.push_back(std::move(e));
    return 0;
}

} // namespace

void installScenarioApi(Vm& vm, Declarations& into) {
    lua_State* L = vm.state();
    into.file = vm.file();
    vm.pushEnvironment();
    const luaL_Reg api[] = {
        {"scenario", guarded<declareScenario>},  {"node", guarded<declareNode<false>>},
        {"ending", guarded<declareNode<true>>},  {"choice", guarded<declareChoice>},
        {"expect", guarded<declareExpectation>}, {nullptr, nullptr},
    };
    lua_pushlightuserdata(L, &into);
    luaL_setfuncs(L, api, 1);
    lua_pop(L, 1);
}

void finishDeclarations(Declarations& d, const std::string& file, bool complete) {
    d.scenario.reindex();
    if (!complete) return;
    for (const auto& [line, id] : d.unfinishedNodes)
        d.diagnostics.push_back(
            errorAt({file, line}, "'" + id + "' is declared without its table: write " + "name \"" +
                                      id + "\" { ... }"));
    for (const auto& pending : d.choices)
        if (!pending.consumed)
            d.diagnostics.push_back(
                errorAt(pending.choice.where,
                        "this choice is not inside a node: put it in node \"id\" { ... }"));
}

} // namespace frontline::script
