#include "drive.hpp"

namespace frontline::app {

std::optional<ScreenRequest> screenRequestFor(std::string_view name) {
    ScreenRequest request;
    if (name == "handbook") {
        request.screen = Screen::Play;
        request.handbook = true;
        return request;
    }
    if (name == "debrief-path") {
        request.screen = Screen::Debrief;
        request.pathTab = true;
        return request;
    }
    const auto screen = screenFrom(name);
    if (!screen) return std::nullopt;
    request.screen = *screen;
    return request;
}

namespace {

bool play(AppState& state, const ScreenRequest& request, std::string& problem) {
    Attempt& a = *state.attempt();
    for (std::size_t step = 0; step < request.choose.size(); ++step) {
        const int n = request.choose[step];
        if (a.finished()) {
            problem = "--choose: the scenario ended before step " + std::to_string(step + 1);
            return false;
        }
        if (n < 1 || static_cast<std::size_t>(n) > a.offers().size()) {
            problem = "--choose step " + std::to_string(step + 1) + ": there is no choice " +
                      std::to_string(n) + " (" + std::to_string(a.offers().size()) + " on offer)";
            return false;
        }
        state.choose(static_cast<std::size_t>(n) - 1);
    }
    if (request.screen != Screen::Debrief || !request.choose.empty()) return true;
    for (int guard = 0; guard < 500 && !a.finished() && !a.offers().empty(); ++guard)
        state.choose(0);
    return true;
}

} // namespace

bool driveTo(AppState& state, const ScreenRequest& request, std::string& problem) {
    if (request.screen == Screen::Library) return true;
    if (request.screen == Screen::Settings) {
        state.openSettings();
        return true;
    }
    std::string id = request.scenario;
    if (id.empty() && !state.library().cards().empty()) id = state.library().cards().front().id;
    if (!state.openBriefing(id)) {
        problem = state.notice();
        return false;
    }
    if (request.screen == Screen::Briefing) return true;
    if (!state.start(request.assessment ? Mode::Assessment : Mode::Practice)) {
        problem = state.notice();
        return false;
    }
    if (!play(state, request, problem)) return false;
    if (request.handbook) state.toggleHandbook();
    if (request.screen != Screen::Debrief) return true;
    if (!state.attempt()->finished()) {
        problem = "the choices given did not reach an ending, so there is no debrief";
        return false;
    }
    state.finish();
    if (state.screen() != Screen::Debrief) {
        problem = state.notice();
        return false;
    }
    if (request.pathTab) state.debriefView()->tab = DebriefView::Tab::Path;
    return true;
}

} // namespace frontline::app
