// libFuzzer: the scenario API given arbitrary tables. The bytes drive a small generator that
// writes `scenario`, `node` and `ending` calls whose fields hold values of every Lua type (and
// nested tables, functions, wrong names), so the fuzzer explores the API's checks rather than
// Lua's parser.
#include "core/session.hpp"
#include "core/text.hpp"
#include "script/loader.hpp"

#include <cstddef>
#include <cstdint>
#include <string>

namespace {

class Bytes {
  public:
    Bytes(const std::uint8_t* data, std::size_t size) : m_data(data), m_size(size) {}
    std::uint8_t next() { return m_at < m_size ? m_data[m_at++] : 0; }
    bool done() const { return m_at >= m_size; }

  private:
    const std::uint8_t* m_data;
    std::size_t m_size, m_at = 0;
};

const char* const kFields[] = {"id",      "title",   "brief",     "organisation", "role",   "level",
                               "minutes", "topics",  "customer",  "start",        "state",  "go",
                               "mood",    "set",     "when",      "credit",       "breach", "why",
                               "kind",    "summary", "narration", "effect",       "name",   "text",
                               "expect",  "look",    "grade",     "ending",       "x"};
// The last five are Lua escapes: valid UTF-8 in the file, but not in the text they make (bytes
// that are not UTF-8, an overlong slash, a terminal escape, a right-to-left override, a C1).
const char* const kWords[] = {"a",          "b",        "end",           "start",     "heat.hear",
                              "resolved",   "lost",     "brightmart",    "",          "{mood}",
                              "{x}",        "not x",    "x and y",       "a.b",       "bad \\xFF",
                              "\\xC0\\xAF", "\\x1b[2J", "\\u{202E}txet", "\\xC2\\x9B"};

std::string value(Bytes& in, int depth);

std::string table(Bytes& in, int depth) {
    std::string out = "{";
    const int n = in.next() % 5;
    for (int i = 0; i < n; ++i) {
        if (in.next() % 3 != 0) out.append(kFields[in.next() % std::size(kFields)]).append(" = ");
        out.append(value(in, depth + 1)).append(", ");
    }
    // Bounded: bytes run out as zeros, which must not mean "nest again" forever.
    if (depth < 3 && in.next() % 4 == 1) out.append("choice ").append(table(in, depth + 1));
    return out.append("}");
}

std::string value(Bytes& in, int depth) {
    std::string out;
    switch (in.next() % (depth > 3 ? 6 : 9)) {
    case 0:
        return "nil";
    case 1:
        return in.next() % 2 ? "true" : "false";
    case 2:
        return std::to_string(static_cast<int>(in.next()) - 100);
    case 3:
        return std::to_string(in.next()).append(".5");
    case 4:
    case 5:
        return out.append("\"").append(kWords[in.next() % std::size(kWords)]).append("\"");
    case 6:
        return table(in, depth);
    case 7:
        return out.append("function(s) return ").append(value(in, depth + 1)).append(" end");
    default:
        return out.append("{")
            .append(value(in, depth + 1))
            .append(", ")
            .append(value(in, depth + 1))
            .append("}");
    }
}

} // namespace

// The test suite includes this file under another name to replay the corpus without libFuzzer.
#ifndef FRONTLINE_FUZZ_ENTRY
#define FRONTLINE_FUZZ_ENTRY LLVMFuzzerTestOneInput
#endif

extern "C" int FRONTLINE_FUZZ_ENTRY(const std::uint8_t* data, std::size_t size) {
    Bytes in(data, size);
    std::string source = std::string("scenario ").append(table(in, 0)).append("\n");
    while (!in.done()) {
        const char* call = in.next() % 3 == 0 ? "ending" : "node";
        source.append(call)
            .append(" \"")
            .append(kWords[in.next() % std::size(kWords)])
            .append("\" ")
            .append(table(in, 0))
            .append("\n");
    }
    frontline::script::Limits limits;
    limits.loadInstructions = 200000;
    limits.callInstructions = 100000;
    limits.memoryBytes = 8u << 20;
    auto loaded = frontline::script::loadScenarioSource("fuzz.lua", source, limits);
    for (const auto& d : loaded.diagnostics) // messages quote author text: always UTF-8
        if (frontline::firstInvalidUtf8(d.message)) __builtin_trap();
    if (!loaded.usable()) return 0;
    // Whatever the file wrote as escapes, the host holds only UTF-8.
    if (frontline::firstInvalidUtf8(loaded.scenario->title) ||
        frontline::firstInvalidUtf8(loaded.scenario->brief))
        __builtin_trap();
    try { // a file that loads must also start and offer its first choices, or say why not
        frontline::Session session(loaded.scenario, loaded.scripting, 1);
        for (const auto& offer : session.offers())
            if (frontline::firstInvalidUtf8(offer.text)) __builtin_trap();
        for (const auto& line : session.transcript())
            if (frontline::firstInvalidUtf8(line.text)) __builtin_trap();
    } catch (const frontline::ScriptError& e) {
        if (frontline::firstInvalidUtf8(e.message())) __builtin_trap();
    }
    return 0;
}
