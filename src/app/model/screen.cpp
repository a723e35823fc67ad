#include "screen.hpp"

namespace frontline::app {

std::string_view toString(Screen screen) {
    return kScreenNames[static_cast<std::size_t>(screen)].name;
}

std::optional<Screen> screenFrom(std::string_view name) {
    for (std::size_t i = 0; i < kScreenCount; ++i)
        if (name == kScreenNames[i].name) return static_cast<Screen>(i);
    return std::nullopt;
}

bool isClassroom(Screen screen) {
    return screen == Screen::ClassSetup || screen == Screen::ClassPlay ||
           screen == Screen::ClassDebrief;
}

} // namespace frontline::app
