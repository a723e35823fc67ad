// The window's screens: the enum, named from the one table the command line shares.
#pragma once

#include "core/screen_names.hpp"

#include <optional>
#include <string_view>

namespace frontline::app {

// In the order of kScreenNames.
enum class Screen {
    Library,
    Briefing,
    Play,
    Debrief,
    Settings,
    ClassSetup,
    ClassPlay,
    ClassDebrief,
    Author,
    Progress
};
static_assert(static_cast<std::size_t>(Screen::Progress) + 1 == kScreenCount);
bool isClassroom(Screen screen);
std::string_view toString(Screen screen);
std::optional<Screen> screenFrom(std::string_view name);

} // namespace frontline::app
