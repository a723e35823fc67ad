// The one executable: subcommands run in the terminal; no command opens the window.
#include "app/app.hpp"
#include "cli/cli.hpp"

#include <iostream>

int main(int argc, char** argv) {
    const auto window = [](const frontline::cli::WindowRequest& r,
                           std::string& why) -> std::optional<int> {
        return frontline::app::runWindow({r.scenariosDir,
                                          r.screenshot,
                                          r.screen,
                                          r.scenario,
                                          r.choose,
                                          r.width,
                                          r.height,
                                          r.scale,
                                          r.theme,
                                          r.assessment,
                                          r.dyslexicFont,
                                          r.classMode,
                                          r.votes,
                                          r.dataDir,
                                          r.learner,
                                          r.benchFrames,
                                          r.presenter     ? frontline::app::PresenterChoice::Always
                                          : r.noPresenter ? frontline::app::PresenterChoice::Never
                                                          : frontline::app::PresenterChoice::Auto,
                                          r.port,
                                          r.phones     ? std::optional<bool>(true)
                                          : r.noPhones ? std::optional<bool>(false)
                                                       : std::nullopt,
                                          r.keys,
                                          r.file},
                                         std::cerr, why);
    };
    return frontline::cli::run(std::vector<std::string>(argv, argv + argc), std::cin, std::cout,
                               std::cerr, window);
}
