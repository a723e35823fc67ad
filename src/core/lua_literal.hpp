// Lua string literals for text Frontline writes into a scenario file: the source editor's saves
// and the Twine import.
#pragma once

#include <string>
#include <string_view>

namespace frontline {

// `value` as one Lua literal that reads back as exactly `value`: a long string [[...]] (with the
// fewest '=' the text cannot close) when it runs over several lines and has no other control
// character, kept on the line it starts on; otherwise "quoted", with \" \\ \n \r \t and \ddd
// escapes.
std::string luaLiteral(std::string_view value);

} // namespace frontline
