// libFuzzer: arbitrary bytes as the records database file. Opening never crashes or throws: a
// damaged file is set aside and what can still be read of it copied into a fresh one, anything
// else turns the records off; whatever opened can be read, exported and written; and every export
// (JSON, xAPI, CSV) of whatever was read is UTF-8, whatever bytes the file held.
#include "core/text.hpp"
#include "report/json_text.hpp"
#include "report/records_csv.hpp"
#include "report/records_json.hpp"
#include "report/xapi.hpp"
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
    const auto attempts = records.attempts();
    (void)records.classes();
    (void)records.resumable("Sam");
    const auto exported = [](const std::string& text) {
        if (frontline::firstInvalidUtf8(text)) __builtin_trap();
    };
    namespace report = frontline::report;
    exported(report::jsonText(report::attemptsJson(attempts), 2));
    exported(report::jsonText(report::xapiStatements(attempts)));
    exported(report::attemptsCsv(attempts));
    exported(report::choicesCsv(attempts));
    for (const auto& learner : records.learners()) {
        exported(learner.name);
        const auto found = records.findLearner(learner.name);
        if (!found) __builtin_trap(); // every learner listed can be found by the name shown
        frontline::store::AttemptQuery theirs;
        theirs.learner = learner.name;
        exported(report::jsonText(report::learnerJson(*found, records.attempts(theirs))));
    }
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
