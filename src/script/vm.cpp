#include "vm.hpp"

#include "core/text.hpp"

#include <lua.hpp>

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <stdexcept>
#include <vector>

namespace frontline::script {

namespace {

constexpr int kHookEvery = 1000;              // VM instructions between budget and clock checks
constexpr lua_Integer kMaxRepBytes = 1 << 20; // string.rep result cap
// Allocation is where copying work shows (a concatenation in a loop runs few instructions but
// moves megabytes): the clock is read again after this many bytes are asked for.
constexpr std::size_t kClockEveryBytes = 1u << 20;
// Library work in C, in instruction units: a byte of text costs 1/8, a table slot moved 2.
constexpr std::uint64_t kBytesPerUnit = 8;
constexpr std::uint64_t kUnitsPerSlot = 2;
constexpr const char* kAllowanceSpent =
    "the scenario's functions together used up the budget for one run over it";
const char kSnapshotTag = 0; // its address marks a metatable copied by setmetatable

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

// A table's metatable may be replaced unless it is protected: by a `__metatable` field the author
// gave it, or because the host made it (the state table, strings).
bool protectedMetatable(lua_State* L, int table) {
    if (lua_getmetatable(L, table) == 0) return false;
    bool isProtected = false;
    if (lua_rawgetp(L, -1, &kSnapshotTag) != LUA_TNIL) {
        isProtected = lua_toboolean(L, -1) != 0;
    } else {
        lua_pushliteral(L, "__metatable");
        isProtected = lua_rawget(L, -3) != LUA_TNIL;
        lua_pop(L, 1);
    }
    lua_pop(L, 2);
    return isProtected;
}

// setmetatable installs a copy of the author's metatable, checked once: no `__gc` finaliser, and
// a `__call` that is a function. A `__call` that is a table (itself, say) makes Lua look for a
// function inside C, shifting the arguments up by one each time: minutes with no instruction
// counted. Changing the author's table afterwards changes nothing; getmetatable still returns it.
int safeSetmetatable(lua_State* L) {
    luaL_checktype(L, 1, LUA_TTABLE);
    const int t = lua_type(L, 2);
    luaL_argexpected(L, t == LUA_TNIL || t == LUA_TTABLE, 2, "nil or table");
    if (protectedMetatable(L, 1)) return luaL_error(L, "cannot change a protected metatable");
    lua_settop(L, 2);
    if (t == LUA_TNIL) {
        lua_setmetatable(L, 1);
        return 1;
    }
    lua_createtable(L, 0, 4);
    const int copy = lua_gettop(L);
    lua_pushnil(L);
    while (lua_next(L, 2) != 0) {
        Vm::charge(L, kUnitsPerSlot);
        lua_pushvalue(L, -2);
        lua_insert(L, -2);
        lua_rawset(L, copy);
    }
    lua_pushliteral(L, "__gc");
    if (lua_rawget(L, copy) != LUA_TNIL)
        return luaL_error(L, "setmetatable: __gc finalisers are not allowed in scenarios");
    lua_pushliteral(L, "__call");
    const int call = lua_rawget(L, copy);
    if (call != LUA_TNIL && call != LUA_TFUNCTION)
        return luaL_error(L, "setmetatable: __call must be a function, not a %s",
                          lua_typename(L, call));
    lua_pushliteral(L, "__metatable");
    const bool authorProtected = lua_rawget(L, copy) != LUA_TNIL;
    lua_settop(L, copy);
    lua_pushboolean(L, authorProtected);
    lua_rawsetp(L, copy, &kSnapshotTag);
    if (!authorProtected) { // getmetatable answers with the author's own table
        lua_pushvalue(L, 2);
        lua_setfield(L, copy, "__metatable");
    }
    lua_setmetatable(L, 1);
    lua_settop(L, 1);
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
    if (n > kMaxRepBytes / perCopy)
        return luaL_error(L, "string.rep: result too large (the limit is %d bytes)",
                          static_cast<int>(kMaxRepBytes));
    Vm::charge(L, static_cast<std::uint64_t>(n * perCopy) / kBytesPerUnit);
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_insert(L, 1);
    lua_call(L, lua_gettop(L) - 1, 1);
    return 1;
}

// string.find without patterns (one pattern call can run for minutes inside C), and in linear
// time: Lua's own plain search compares the needle at every position, so a 512 KiB needle in a
// 1 MiB text took seconds. glibc's memmem (the Two-Way algorithm) is linear.
int plainFind(lua_State* L) {
    std::size_t length = 0, needleLength = 0;
    const char* text = luaL_checklstring(L, 1, &length);
    const char* needle = luaL_checklstring(L, 2, &needleLength);
    lua_Integer init = luaL_optinteger(L, 3, 1);
    const auto size = static_cast<lua_Integer>(length);
    if (init == 0 || init < -size) // the same positions as Lua's string.find
        init = 1;
    else if (init < 0)
        init = size + init + 1;
    if (init > size + 1) {
        luaL_pushfail(L);
        return 1;
    }
    const std::size_t from = static_cast<std::size_t>(init - 1);
    const void* found =
        needleLength == 0 ? text + from : memmem(text + from, length - from, needle, needleLength);
    if (found == nullptr) {
        luaL_pushfail(L);
        return 1;
    }
    const auto at = static_cast<const char*>(found) - text;
    lua_pushinteger(L, at + 1);
    lua_pushinteger(L, at + static_cast<lua_Integer>(needleLength));
    return 2;
}

// Calls the wrapped function (upvalue 1) with every argument, returning all its results.
int callWrapped(lua_State* L) {
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_insert(L, 1);
    lua_call(L, lua_gettop(L) - 1, LUA_MULTRET);
    return lua_gettop(L);
}

// Text functions work in time proportional to the text they are given: charged for it.
int chargedByBytes(lua_State* L) {
    std::uint64_t units = static_cast<std::uint64_t>(lua_gettop(L));
    for (int i = 1; i <= lua_gettop(L); ++i)
        if (lua_type(L, i) == LUA_TSTRING) units += lua_rawlen(L, i) / kBytesPerUnit;
    Vm::charge(L, units);
    return callWrapped(L);
}

// Slots from..to inclusive, saturating: `__len` can claim any length.
std::uint64_t span(lua_Integer from, lua_Integer to) {
    if (to < from) return 0;
    if (from == LUA_MININTEGER && to == LUA_MAXINTEGER) return UINT64_MAX;
    const auto count = static_cast<std::uint64_t>(to) - static_cast<std::uint64_t>(from) + 1;
    return count == UINT64_MAX ? UINT64_MAX - 1 : count; // room for a + 1
}

std::uint64_t times(std::uint64_t a, std::uint64_t b) {
    return b != 0 && a > UINT64_MAX / b ? UINT64_MAX : a * b;
}

enum class TableWork { Insert, Remove, Concat, Unpack, Sort };

// The table functions loop over as many slots as the length says, inside C: charged per slot
// before the work starts, so a `__len` claiming 2^63 slots is refused at once.
int chargedTableWork(lua_State* L) {
    const auto work = static_cast<TableWork>(lua_tointeger(L, lua_upvalueindex(2)));
    if (lua_type(L, 1) != LUA_TTABLE) return callWrapped(L); // Lua's own message
    const int args = lua_gettop(L);
    std::uint64_t slots = 1;
    switch (work) {
    case TableWork::Insert:
        if (args >= 3) slots = span(luaL_checkinteger(L, 2), luaL_len(L, 1)) + 1;
        break;
    case TableWork::Remove:
        if (args >= 2) slots = span(luaL_checkinteger(L, 2), luaL_len(L, 1));
        break;
    case TableWork::Concat:
    case TableWork::Unpack: {
        const int first = work == TableWork::Concat ? 3 : 2;
        const lua_Integer i = luaL_optinteger(L, first, 1);
        const lua_Integer j =
            lua_isnoneornil(L, first + 1) ? luaL_len(L, 1) : luaL_checkinteger(L, first + 1);
        slots = span(i, j);
        break;
    }
    case TableWork::Sort: {
        const lua_Integer n = luaL_len(L, 1);
        std::uint64_t log = 1;
        while (n > 0 && (std::uint64_t{1} << log) < static_cast<std::uint64_t>(n) && log < 63)
            ++log;
        slots = times(span(1, n), log);
        break;
    }
    }
    lua_settop(L, args); // drop what luaL_len left
    Vm::charge(L, times(slots, kUnitsPerSlot));
    return callWrapped(L);
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

// Every function in the library table charged for the bytes it is given.
void chargeEveryFunction(lua_State* L, int table) {
    table = lua_absindex(L, table);
    lua_pushnil(L);
    while (lua_next(L, table) != 0) {
        if (lua_type(L, -1) == LUA_TFUNCTION) {
            lua_pushcclosure(L, chargedByBytes, 1);
            lua_pushvalue(L, -2);
            lua_insert(L, -2);
            lua_rawset(L, table); // an existing key: safe while traversing
        } else {
            lua_pop(L, 1);
        }
    }
}

void chargeTableWork(lua_State* L, int table, const char* name, TableWork work) {
    table = lua_absindex(L, table);
    lua_getfield(L, table, name);
    lua_pushinteger(L, static_cast<lua_Integer>(work));
    lua_pushcclosure(L, chargedTableWork, 2);
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
    // Growth past the cap, or once the call is over its limits, is refused; shrinking never is
    // (Lua assumes it cannot fail).
    if (vm.m_refuseGrowth && newSize > old) {
        vm.m_allocatedSinceClock += newSize - old;
        bool refuse = vm.m_bytes - old + newSize > vm.m_limits.memoryBytes;
        if (refuse || vm.m_tripped || vm.m_allocatedSinceClock > kClockEveryBytes) {
            vm.m_allocatedSinceClock = 0;
            vm.noteLine(); // Lua saves its position before any allocation that may fail
            refuse = vm.overLimits() || refuse;
        }
        if (refuse) return nullptr;
    }
    void* grown = std::realloc(block, newSize);
    if (grown != nullptr) vm.m_bytes = vm.m_bytes - old + newSize;
    return grown;
}

void Vm::hook(lua_State* L, lua_Debug* ar) {
    Vm& vm = of(L);
    if (lua_getinfo(L, "l", ar) != 0 && ar->currentline > 0) vm.m_lastLine = ar->currentline;
    if (!vm.m_tripped) vm.m_ticks += kHookEvery;
    if (vm.overLimits()) {
        lua_pushstring(L, vm.m_tripMessage.c_str());
        lua_error(L);
    }
}

void Vm::charge(lua_State* L, std::uint64_t units) {
    Vm& vm = of(L);
    if (!vm.m_refuseGrowth) return; // the host's own setup
    vm.m_ticks = units > UINT64_MAX - vm.m_ticks ? UINT64_MAX : vm.m_ticks + units;
    const bool over = vm.m_tripped || vm.m_ticks > vm.m_budget ||
                      std::chrono::steady_clock::now() > vm.m_deadline;
    if (!over) return;
    vm.noteLine(); // only now: walking the stack on every library call costs more than the call
    if (vm.overLimits()) {
        lua_pushstring(L, vm.m_tripMessage.c_str());
        lua_error(L);
    }
}

bool Vm::overLimits() {
    if (m_tripped) return true;
    if (m_ticks > m_budget)
        trip(m_budgetFromAllowance ? kAllowanceSpent : "script exceeded its instruction budget");
    else if (std::chrono::steady_clock::now() > m_deadline)
        trip(m_deadlineFromAllowance ? kAllowanceSpent : "script ran too long");
    return m_tripped;
}

void Vm::trip(const char* why) {
    m_tripped = true;
    // A library call charged for more than any budget (a `__len` claiming 2^63 slots) says so
    // rather than quoting an absurd count.
    std::string count = " (stopped after " + std::to_string(m_ticks) + " instructions)";
    if (why == kAllowanceSpent && m_allowance)
        count = allowanceTerms();
    else if (m_ticks > (UINT64_MAX >> 1))
        count = " (a library call asked for far more work than allowed)";
    m_tripMessage =
        m_chunkName + ":" + std::to_string(std::max(m_lastLine, 1)) + ": " + why + count;
    // Sticky: raise again at every instruction so pcall inside the script cannot swallow it.
    lua_sethook(m_L, &Vm::hook, LUA_MASKCOUNT, 1);
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
    const int utf8 = lua_absindex(m_L, -1);

    removeFields(m_L, globals, kGlobalsRemoved, std::size(kGlobalsRemoved));
    removeFields(m_L, string, kStringRemoved, std::size(kStringRemoved));
    replaceWithWrapper(m_L, string, "rep", cappedRep);
    lua_pushcfunction(m_L, plainFind);
    lua_setfield(m_L, string, "find");
    chargeEveryFunction(m_L, string);
    chargeEveryFunction(m_L, utf8);
    chargeTableWork(m_L, table, "insert", TableWork::Insert);
    chargeTableWork(m_L, table, "remove", TableWork::Remove);
    chargeTableWork(m_L, table, "concat", TableWork::Concat);
    chargeTableWork(m_L, table, "unpack", TableWork::Unpack);
    chargeTableWork(m_L, table, "sort", TableWork::Sort);
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
    // An error message is author text too: bounded, and valid UTF-8 wherever it is shown.
    constexpr std::size_t kMaxMessage = 1000;
    std::string bounded = validUtf8(message.substr(0, kMaxMessage));
    if (message.size() > kMaxMessage) bounded += "…";
    message = bounded;
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

std::string Vm::allowanceTerms() const {
    return " (" + std::to_string(m_allowance->instructions) + " instructions, " +
           std::to_string(m_allowance->calls) + " calls or " +
           std::to_string(m_allowance->wallClock.count()) + " ms of script time in all)";
}

void Vm::allow(std::optional<Allowance> allowance) {
    m_allowance = allowance;
    m_allowanceTicks = 0;
    m_allowanceCalls = 0;
    m_allowanceTime = {};
    m_allowanceSpent = false;
}

void Vm::startClock(std::uint64_t budget) {
    const auto now = std::chrono::steady_clock::now();
    m_ticks = 0;
    m_budget = budget;
    m_deadline = now + m_limits.wallClock;
    m_budgetFromAllowance = m_deadlineFromAllowance = false;
    m_tripped = false;
    m_allocatedSinceClock = 0;
    if (!m_allowance) return;
    const std::uint64_t ticksLeft = m_allowance->instructions > m_allowanceTicks
                                        ? m_allowance->instructions - m_allowanceTicks
                                        : 0;
    if (ticksLeft < m_budget) {
        m_budget = ticksLeft;
        m_budgetFromAllowance = true;
    }
    const auto timeLeft =
        std::chrono::steady_clock::duration(m_allowance->wallClock) - m_allowanceTime;
    if (now + timeLeft < m_deadline) {
        m_deadline = now + timeLeft;
        m_deadlineFromAllowance = true;
    }
}

void Vm::stopClock(std::chrono::steady_clock::time_point started) {
    if (!m_allowance) return;
    m_allowanceTicks += m_ticks;
    m_allowanceTime += std::chrono::steady_clock::now() - started;
    m_allowanceSpent =
        m_allowanceSpent || (m_tripped && (m_budgetFromAllowance || m_deadlineFromAllowance));
}

std::optional<LuaFailure> Vm::protectedCall(int nargs, int nresults, std::uint64_t budget) {
    const int base = lua_gettop(m_L) - nargs; // the function's slot
    if (m_allowance && ++m_allowanceCalls > m_allowance->calls) m_allowanceSpent = true;
    if (exhausted()) {
        lua_settop(m_L, base - 1);
        return LuaFailure{{m_file, std::max(m_lastLine, 1)}, kAllowanceSpent + allowanceTerms()};
    }
    lua_pushcfunction(m_L, &Vm::messageHandler);
    lua_insert(m_L, base);
    const auto started = std::chrono::steady_clock::now();
    startClock(budget);
    m_refuseGrowth = true;
    const int status = lua_pcall(m_L, nargs, nresults, base);
    m_refuseGrowth = false;
    stopClock(started);
    const bool tripped = m_tripped;
    m_tripped = false;
    lua_sethook(m_L, &Vm::hook, LUA_MASKCOUNT, kHookEvery);
    if (status == LUA_OK) {
        lua_remove(m_L, base);
        return std::nullopt;
    }
    std::string message;
    if (tripped) // the stop may surface as a refused allocation or a failed handler
        message = m_tripMessage;
    else if (status == LUA_ERRMEM)
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

// Compiles `source` and leaves the chunk, or the error message, on the stack.
int Vm::compile(std::string_view source) {
    const std::string chunk = "@" + m_chunkName;
    startClock(m_limits.loadInstructions);
    m_refuseGrowth = true; // the parser allocates too
    const int status = luaL_loadbufferx(m_L, source.data(), source.size(), chunk.c_str(), "t");
    m_refuseGrowth = false;
    m_tripped = false;
    return status;
}

// The parser says "C stack overflow" without a line when brackets nest too deeply. The first
// line whose prefix of the file fails the same way is the line: found by bisection, each parse
// stopping at the overflow or at the end of the prefix.
int Vm::lineOfPositionlessError(std::string_view source, const std::string& message) {
    std::vector<std::size_t> ends; // ends[k]: the length of the first k + 1 lines
    for (std::size_t i = 0; i < source.size(); ++i)
        if (source[i] == '\n') ends.push_back(i + 1);
    ends.push_back(source.size());
    std::size_t low = 0, high = ends.size() - 1; // the answer's index lies in [low, high]
    while (low < high) {
        const std::size_t middle = low + (high - low) / 2;
        const bool same = compile(source.substr(0, ends[middle])) != LUA_OK &&
                          lua_tostring(m_L, -1) != nullptr && message == lua_tostring(m_L, -1);
        lua_pop(m_L, 1);
        if (same)
            high = middle;
        else
            low = middle + 1;
    }
    return static_cast<int>(low) + 1;
}

std::optional<LuaFailure> Vm::run(std::string_view source) {
    m_lastLine = 0;
    const int status = compile(source);
    if (status != LUA_OK) {
        std::string message =
            status == LUA_ERRMEM
                ? m_chunkName + ":1: file is too large to load within the memory limit"
                : std::string(lua_tostring(m_L, -1) ? lua_tostring(m_L, -1) : "cannot load");
        lua_pop(m_L, 1);
        if (status != LUA_ERRMEM && !startsWithPosition(message, m_chunkName))
            message = m_chunkName + ":" + std::to_string(lineOfPositionlessError(source, message)) +
                      ": " + message;
        return failure(message);
    }
    pushEnvironment();
    lua_setupvalue(m_L, -2, 1); // the chunk's _ENV
    m_declaring = true;
    auto failed = protectedCall(0, 0, m_limits.loadInstructions);
    m_declaring = false;
    return failed;
}

std::optional<LuaFailure> Vm::call(int nargs, int nresults) {
    return protectedCall(nargs, nresults, m_limits.callInstructions);
}

} // namespace frontline::script
