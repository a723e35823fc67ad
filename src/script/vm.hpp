// One sandboxed Lua state per scenario file: an allow-list environment, a memory cap, and an
// instruction budget per call into Lua. Everything that touches the Lua C API for safety is here.
#pragma once

#include "core/diagnostic.hpp"
#include "core/rng.hpp"

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

struct lua_State;
struct lua_Debug;

namespace frontline::script {

struct Limits {
    // Far above what real content needs (a scenario file runs ~10k instructions and holds well
    // under 1 MiB), low enough that a hostile script is stopped in a fraction of a second.
    std::size_t memoryBytes = 16u << 20;
    std::uint64_t loadInstructions = 2'000'000; // running a file's top level
    std::uint64_t callInstructions = 1'000'000; // one `when`, text, `go` or effect call
    // A backstop for work done inside C functions, which the instruction count cannot see.
    std::chrono::milliseconds wallClock{750};
};

// One budget for many calls together (an exploration, a lint): what the per-call budget would
// multiply by the number of calls. Once it is spent every call fails at once, with its message.
struct Allowance {
    std::uint64_t instructions = 20'000'000;
    // Calls too few instructions to be counted still cost the host a microsecond or two each: a
    // node with 20,000 choices makes choosing each one re-test all 20,000 conditions.
    std::uint64_t calls = 200'000;
    std::chrono::milliseconds wallClock{2000}; // time spent inside the calls, added up
};

// A failed run or call: where to look and what happened.
struct LuaFailure {
    SourceRef where;
    std::string message;
};

class Vm {
  public:
    Vm(std::string file, Limits limits = {});
    ~Vm();
    Vm(const Vm&) = delete;
    Vm& operator=(const Vm&) = delete;

    lua_State* state() const { return m_L; }
    const std::string& file() const { return m_file; }
    const Limits& limits() const { return m_limits; }

    // Pushes the sandbox environment table that scripts see as their globals.
    void pushEnvironment();

    // Compiles text (never bytecode) and runs it with the sandbox as its environment.
    std::optional<LuaFailure> run(std::string_view source);

    // Calls the function below `nargs` arguments on the stack, leaving `nresults` results.
    // On failure nothing is left on the stack.
    std::optional<LuaFailure> call(int nargs, int nresults);

    // The random source `math.random` draws from during the next calls; nullptr for a fixed one.
    void useRandom(Rng* rng) { m_random = rng ? rng : &m_loadRandom; }
    Rng& random() { return *m_random; }

    std::size_t bytesInUse() const { return m_bytes; }

    // While an allowance is set, every call draws on it as well as on its own budget.
    void allow(std::optional<Allowance> allowance);
    bool exhausted() const { return m_allowance && m_allowanceSpent; }

    // True only while run() executes a file's top level: the declaration functions (node,
    // choice, ...) refuse to work at any other time, because what they write to is gone.
    bool declaring() const { return m_declaring; }

    // Work a library function does inside C, where no instruction is counted, charged as
    // instructions: past the budget or the wall clock the call stops (raises a Lua error).
    static void charge(lua_State* L, std::uint64_t units);

    // Turns "name.lua:12: message" from Lua into a failure pointing at this VM's file.
    LuaFailure failure(std::string_view luaMessage) const;

    // Internal, for the C callbacks.
    static Vm& of(lua_State* L);
    static void* allocate(void* self, void* block, std::size_t oldSize, std::size_t newSize);
    static void hook(lua_State* L, lua_Debug* ar);
    static int messageHandler(lua_State* L);
    // `math.random` and the state's `s.random`: both draw from random().
    static int seededRandom(lua_State* L);

  private:
    std::optional<LuaFailure> protectedCall(int nargs, int nresults, std::uint64_t budget);
    void installLibraries();
    void buildEnvironment();
    std::string location(lua_State* L) const;
    void noteLine(); // the line Lua is running now, for messages that carry none
    // Checks the instruction budget and the clock; true (and the stop recorded) when over.
    bool overLimits();
    void trip(const char* why);
    // Per call: the budget and deadline, narrowed by what is left of an allowance.
    void startClock(std::uint64_t budget);
    void stopClock(std::chrono::steady_clock::time_point started);
    std::string allowanceTerms() const; // " (N instructions, ...)"
    int compile(std::string_view source);
    int lineOfPositionlessError(std::string_view source, const std::string& message);

    std::string m_file;
    std::string m_chunkName; // short: Lua truncates long chunk names in its messages
    Limits m_limits;
    lua_State* m_L = nullptr;
    std::size_t m_bytes = 0;
    bool m_refuseGrowth =
        false;             // true while running scripts; the host's own setup is never refused
    int m_environment = 0; // registry reference

    std::uint64_t m_ticks = 0;
    std::uint64_t m_budget = 0;
    std::chrono::steady_clock::time_point m_deadline;
    bool m_tripped = false;
    std::string m_tripMessage;
    int m_lastLine = 0;
    bool m_declaring = false;
    bool m_budgetFromAllowance = false, m_deadlineFromAllowance = false;
    std::size_t m_allocatedSinceClock = 0; // bytes asked for since the clock was last read

    std::optional<Allowance> m_allowance;
    std::uint64_t m_allowanceTicks = 0;
    std::uint64_t m_allowanceCalls = 0;
    std::chrono::steady_clock::duration m_allowanceTime{};
    bool m_allowanceSpent = false;

    Rng m_loadRandom{0};
    Rng* m_random = &m_loadRandom;
};

} // namespace frontline::script
