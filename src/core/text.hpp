// Small text utilities the model needs: placeholders and "did you mean".
#pragma once

#include "state.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace frontline {

// Replaces {name} with a variable's value, and {mood}, {minutes}, {customer}. "{{" is a literal
// "{". An unknown {name} is left as written, so the mistake shows instead of vanishing.
std::string interpolate(std::string_view text, const State& state, std::string_view customerName);

// The {names} a text refers to, in order of appearance ("{{" skipped).
std::vector<std::string> placeholders(std::string_view text);

// Where text stops being UTF-8 (a byte offset), or nothing when all of it is: overlong forms,
// surrogates and code points past U+10FFFF count as not UTF-8.
std::optional<std::size_t> firstInvalidUtf8(std::string_view text);

// The text with every byte that does not start a well-formed UTF-8 sequence replaced by U+FFFD,
// so it can be shown, stored and exported whatever a script produced.
std::string validUtf8(std::string_view text);

// validUtf8, and also every control character but newline and tab, and every bidirectional
// override or isolate, replaced by U+FFFD: text a terminal shows as written, never obeys.
std::string terminalSafe(std::string_view text);

// Lowercase ASCII letters and digits, every other run of characters one `separator`, at most
// `limit` long; `fallback` when nothing is left. Ids made from words ("Ask for details" ->
// "ask-for-details").
std::string slug(std::string_view text, char separator, std::size_t limit,
                 const std::string& fallback);

std::size_t editDistance(std::string_view a, std::string_view b);

// The closest of `known` to a misspelt `word`, or "" when nothing is close enough.
std::string closestMatch(std::string_view word, const std::vector<std::string_view>& known);

} // namespace frontline
