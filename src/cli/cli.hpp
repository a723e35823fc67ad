// The `frontline` command line. A function of (arguments, streams) so tests drive it in-process.
#pragma once

#include <functional>
#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

namespace frontline::cli {

// What `frontline` with no command asks of the window (the options are parsed here, so --help
// lists them with the rest; the window itself lives in the app layer, wired in by main).
struct WindowRequest {
    std::string scenariosDir;
    std::string screenshot;
    std::string screen = "library";
    std::string scenario;
    std::vector<int> choose;
    int width = 1280, height = 720;
    float scale = 0;
    std::string theme;
    bool assessment = false;
    bool dyslexicFont = false;
    std::string classMode;         // "": class vote; "teams" or "secret"
    std::vector<int> votes;        // the classroom's hand count per option
    std::vector<std::string> keys; // pressed once the screen is reached, by name
    std::string dataDir;           // the learner records' folder ("": the user's data folder)
    std::string learner;           // whose records ("": the saved name, else the system user name)
    int benchFrames = 0;           // > 0: draw this many frames flat out, print their cost, exit

    // In a class: the trainer's presenter window even with one display (--presenter), or never,
    // even with two (--no-presenter); and the port phones join on.
    bool presenter = false;
    bool noPresenter = false;
    int port = 8080;
    // Phones in a class: on in a live window, off for a screenshot or a benchmark, unless
    // --phones or --no-phones says otherwise.
    bool phones = false;
    bool noPhones = false;
    std::string file; // a scenario file to open on the author's map
};

// Opens the window and returns its exit code, or nullopt when no window can open here (`why`
// says why), in which case the terminal takes over.
using WindowLauncher = std::function<std::optional<int>(const WindowRequest&, std::string& why)>;

// args[0] is the program name. Returns the process exit code. Without a launcher (tests, or a
// build without the window) no command means terminal play.
int run(const std::vector<std::string>& args, std::istream& in, std::ostream& out,
        std::ostream& err, const WindowLauncher& window = {});

} // namespace frontline::cli
