// The few file operations the window's own small files (settings, best grades) need.
#pragma once

#include "core/user_folder.hpp"

#include <filesystem>
#include <optional>
#include <string>

namespace frontline::app {

using frontline::dataFolder;
using frontline::userFolder;

// nullopt when the file does not exist (no problem) or cannot be read or is over 1 MiB
// (problem says which).
std::optional<std::string> readSmallFile(const std::string& path, std::string& problem);

// Creates the folder, writes a temporary file beside the target and renames it into place.
bool writeFileAtomically(const std::string& path, const std::string& text, std::string& problem);

} // namespace frontline::app
