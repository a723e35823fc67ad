// Finding a scenario file's `scenario { ... }` header without reading the rest: the library
// screen needs only what the header says, so the window can start before every node is read.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

namespace frontline::script {

// Where the opening `scenario { ... }` (or `scenario({ ... })`) call ends, when the file starts
// with one after comments and blank lines; nullopt for anything else (another kind of file, code
// before the header, text that does not close). Strings, long strings and comments are skipped,
// so braces inside them do not count.
std::optional<std::size_t> headerEnd(std::string_view source);

// The level of a Lua long bracket opening at `at` ("[[" is 0, "[==[" is 2), or -1 when none
// opens there.
int longBracketLevel(std::string_view s, std::size_t at);

} // namespace frontline::script
