// The fuzz targets' seed corpus and every crash they ever found (tests/fuzz/corpus/TARGET/),
// replayed through the same entry points in the normal test build: a regression fails here,
// without clang or libFuzzer. scripts/fuzz runs the targets themselves.
#include <catch2/catch.hpp>

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#define FRONTLINE_FUZZ_ENTRY fuzzLoader
#include "fuzz/fuzz_loader.cpp"
#undef FRONTLINE_FUZZ_ENTRY
#define FRONTLINE_FUZZ_ENTRY fuzzApi
#include "fuzz/fuzz_api.cpp"
#undef FRONTLINE_FUZZ_ENTRY
#define FRONTLINE_FUZZ_ENTRY fuzzSession
#include "fuzz/fuzz_session.cpp"
#undef FRONTLINE_FUZZ_ENTRY
#define FRONTLINE_FUZZ_ENTRY fuzzRecords
#include "fuzz/fuzz_records.cpp"
#undef FRONTLINE_FUZZ_ENTRY

namespace {

using Entry = int (*)(const std::uint8_t*, std::size_t);

std::size_t replay(const std::string& target, Entry entry) {
    namespace fs = std::filesystem;
    std::size_t inputs = 0;
    for (const auto& file :
         fs::directory_iterator(std::string(FRONTLINE_TEST_DATA) + "/fuzz/corpus/" + target)) {
        std::ifstream in(file.path(), std::ios::binary);
        const std::vector<char> bytes{std::istreambuf_iterator<char>(in), {}};
        INFO(file.path().string());
        CHECK(entry(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size()) == 0);
        ++inputs;
    }
    return inputs;
}

} // namespace

TEST_CASE("Fuzz corpus replays cleanly: loader", "[fuzz]") {
    CHECK(replay("loader", fuzzLoader) > 0);
}

TEST_CASE("Fuzz corpus replays cleanly: scenario API", "[fuzz]") {
    CHECK(replay("api", fuzzApi) > 0);
}

TEST_CASE("Fuzz corpus replays cleanly: session", "[fuzz]") {
    CHECK(replay("session", fuzzSession) > 0);
}

TEST_CASE("Fuzz corpus replays cleanly: records file", "[fuzz]") {
    CHECK(replay("records", fuzzRecords) > 0);
}
