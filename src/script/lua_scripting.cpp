#include "lua_scripting.hpp"

#include "core/text.hpp"
#include "core/value.hpp"

#include <lua.hpp>

#include <algorithm>
#include <cmath>

namespace frontline::script {

namespace {

void pushValue(lua_State* L, const Value& value) {
    struct Pusher {
        lua_State* L;
        void operator()(bool b) const { lua_pushboolean(L, b); }
        void operator()(std::int64_t i) const { lua_pushinteger(L, static_cast<lua_Integer>(i)); }
        void operator()(double d) const { lua_pushnumber(L, d); }
        void operator()(const std::string& s) const { lua_pushlstring(L, s.data(), s.size()); }
    };
    std::visit(Pusher{L}, value);
}

constexpr std::size_t kMaxResultBytes = 64u << 10; // a text or id a function returns
constexpr std::size_t kMaxStateText = 4u << 10;    // one value kept in s
constexpr int kMaxMood = 1000, kMaxMinutes = 24 * 60;

// Restores the VM's fixed random source however the call ends.
struct RandomScope {
    Vm& vm;
    RandomScope(Vm& v, Rng& rng) : vm(v) { vm.useRandom(&rng); }
    ~RandomScope() { vm.useRandom(nullptr); }
};

// s.name in author code: read through to the values, and note the name while the explorer
// watches. Upvalues: the values table, and the ReadLog (light userdata, may be null).
int readField(lua_State* L) {
    if (auto* log = static_cast<ReadLog*>(lua_touserdata(L, lua_upvalueindex(2))))
        if (lua_type(L, 2) == LUA_TSTRING) log->read(lua_tostring(L, 2));
    lua_pushvalue(L, 2);
    lua_rawget(L, lua_upvalueindex(1));
    return 1;
}

// pairs(s): the whole state is read.
int walkFields(lua_State* L) {
    if (auto* log = static_cast<ReadLog*>(lua_touserdata(L, lua_upvalueindex(2))))
        log->everything = true;
    lua_pushcfunction(L, [](lua_State* L2) -> int {
        lua_settop(L2, 2);
        if (lua_next(L2, 1) != 0) return 2;
        lua_pushnil(L2);
        return 1;
    });
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_pushnil(L);
    return 3;
}

// Pushes the empty table author code sees as `s`, whose metatable reads from and writes to the
// values table at `values` (an absolute index). Every read goes through readField, so what a
// function depends on is known from running it, whatever helpers it calls.
void pushStateProxy(lua_State* L, int values, ReadLog* log) {
    lua_createtable(L, 0, 0);
    lua_createtable(L, 0, 4);
    lua_pushvalue(L, values);
    lua_pushlightuserdata(L, log);
    lua_pushcclosure(L, &readField, 2);
    lua_setfield(L, -2, "__index");
    lua_pushvalue(L, values);
    lua_setfield(L, -2, "__newindex");
    lua_pushvalue(L, values);
    lua_pushlightuserdata(L, log);
    lua_pushcclosure(L, &walkFields, 2);
    lua_setfield(L, -2, "__pairs");
    lua_pushboolean(L, 0);
    lua_setfield(L, -2, "__metatable"); // author code can neither read nor replace it
    lua_setmetatable(L, -2);
}

} // namespace

LuaScripting::LuaScripting(std::shared_ptr<Vm> vm, std::string customerName)
    : m_vm(std::move(vm)), m_customer(std::move(customerName)) {}

// Nested runs (an exploration inside a lint) share the outermost allowance.
void LuaScripting::allow(bool on) {
    if (on && m_allowing++ == 0) m_vm->allow(Allowance{});
    if (!on && m_allowing > 0 && --m_allowing == 0) m_vm->allow(std::nullopt);
}

void LuaScripting::invoke(FunctionRef fn, const State& state, Rng& random) {
    lua_State* L = m_vm->state();
    lua_createtable(L, 0, static_cast<int>(state.vars.size()) + 4);
    for (const auto& [name, value] : state.vars) {
        pushValue(L, value);
        lua_setfield(L, -2, name.c_str());
    }
    lua_pushinteger(L, state.mood);
    lua_setfield(L, -2, "mood");
    lua_pushinteger(L, state.minutes);
    lua_setfield(L, -2, "minutes");
    lua_pushlstring(L, m_customer.data(), m_customer.size());
    lua_setfield(L, -2, "customer");
    lua_pushcfunction(L, &Vm::seededRandom);
    lua_setfield(L, -2, "random");

    const int values = lua_gettop(L);
    lua_rawgeti(L, LUA_REGISTRYINDEX, fn);
    pushStateProxy(L, values, reads());
    RandomScope scope(*m_vm, random);
    if (auto failure = m_vm->call(1, 1)) {
        lua_pop(L, 1); // the state table
        throw ScriptError(failure->where, failure->message);
    }
}

// Text leaving the script: bounded, and valid UTF-8 (the bad bytes replaced, and noted once per
// declaration) so no terminal, export or records file downstream ever meets malformed text.
std::string LuaScripting::take(int idx, std::size_t limit, const SourceRef& at,
                               std::string_view what) {
    std::size_t length = 0;
    const char* text = lua_tolstring(m_vm->state(), idx, &length);
    if (length > limit)
        throw ScriptError(at, std::string(what) + " is " + std::to_string(length) +
                                  " bytes long; the limit is " + std::to_string(limit));
    const std::string_view view(text, length);
    if (!firstInvalidUtf8(view)) return std::string(view);
    const bool seen = std::any_of(m_notices.begin(), m_notices.end(), [&](const Diagnostic& d) {
        return d.where.file == at.file && d.where.line == at.line;
    });
    if (!seen && m_notices.size() < 100)
        m_notices.push_back(warningAt(at, std::string(what) +
                                              " is not valid UTF-8 text; the bad bytes show "
                                              "as U+FFFD"));
    return validUtf8(view);
}

std::string LuaScripting::text(FunctionRef fn, const State& state, const SourceRef& at) {
    Rng scratch = state.rng; // pure: draws do not advance the session
    invoke(fn, state, scratch);
    lua_State* L = m_vm->state();
    const int type = lua_type(L, -1);
    if (type != LUA_TSTRING && type != LUA_TNUMBER) {
        lua_pop(L, 2);
        throw ScriptError(at, std::string("a text function must return text, but it returned ") +
                                  (type == LUA_TNIL ? "nothing" : lua_typename(L, type)));
    }
    std::string out;
    try {
        out = take(-1, kMaxResultBytes, at, "the text a function returned");
    } catch (...) {
        lua_pop(L, 2);
        throw;
    }
    lua_pop(L, 2);
    return out;
}

bool LuaScripting::test(FunctionRef fn, const State& state, const SourceRef& at) {
    (void)at;
    Rng scratch = state.rng;
    invoke(fn, state, scratch);
    lua_State* L = m_vm->state();
    const bool result = lua_toboolean(L, -1) != 0;
    lua_pop(L, 2);
    return result;
}

std::string LuaScripting::target(FunctionRef fn, State& state, const SourceRef& at) {
    invoke(fn, state, state.rng);
    lua_State* L = m_vm->state();
    if (lua_type(L, -1) != LUA_TSTRING) {
        const std::string got = lua_type(L, -1) == LUA_TNIL ? "nothing" : luaL_typename(L, -1);
        lua_pop(L, 2);
        throw ScriptError(at, "a `go` function must return a node id, but it returned " + got);
    }
    std::string node;
    try {
        node = take(-1, kMaxResultBytes, at, "the node id a `go` function returned");
    } catch (...) {
        lua_pop(L, 2);
        throw;
    }
    lua_pop(L, 1);
    readBack(state, at);
    return node;
}

void LuaScripting::effect(FunctionRef fn, State& state, const SourceRef& at) {
    invoke(fn, state, state.rng);
    lua_pop(m_vm->state(), 1);
    readBack(state, at);
}

// Reads the `s` table left on the stack into a copy first, so a bad value changes nothing.
void LuaScripting::readBack(State& state, const SourceRef& at) {
    lua_State* L = m_vm->state();
    State next = state;
    next.vars.clear();
    std::string problem;
    lua_pushnil(L);
    while (lua_next(L, -2) != 0) {
        if (lua_type(L, -2) != LUA_TSTRING) {
            problem = "an effect may only store named values in s (s.name = value)";
        } else {
            const std::string name = lua_tostring(L, -2);
            const int type = lua_type(L, -1);
            if (name == "random" || name == "customer") {
                // host-provided, not kept
            } else if (name == "mood" || name == "minutes") {
                const lua_Number n = lua_tonumber(L, -1);
                const int limit = name == "mood" ? kMaxMood : kMaxMinutes;
                const int low = name == "mood" ? -kMaxMood : 0;
                if (type != LUA_TNUMBER || n != std::floor(n))
                    problem = "s." + name + " must stay a whole number";
                else if (n < low || n > limit)
                    problem = "s." + name + " must stay between " + std::to_string(low) + " and " +
                              std::to_string(limit) + ", not " +
                              toText(Value{static_cast<double>(n)});
                else
                    (name == "mood" ? next.mood : next.minutes) = static_cast<int>(n);
            } else if (type == LUA_TBOOLEAN)
                next.vars[name] = lua_toboolean(L, -1) != 0;
            else if (type == LUA_TSTRING && lua_rawlen(L, -1) > kMaxStateText)
                problem = "s." + name + " holds " + std::to_string(lua_rawlen(L, -1)) +
                          " bytes of text; a value kept in s may be at most " +
                          std::to_string(kMaxStateText);
            else if (type == LUA_TSTRING)
                next.vars[name] = take(-1, kMaxStateText, at, "s." + name);
            else if (type == LUA_TNUMBER && lua_isinteger(L, -1))
                next.vars[name] = static_cast<std::int64_t>(lua_tointeger(L, -1));
            else if (type == LUA_TNUMBER)
                next.vars[name] = static_cast<double>(lua_tonumber(L, -1));
            else
                problem = "s." + name + " holds " + luaL_typename(L, -1) +
                          "; only true/false, numbers and text can be kept";
        }
        lua_pop(L, 1);
    }
    lua_pop(L, 1);
    if (!problem.empty()) throw ScriptError(at, problem);
    state = std::move(next);
}

} // namespace frontline::script
