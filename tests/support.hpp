// Shared helpers for the tests: fixture paths and loading from inline Lua.
#pragma once

#include "core/session.hpp"
#include "script/library.hpp"
#include "script/loader.hpp"

#include <filesystem>
#include <functional>
#include <string>
#include <vector>

namespace frontline::test {

std::string fixture(const std::string& relative); // tests/fixtures/<relative>
std::string library(const std::string& relative); // scenarios/<relative>

// Loads a fixture and fails the test (with the diagnostics) unless it is usable.
script::LoadedFile loadUsable(const std::string& path);

// Loads inline Lua as if it were the file `name`.
script::LoadedFile loadText(const std::string& source, const std::string& name = "inline.lua",
                            const script::Limits& limits = {});

Session play(const script::LoadedFile& loaded, const std::vector<std::string>& choiceIds,
             std::uint64_t seed = 1, Mode mode = Mode::Practice);

// A scratch folder for files a test writes (scenarios, records), removed at the end. Named by the
// test, the process and a count, so tests running side by side never share one.
struct Scratch {
    std::filesystem::path dir;
    explicit Scratch(const std::string& name = "scratch");
    ~Scratch();
    Scratch(const Scratch&) = delete;
    Scratch& operator=(const Scratch&) = delete;
    std::string write(const std::string& file, const std::string& text) const; // its path
};

// Runs `frontline ARGS...` in-process with `input` on standard input.
struct CliRun {
    int code;
    std::string out, err;
};
CliRun runCli(std::vector<std::string> args, const std::string& input = "");

// Runs the built `frontline ARGS...` in a child process, so a crash or a hang is seen rather than
// suffered: killed after `limitSeconds`; the peak memory the child used is sampled every 5 ms.
struct IsolatedRun {
    bool finished = false; // false: killed at the time limit
    int signal = 0;        // the signal that ended it, if one did (a crash)
    int code = -1;         // its exit status otherwise
    std::string output;    // standard output then standard error
    double seconds = 0;
    long peakKiB = 0;
};
IsolatedRun runCliIsolated(std::vector<std::string> args, double limitSeconds);

// How much slower the sanitizer build runs Frontline's own code: time limits in tests scale by it
// (one factor, set in tests/CMakeLists.txt, shared with the window scripts).
constexpr double kSlowdown = FRONTLINE_SLOWDOWN;

// The kettle scenario's best path (Distinction), by choice id.
const std::vector<std::string>& kettleBest();

// Registers a named Catch2 test as the program starts, one per file of a corpus, so a failure
// and ctest's list name the file. Call from a namespace-scope initialiser.
bool registerTest(std::string name, const char* tags, std::function<void()> body);

std::vector<std::string> messages(const std::vector<Diagnostic>& diagnostics);
bool anyMessage(const std::vector<Diagnostic>& diagnostics, const std::string& fragment,
                int line = -1);

} // namespace frontline::test
