// Values an author's variables can hold, shared by the model, the session and the scripts.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <variant>

namespace frontline {

// Integers and decimals stay apart so "{count}" shows 3, not 3.0, as Lua itself would.
using Value = std::variant<bool, std::int64_t, double, std::string>;

// Ordered by name: iteration order must never depend on hashing (determinism).
using Variables = std::map<std::string, Value>;

std::string toText(const Value& value);

// Lua's rule, so `when = "flag"` and `when = function(s) return s.flag end` agree:
// only false (and absence) are false.
bool truthy(const Value& value);

// What an author typed for a value: true/false, a whole number, a decimal, or else text (quotes
// around it dropped), so "3" is the number 3 and "\"3\"" the text 3.
Value parseValue(std::string_view typed);

} // namespace frontline
