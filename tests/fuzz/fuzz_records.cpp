// libFuzzer: arbitrary bytes as the records database file. Opening never crashes or throws: a
// damaged file is set aside and a fresh one started, anything else turns the records off; and
// whatever opened can be read and written.
#include "store/records.hpp"

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <unistd.h>

// The test suite includes this file under another name to replay the corpus without libFuzzer.
#ifndef FRONTLINE_FUZZ_ENTRY
#define FRONTLINE_FUZZ_ENTRY LLVMFuzzerTestOneInput
#endif

extern "C" int FRONTLINE_FUZZ_ENTRY(const std::uint8_t* data, std::size_t size) {
    namespace fs = std::filesystem;
    static const fs::path folder =
        fs::temp_directory_path() / ("frontline-fuzz-records-" + std::to_string(::getpid()));
    fs::remove_all(folder);
    fs::create_directories(folder);
    const std::string path = (folder / "records.sqlite").string();
    std::ofstream(path, std::ios::binary)
        .write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
    frontline::store::Records records(path);
    (void)records.learners();
    (void)records.attempts();
    (void)records.classes();
    (void)records.resumable("Sam");
    if (records.writable()) {
        frontline::AttemptRecord r;
        r.learner = "Sam";
        r.scenario = "fuzz";
        if (records.beginAttempt(r)) {
            frontline::ChoiceRecord c;
            c.step = 1;
            c.choice = "a";
            records.addChoice(r.id, c);
        }
        if (records.integrityCheck() != "ok") __builtin_trap();
    }
    return 0;
}
