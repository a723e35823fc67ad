// libFuzzer: the session given arbitrary choice sequences over every library scenario: each byte
// takes an offered choice, undoes, or asks for a choice id that is not on offer. The session
// must refuse what is not on offer and never break its own invariants.
#include "core/session.hpp"
#include "script/library.hpp"

#include <cstddef>
#include <cstdint>
#include <stdexcept>

// The test suite includes this file under another name to replay the corpus without libFuzzer.
#ifndef FRONTLINE_FUZZ_ENTRY
#define FRONTLINE_FUZZ_ENTRY LLVMFuzzerTestOneInput
#endif

extern "C" int FRONTLINE_FUZZ_ENTRY(const std::uint8_t* data, std::size_t size) {
    static const frontline::script::Library library =
        frontline::script::loadLibrary({FRONTLINE_SCENARIOS_DIR});
    static const auto scenarios = library.usable();
    if (size < 2 || scenarios.empty()) return 0;
    const auto* file = scenarios[data[0] % scenarios.size()];
    frontline::Session session(file->scenario, file->scripting, data[1]);
    for (std::size_t i = 2; i < size && !session.finished(); ++i) {
        const auto offers = session.offers();
        if (offers.empty()) break;
        const std::uint8_t b = data[i];
        if (b >= 250) {
            const std::size_t steps = session.steps().size();
            if (session.undo() && session.steps().size() + 1 != steps) __builtin_trap();
        } else if (b >= 240) {
            try {
                session.choose("not.on-offer." + std::to_string(b));
                __builtin_trap(); // an id that is not offered must be refused
            } catch (const std::invalid_argument&) {
            }
        } else {
            const std::size_t steps = session.steps().size();
            session.choose(offers[b % offers.size()].choice->id);
            if (session.steps().size() != steps + 1) __builtin_trap();
        }
        if (session.state().mood < 0 || session.state().mood > 100) __builtin_trap();
    }
    return 0;
}
