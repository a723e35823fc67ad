// JSON as text, whatever the strings in it hold. nlohmann's dump() throws on a string that is not
// UTF-8 (a line a script built from raw bytes, a name an older Frontline stored as typed), which
// stopped a whole export for one bad line: here each malformed byte comes out as U+FFFD instead.
// Every JSON the program writes (exports, --json output, settings) goes through this.
#pragma once

#include <nlohmann/json.hpp>

#include <string>

namespace frontline::report {

// The JSON as text, compact (indent -1) or indented by `indent` spaces; never throws on text.
std::string jsonText(const nlohmann::json& json, int indent = -1);
std::string jsonText(const nlohmann::ordered_json& json, int indent = -1);

} // namespace frontline::report
