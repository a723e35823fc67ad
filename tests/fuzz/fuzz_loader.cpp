// libFuzzer: arbitrary bytes as a scenario file's Lua source. Whatever they are, loading returns
// diagnostics; it never crashes, hangs or overruns the sandbox's memory cap.
#include "script/loader.hpp"

#include <cstddef>
#include <cstdint>
#include <string_view>

// The test suite includes this file under another name to replay the corpus without libFuzzer.
#ifndef FRONTLINE_FUZZ_ENTRY
#define FRONTLINE_FUZZ_ENTRY LLVMFuzzerTestOneInput
#endif

extern "C" int FRONTLINE_FUZZ_ENTRY(const std::uint8_t* data, std::size_t size) {
    frontline::script::Limits limits;
    limits.loadInstructions = 200000; // small budgets keep each run fast; the checks are the same
    limits.callInstructions = 100000;
    limits.memoryBytes = 8u << 20;
    const std::string_view source(reinterpret_cast<const char*>(data), size);
    const auto loaded = frontline::script::loadScenarioSource("fuzz.lua", source, limits);
    if (loaded.usable() && loaded.scenario->nodes.empty())
        __builtin_trap(); // usable means playable
    return 0;
}
