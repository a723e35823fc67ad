#include "vm.hpp"

#include <lua.hpp>

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <stdexcept>

namespace frontline::script {

namespace {

constexpr int kHookEvery = 1000;              // VM instructions between budget checks
constexpr int kClockEvery = 16;               // hook calls between wall-clock checks
constexpr lua_Integer kMaxRepBytes = 1 << 20; // string.rep result cap

// Base functions a scenario may use. Everything else (load, dofile, require, collectgarbage,
// io, os, debug, package, coroutine ...) is simply absent from the environment.
constexpr const char* kBaseAllowed[] = {
    "assert", "error",  "getmetatable", "ipairs", "next",     "pairs",    "pcall", "rawequal",
    "rawget", "rawlen", "rawset",       "select", "tonumber", "tostring", "type",  "_VERSION",
};
// Removed from the real libraries too, because strings reach `string` through their metatable.
constexpr const char* kStringRemoved[] = {"dump", "match",  "gmatch",  "gsub",
                                          "pack", "unpack", "packsize"};
constexpr const char* kGlobalsRemoved[] = {"dofile", "loadfile", "load",   "collectgarbage",
                                           "print",  "warn",     "require"};

std::string chunkNameFor(const std::string& file) {
    std::string base = std::filesystem::path(file).filename().string();
    if (base.empty() || base.size() > 48) base = "scenario.lua"; // Lua would abbreviate it
    return base;
}

int safeSetmetatable(lua_State* L) {
    luaL_checktype(L, 1, LUA_TTABLE);
    const int t = lua_type(L, 2);
    luaL_argexpected(L, t == LUA_TNIL || t == LUA_TTABLE, 2, "nil or table");
    if (t == LUA_TTABLE) {
        lua_pushliteral(L, "__gc");
        if (lua_rawget(L, 2) != LUA_TNIL)
            return luaL_error(L, "setmetatable: __gc finalisers are not allowed in scenarios");
        lua_pop(L, 1);
    }
    if (luaL_getmetafield(L, 1, "__metatable") != LUA_TNIL)
        return luaL_error(L, "cannot change a protected metatable");
    lua_settop(L, 2);
    lua_setmetatable(L, 1);
    return 1;
}

// string.rep with a cap: a huge count runs inside C where no instruction budget reaches.
int cappedRep(lua_State* L) {
    size_t len = 0, sepLen = 0;
    luaL_checklstring(L, 1, &len);
    const lua_Integer n = luaL_checkinteger(L, 2);
    luaL_optlstring(L, 3, "", &sepLen);
    const lua_Integer perCopy = static_cast<lua_Integer>(len + sepLen);
    if (n <= 0 || perCopy == 0) { // Lua would loop n times copying nothing
        lua_pushliteral(L, "");
        return 1;
    }
    {
        if (n > kMaxRepBytes / perCopy)
            return luaL_error(L, "string.rep: result too large (the limit is %d bytes)",
                              static_cast<int>(kMaxRepBytes));
    }
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_insert(L, 1);
    lua_call(L, lua_gettop(L) - 1, 1);
    return 1;
}

// string.find without patterns: one pattern call can run for minutes inside C.
int plainFind(lua_State* L) {
    luaL_checkstring(L, 1);
    luaL_checkstring(L, 2);
    const lua_Integer init = luaL_optinteger(L, 3, 1);
    lua_settop(L, 2);
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_insert(L, 1);
    lua_pushinteger(L, init);
    lua_pushboolean(L, 1);
    lua_call(L, 4, LUA_MULTRET);
    return lua_gettop(L);
}

} // namespace

// Same argument rules as Lua's own math.random.
int Vm::seededRandom(lua_State* L) {
    Rng& rng = Vm::of(L).random();
    lua_Integer low = 1, high = 0;
    switch (lua_gettop(L)) {
    case 0:
        lua_pushnumber(L, rng.unit());
        return 1;
    case 1:
        high = luaL_checkinteger(L, 1);
        break;
    case 2:
        low = luaL_checkinteger(L, 1);
        high = luaL_checkinteger(L, 2);
        break;
    default:
        return luaL_error(L, "wrong number of arguments to 'random'");
    }
    luaL_argcheck(L, low <= high, lua_gettop(L), "interval is empty");
    lua_pushinteger(L, rng.between(low, high));
    return 1;
}

namespace {

// xpcall whose message handler runs after the stack unwinds. Lua calls a handler for an error
// raised inside a hook with hooks switched off, so a handler that loops would escape the budget;
// without the debug library a handler learns nothing more at the error point anyway.
int deferredXpcall(lua_State* L) {
    const int n = lua_gettop(L);
    luaL_checktype(L, 2, LUA_TFUNCTION);
    lua_pushvalue(L, 1);
    for (int i = 3; i <= n; ++i)
        lua_pushvalue(L, i);
    if (lua_pcall(L, n - 2, LUA_MULTRET, 0) == LUA_OK) {
        lua_pushboolean(L, 1);
        lua_insert(L, n + 1);
        return lua_gettop(L) - n;
    }
    lua_pushvalue(L, 2);
    lua_insert(L, -2);
    lua_call(L, 1, 1);
    lua_pushboolean(L, 0);
    lua_insert(L, -2);
    return 2;
}

int capturedPrint(lua_State* L) {
    (void)L; // output from scenarios is not shown anywhere yet; accepting it keeps scripts working
    return 0;
}

void removeFields(lua_State* L, int table, const char* const* names, std::size_t count) {
    table = lua_absindex(L, table);
    for (std::size_t i = 0; i < count; ++i) {
        lua_pushnil(L);
        lua_setfield(L, table, names[i]);
    }
}

void replaceWithWrapper(lua_State* L, int table, const char* name, lua_CFunction wrapper) {
    table = lua_absindex(L, table);
    lua_getfield(L, table, name);
    lua_pushcclosure(L, wrapper, 1);
    lua_setfield(L, table, name);
}

bool startsWithPosition(std::string_view message, std::string_view chunk) {
    return message.size() > chunk.size() + 1 && message.substr(0, chunk.size()) == chunk &&
           message[chunk.size()] == ':' &&
           std::isdigit(static_cast<unsigned char>(message[chunk.size() + 1]));
}

} // namespace

Vm::Vm(std::string file, Limits limits)
    : m_file(std::move(file)), m_chunkName(chunkNameFor(m_file)), m_limits(limits) {
    m_L = lua_newstate(&Vm::allocate, this);
    if (m_L == nullptr) throw std::runtime_error("cannot create a Lua state");
    *static_cast<Vm**>(lua_getextraspace(m_L)) = this;
    installLibraries();
    buildEnvironment();
    lua_sethook(m_L, &Vm::hook, LUA_MASKCOUNT, kHookEvery);
}

Vm::~Vm() {
    if (m_L != nullptr) lua_close(m_L);
}

Vm& Vm::of(lua_State* L) {
    return **static_cast<Vm**>(lua_getextraspace(L));
}

void* Vm::allocate(void* self, void* block, std::size_t oldSize, std::size_t newSize) {
    Vm& vm = *static_cast<Vm*>(self);
    const std::size_t old = block != nullptr ? oldSize : 0; // for new blocks oldSize is a type tag
    if (newSize == 0) {
        std::free(block);
        vm.m_bytes -= old;
        return nullptr;
    }
    // Growth past the cap is refused; shrinking never is (Lua assumes it cannot fail).
    if (vm.m_refuseGrowth && newSize > old &&
        vm.m_bytes - old + newSize > vm.m_limits.memoryBytes) {
        vm.noteLine(); // Lua saves its position before any allocation that may fail
        return nullptr;
    }
    void* grown = std::realloc(block, newSize);
    if (grown != nullptr) vm.m_bytes = vm.m_bytes - old + newSize;
    return grown;
}

void Vm::hook(lua_State* L, lua_Debug* ar) {
    Vm& vm = of(L);
    if (lua_getinfo(L, "l", ar) != 0 && ar->currentline > 0) vm.m_lastLine = ar->currentline;
    if (!vm.m_tripped) {
        vm.m_ticks += kHookEvery;
        const char* why = nullptr;
        if (vm.m_ticks > vm.m_budget)
            why = "script exceeded its instruction budget";
        else if ((vm.m_ticks / kHookEvery) % kClockEvery == 0 &&
                 std::chrono::steady_clock::now() > vm.m_deadline)
            why = "script ran too long";
        if (why != nullptr) {
            vm.m_tripped = true;
            vm.m_tripMessage = vm.m_chunkName + ":" + std::to_string(std::max(vm.m_lastLine, 1)) +
                               ": " + why + " (stopped after " + std::to_string(vm.m_ticks) +
                               " instructions)";
            // Sticky: raise again at every instruction so pcall inside the script cannot
            // swallow the stop.
            lua_sethook(L, &Vm::hook, LUA_MASKCOUNT, 1);
        }
    }
    if (vm.m_tripped) {
        lua_pushstring(L, vm.m_tripMessage.c_str());
        lua_error(L);
    }
}

void Vm::noteLine() {
    lua_Debug ar;
    for (int level = 0; lua_getstack(m_L, level, &ar) != 0; ++level) {
        if (lua_getinfo(m_L, "l", &ar) != 0 && ar.currentline > 0) {
            m_lastLine = ar.currentline;
            return;
        }
    }
}

std::string Vm::location(lua_State* L) const {
    lua_Debug ar;
    for (int level = 1; lua_getstack(L, level, &ar) != 0; ++level) {
        if (lua_getinfo(L, "l", &ar) != 0 && ar.currentline > 0)
            return m_chunkName + ":" + std::to_string(ar.currentline);
    }
    return m_chunkName + ":" + std::to_string(std::max(m_lastLine, 1));
}

int Vm::messageHandler(lua_State* L) {
    Vm& vm = of(L);
    if (vm.m_tripped) {
        lua_pushstring(L, vm.m_tripMessage.c_str());
        return 1;
    }
    if (lua_type(L, 1) == LUA_TSTRING) {
        size_t len = 0;
        const char* text = lua_tolstring(L, 1, &len);
        if (startsWithPosition({text, len}, vm.m_chunkName)) return 1;
        const std::string located = vm.location(L) + ": " + std::string(text, len);
        lua_pushlstring(L, located.data(), located.size());
        return 1;
    }
    // Never call __tostring here: it is the author's code and could be the attack.
    const std::string located = vm.location(L) + ": error called with a " + luaL_typename(L, 1) +
                                " value instead of a message";
    lua_pushlstring(L, located.data(), located.size());
    return 1;
}

void Vm::installLibraries() {
    luaL_requiref(m_L, LUA_GNAME, luaopen_base, 1);
    luaL_requiref(m_L, LUA_STRLIBNAME, luaopen_string, 1);
    luaL_requiref(m_L, LUA_TABLIBNAME, luaopen_table, 1);
    luaL_requiref(m_L, LUA_MATHLIBNAME, luaopen_math, 1);
    luaL_requiref(m_L, LUA_UTF8LIBNAME, luaopen_utf8, 1);
    const int globals = lua_absindex(m_L, -5);
    const int string = lua_absindex(m_L, -4);
    const int table = lua_absindex(m_L, -3);
    const int math = lua_absindex(m_L, -2);

    removeFields(m_L, globals, kGlobalsRemoved, std::size(kGlobalsRemoved));
    removeFields(m_L, string, kStringRemoved, std::size(kStringRemoved));
    replaceWithWrapper(m_L, string, "rep", cappedRep);
    replaceWithWrapper(m_L, string, "find", plainFind);
    lua_pushnil(m_L);
    lua_setfield(m_L, table, "move"); // copies up to 2^63 slots inside C
    lua_pushcfunction(m_L, &Vm::seededRandom);
    lua_setfield(m_L, math, "random");
    lua_pushnil(m_L);
    lua_setfield(m_L, math, "randomseed");

    // Lock the string metatable so getmetatable("") cannot reach or patch it.
    lua_pushliteral(m_L, "");
    lua_getmetatable(m_L, -1);
    lua_pushboolean(m_L, 0);
    lua_setfield(m_L, -2, "__metatable");
    lua_pop(m_L, 2);
    lua_pop(m_L, 5);
}

void Vm::buildEnvironment() {
    lua_newtable(m_L);
    const int env = lua_gettop(m_L);
    lua_pushglobaltable(m_L);
    for (const char* name : kBaseAllowed) {
        lua_getfield(m_L, -1, name);
        lua_setfield(m_L, env, name);
    }
    for (const char* lib : {LUA_STRLIBNAME, LUA_TABLIBNAME, LUA_MATHLIBNAME, LUA_UTF8LIBNAME}) {
        lua_getfield(m_L, -1, lib);
        lua_setfield(m_L, env, lib);
    }
    lua_pop(m_L, 1);
    lua_pushcfunction(m_L, safeSetmetatable);
    lua_setfield(m_L, env, "setmetatable");
    lua_pushcfunction(m_L, deferredXpcall);
    lua_setfield(m_L, env, "xpcall");
    lua_pushcfunction(m_L, capturedPrint);
    lua_setfield(m_L, env, "print");
    lua_pushvalue(m_L, env);
    lua_setfield(m_L, env, "_G");
    m_environment = luaL_ref(m_L, LUA_REGISTRYINDEX);
}

void Vm::pushEnvironment() {
    lua_rawgeti(m_L, LUA_REGISTRYINDEX, m_environment);
}

LuaFailure Vm::failure(std::string_view message) const {
    if (startsWithPosition(message, m_chunkName)) {
        const std::size_t lineStart = m_chunkName.size() + 1;
        const std::size_t colon = message.find(':', lineStart);
        const int line =
            std::atoi(std::string(message.substr(lineStart, colon - lineStart)).c_str());
        std::string_view rest = colon == std::string_view::npos ? "" : message.substr(colon + 1);
        while (!rest.empty() && rest.front() == ' ')
            rest.remove_prefix(1);
        return {{m_file, line}, std::string(rest)};
    }
    return {{m_file, std::max(m_lastLine, 1)}, std::string(message)};
}

std::optional<LuaFailure> Vm::protectedCall(int nargs, int nresults, std::uint64_t budget) {
    const int base = lua_gettop(m_L) - nargs; // the function's slot
    lua_pushcfunction(m_L, &Vm::messageHandler);
    lua_insert(m_L, base);
    m_ticks = 0;
    m_budget = budget;
    m_tripped = false;
    m_deadline = std::chrono::steady_clock::now() + m_limits.wallClock;
    m_refuseGrowth = true;
    const int status = lua_pcall(m_L, nargs, nresults, base);
    m_refuseGrowth = false;
    m_tripped = false;
    lua_sethook(m_L, &Vm::hook, LUA_MASKCOUNT, kHookEvery);
    if (status == LUA_OK) {
        lua_remove(m_L, base);
        return std::nullopt;
    }
    std::string message;
    if (status == LUA_ERRMEM)
        message = m_chunkName + ":" + std::to_string(std::max(m_lastLine, 1)) +
                  ": script exceeded its memory limit (" +
                  std::to_string(m_limits.memoryBytes >> 20) + " MiB)";
    else if (status == LUA_ERRERR)
        message = m_chunkName + ":" + std::to_string(std::max(m_lastLine, 1)) +
                  ": error inside an error handler";
    else if (const char* text = lua_tostring(m_L, -1))
        message = text;
    else
        message = "unknown error";
    lua_settop(m_L, base - 1);
    return failure(message);
}

std::optional<LuaFailure> Vm::run(std::string_view source) {
    m_lastLine = 0;
    const std::string chunk = "@" + m_chunkName;
    m_refuseGrowth = true; // the parser allocates too
    const int status = luaL_loadbufferx(m_L, source.data(), source.size(), chunk.c_str(), "t");
    m_refuseGrowth = false;
    if (status != LUA_OK) {
        std::string message =
            status == LUA_ERRMEM
                ? m_chunkName + ":1: file is too large to load within the memory limit"
                : std::string(lua_tostring(m_L, -1) ? lua_tostring(m_L, -1) : "cannot load");
        lua_pop(m_L, 1);
        return failure(message);
    }
    pushEnvironment();
    lua_setupvalue(m_L, -2, 1); // the chunk's _ENV
    return protectedCall(0, 0, m_limits.loadInstructions);
}

std::optional<LuaFailure> Vm::call(int nargs, int nresults) {
    return protectedCall(nargs, nresults, m_limits.callInstructions);
}

} // namespace frontline::script
