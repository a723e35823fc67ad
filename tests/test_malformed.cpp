// The malformed-content corpus: broken scenario, organisation, rubric and curriculum files of
// every kind, each loaded beside the bundled library. Each must give a diagnostic at its
// file:line (an error, or for a scenario with no ending a warning: `frontline test` fails it),
// and the rest of the library must load and stay playable.
#include "support.hpp"

#include "script/library.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <map>
#include <unistd.h>

using namespace frontline;
namespace fs = std::filesystem;

namespace {

struct Malformed {
    std::string path, expect;
    int line = 1; // the line marked "-- <<<", or 1
};

// Files that cannot carry a header say what they expect here.
const std::map<std::string, std::string> kUnmarked{
    {"empty.lua", "declares no scenario"},
    {"binary-garbage.lua", "not UTF-8"},
};

Malformed readMalformed(const fs::path& file) {
    Malformed m{file.string(), "", 1};
    if (const auto it = kUnmarked.find(file.filename().string()); it != kUnmarked.end())
        m.expect = it->second;
    std::ifstream in(file, std::ios::binary);
    std::string text;
    for (int n = 1; std::getline(in, text); ++n) {
        if (text.rfind("-- expect: ", 0) == 0) m.expect = text.substr(11);
        if (text.find("-- <<<") != std::string::npos) m.line = n;
    }
    return m;
}

std::vector<Malformed> corpus() {
    std::vector<Malformed> all;
    for (const auto& e : fs::directory_iterator(std::string(FRONTLINE_TEST_DATA) + "/malformed"))
        if (e.path().extension() == ".lua") all.push_back(readMalformed(e.path()));
    std::sort(all.begin(), all.end(), [](const auto& a, const auto& b) { return a.path < b.path; });
    return all;
}

std::size_t usableIn(const script::Library& library, const std::string& folder) {
    std::size_t n = 0;
    for (const auto* file : library.usable())
        n += file->path.rfind(folder, 0) == 0 ? 1 : 0;
    return n;
}

void checkMalformed(const Malformed& m) {
    const std::string bundled = FRONTLINE_SCENARIOS_DIR;
    static const std::size_t playable = usableIn(script::loadLibrary({bundled}), bundled);
    REQUIRE(playable > 0);
    const script::Library library = script::loadLibrary({bundled, m.path});
    std::vector<Diagnostic> found;
    for (const auto& entry : library.entries)
        if (entry.path == m.path) found = entry.diagnostics;
    INFO(Catch::Detail::stringify(test::messages(found)));
    const bool named = std::any_of(found.begin(), found.end(), [&](const Diagnostic& d) {
        return d.where.file == m.path && d.where.line == m.line &&
               d.message.find(m.expect) != std::string::npos;
    });
    CHECK(named);
    // Everything else still loads: the bundled scenarios are all playable beside it, but for one
    // whose id it takes, which is told so too (neither file silently wins).
    std::size_t sharing = 0;
    for (const auto& entry : library.entries)
        if (entry.path != m.path &&
            test::anyMessage(entry.diagnostics, "is also used by " + m.path))
            ++sharing;
    CHECK(usableIn(library, bundled) == playable - sharing);
}

// One named test per file in tests/malformed.
const bool kMalformedRegistered = [] {
    for (Malformed& m : corpus())
        test::registerTest("Malformed content is reported: " + fs::path(m.path).filename().string(),
                           "[malformed]", [m] { checkMalformed(m); });
    return true;
}();

} // namespace

TEST_CASE("The malformed-content corpus covers every kind of content file", "[malformed]") {
    std::vector<std::string> names;
    for (const Malformed& m : corpus())
        names.push_back(fs::path(m.path).filename().string());
    CHECK(names.size() >= 20);
    for (const char* prefix : {"organisation-", "principle-", "curriculum-", "empty", "not-utf8"})
        CHECK(std::any_of(names.begin(), names.end(),
                          [&](const std::string& n) { return n.rfind(prefix, 0) == 0; }));
}

TEST_CASE("Malformed content is reported: a 50 MB file", "[malformed]") {
    const fs::path huge =
        fs::temp_directory_path() / ("frontline-huge-" + std::to_string(::getpid()) + ".lua");
    {
        std::ofstream out(huge, std::ios::binary);
        const std::string line = "-- " + std::string(1021, 'x') + "\n";
        for (int i = 0; i < 50 * 1024; ++i)
            out << line;
    }
    checkMalformed({huge.string(), "too large", 1});
    fs::remove(huge);
}
