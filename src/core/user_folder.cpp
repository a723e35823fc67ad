#include "user_folder.hpp"

#include <cstdlib>

namespace fs = std::filesystem;

namespace frontline {

fs::path userFolder(const char* xdgVariable, const char* fallback) {
    if (const char* xdg = std::getenv(xdgVariable); xdg != nullptr && fs::path(xdg).is_absolute())
        return xdg;
    if (const char* home = std::getenv("HOME"); home != nullptr && *home != '\0')
        return fs::path(home) / fallback;
    return fs::current_path() / fallback;
}

fs::path dataFolder() {
    return userFolder("XDG_DATA_HOME", ".local/share") / "frontline";
}

std::string systemUserName() {
    for (const char* variable : {"USER", "LOGNAME"})
        if (const char* name = std::getenv(variable); name != nullptr && *name != '\0') return name;
    return "learner";
}

} // namespace frontline
