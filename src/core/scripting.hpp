// How the engine calls an author's functions without knowing the language they are written in.
// Text and conditions are pure: they get a copy of the state and cannot change the session.
// `go` functions and effects are actions: they run once, when a choice is taken.
#pragma once

#include "diagnostic.hpp"
#include "scenario.hpp"
#include "state.hpp"

#include <set>
#include <stdexcept>
#include <string>
#include <vector>

namespace frontline {

// An author's function failed (error, budget, memory, wrong result type). `where` names the
// line to blame; what() is the whole "file:line: message" text.
class ScriptError : public std::runtime_error {
  public:
    ScriptError(SourceRef where, const std::string& message)
        : std::runtime_error(where.file + ":" + std::to_string(where.line) + ": " + message),
          m_where(std::move(where)), m_message(message) {}
    const SourceRef& where() const { return m_where; }
    const std::string& message() const { return m_message; }

  private:
    SourceRef m_where;
    std::string m_message;
};

// The names of state that author code read while it was watched: the explorer tells moments of
// play apart by what was actually read, not by words in the source.
struct ReadLog {
    std::set<std::string> names;
    bool everything = false; // the whole state was walked (pairs)

    void read(const std::string& name) {
        if (names.size() < 4096)
            names.insert(name); // a hostile script cannot grow it without end
        else
            everything = true;
    }
};

class Scripting {
  public:
    virtual ~Scripting() = default;

    // While a log is set, every read of the state by author code (and by the session's own flag
    // tests) is written to it.
    void watch(ReadLog* log) { m_reads = log; }
    ReadLog* reads() const { return m_reads; }

    // `at` is the declaration the function belongs to, for messages about its result.
    virtual std::string text(FunctionRef fn, const State& state, const SourceRef& at) = 0;
    virtual bool test(FunctionRef fn, const State& state, const SourceRef& at) = 0;
    virtual std::string target(FunctionRef fn, State& state, const SourceRef& at) = 0;
    virtual void effect(FunctionRef fn, State& state, const SourceRef& at) = 0;

    // Warnings about what the functions returned (text that was not UTF-8), once per place.
    virtual std::vector<Diagnostic> notices() const { return {}; }

    // One budget for a whole run of many calls (an exploration): while on, every call draws on
    // it too, and once it is spent every call fails at once and exhausted() says so.
    virtual void allow(bool on) { (void)on; }
    virtual bool exhausted() const { return false; }

  private:
    ReadLog* m_reads = nullptr;
};

// Draws every call on one allowance while in scope (nested scopes share the outermost).
class Allowing {
  public:
    explicit Allowing(Scripting* scripting) : m_scripting(scripting) {
        if (m_scripting) m_scripting->allow(true);
    }
    ~Allowing() {
        if (m_scripting) m_scripting->allow(false);
    }
    Allowing(const Allowing&) = delete;
    Allowing& operator=(const Allowing&) = delete;

  private:
    Scripting* m_scripting;
};

} // namespace frontline
