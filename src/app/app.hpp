// `frontline` with no command: the window. Also renders one screen to a PNG for screenshots.
#pragma once

#include "model/presenter.hpp"

#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

namespace frontline::app {

struct WindowOptions {
    std::string scenariosDir;
    std::string screenshot; // a PNG path: render one screen, write it, exit
    std::string screen = "library";
    std::string scenario;
    std::vector<int> choose;
    int width = 1280, height = 720;
    float scale = 0;   // 0: the saved setting
    std::string theme; // "": the saved setting
    bool assessment = false;
    bool dyslexicFont = false; // true: OpenDyslexic whatever the saved setting
    std::string classMode;     // classroom screens: "" (class vote), "teams" or "secret"
    std::vector<int> votes;    // classroom screens: hands per option at the shown decision
    std::string dataDir;       // the learner records' folder ("": the user's data folder)
    std::string learner;       // whose records ("": the saved name, else the system user name)
    // > 0: draw this many frames without waiting and print what they cost (one JSON line on
    // stdout, for scripts/bench), then exit. The records are opened read-only, as for a screenshot.
    int benchFrames = 0;
    // In a class: the trainer's presenter window on the display that is not the projector's
    // (Auto: only with two displays; Always: beside the projector window on one display too).
    PresenterChoice presenter = PresenterChoice::Auto;
    int port = 8080; // where phones join a class session
    // Whether a class session runs the join server: nullopt is on in a live window and off for a
    // screenshot or a benchmark (--phones shows the join panel in one).
    std::optional<bool> phones;
    std::vector<std::string> keys; // pressed once the screen is reached, by name ("down", "f1")
    // A scenario file to author (`frontline path/to/file.lua`): the library is that file, with
    // the scenarios folder lending its rubric and organisations, and it opens on the author's
    // map unless another screen is asked for.
    std::string file;
};

// The exit code, or nullopt when no window can be opened here (`why` says why) so the caller can
// fall back to the terminal.
std::optional<int> runWindow(const WindowOptions& options, std::ostream& err, std::string& why);

} // namespace frontline::app
