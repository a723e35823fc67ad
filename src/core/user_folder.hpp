// Where the program keeps a user's files, by the XDG base directory rules.
#pragma once

#include <filesystem>
#include <string>

namespace frontline {

// $<xdgVariable> when set and absolute, else $HOME/<fallback>, else the current folder.
std::filesystem::path userFolder(const char* xdgVariable, const char* fallback);

// $XDG_DATA_HOME/frontline, else ~/.local/share/frontline: records, best grades, class debriefs.
std::filesystem::path dataFolder();

// The name records use when none is given: $USER, else $LOGNAME, else "learner".
std::string systemUserName();

} // namespace frontline
