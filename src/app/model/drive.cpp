#include "drive.hpp"

namespace frontline::app {

std::optional<ScreenRequest> screenRequestFor(std::string_view name) {
    ScreenRequest request;
    if (name == "handbook") {
        request.screen = Screen::Play;
        request.handbook = true;
        return request;
    }
    if (name == "playtest") {
        request.screen = Screen::Play;
        request.playtest = true;
        return request;
    }
    if (name == "debrief-path") {
        request.screen = Screen::Debrief;
        request.pathTab = true;
        return request;
    }
    for (const auto& [shot, phase] :
         {std::pair{"class-vote", Phase::Voting}, std::pair{"class-reveal", Phase::Revealed},
          std::pair{"class-card", Phase::Taken}})
        if (name == shot) {
            request.screen = Screen::ClassPlay;
            request.classPhase = phase;
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

// The votes that make `option` the clear choice: most hands for it, a few for the others.
void voteFor(ClassSession& c, std::size_t option) {
    const std::size_t options = c.current()->options.size();
    if (c.setup().mode == ClassMode::ClassVote) {
        for (std::size_t i = 0; i < options; ++i)
            c.setVotes(i, i == option ? 14 : static_cast<int>((i * 5 + 3) % 7));
        return;
    }
    if (c.setup().mode == ClassMode::TeamTurns) {
        c.pick(option);
        return;
    }
    for (std::size_t t = 0; t < c.setup().teams.size(); ++t)
        c.pick(t == 1 && options > 1 ? (option + 1) % options : option);
}

bool takeClass(ClassSession& c, std::size_t option, Clock::time_point now) {
    voteFor(c, option);
    if (!c.lock()) c.lock(); // a missing team is warned of once
    c.reveal();
    if (!c.take() && !c.take(option)) return false;
    c.next(now);
    return true;
}

bool driveClass(AppState& state, const ScreenRequest& request, const std::string& id,
                std::string& problem) {
    if (!state.openClassroom(id)) {
        problem = state.notice();
        return false;
    }
    ClassroomView& view = *state.classroom();
    view.setup.mode = request.classMode;
    if (request.classMode != ClassMode::ClassVote) view.setup.teams = defaultTeams(4);
    if (request.screen == Screen::ClassSetup) return true;
    const auto now = Clock::now();
    if (!view.start(now - std::chrono::seconds(23))) {
        problem = view.notice;
        return false;
    }
    ClassSession& c = *view.session;
    for (std::size_t step = 0; step < request.choose.size(); ++step) {
        const int n = request.choose[step];
        if (c.phase() != Phase::Voting || n < 1 ||
            static_cast<std::size_t>(n) > c.current()->options.size()) {
            problem = "--choose step " + std::to_string(step + 1) + ": there is no option " +
                      std::to_string(n) + " to vote for";
            return false;
        }
        takeClass(c, static_cast<std::size_t>(n) - 1, now - std::chrono::seconds(23));
    }
    if (request.screen == Screen::ClassDebrief) {
        for (int guard = 0; guard < 500 && c.phase() == Phase::Voting; ++guard)
            takeClass(c, 0, now);
        state.handleKey(key(Key::PageDown), false, now);
        state.classroomChanged();
        return state.screen() == Screen::ClassDebrief;
    }
    if (c.phase() != Phase::Voting) {
        problem = "the session ended before that decision";
        return false;
    }
    for (std::size_t i = 0; i < request.votes.size() && i < c.current()->options.size(); ++i)
        c.setVotes(i, request.votes[i]);
    if (request.votes.empty()) voteFor(c, 0);
    // A team that has not picked is warned of at the first lock; the second locks anyway.
    if (request.classPhase >= Phase::Locked && !c.lock()) c.lock();
    if (request.classPhase >= Phase::Revealed) c.reveal();
    if (request.classPhase >= Phase::Taken && !c.take()) {
        const Resolution r = c.resolution();
        if (r.candidates.empty() || !c.take(r.candidates.front())) {
            problem = c.note();
            return false;
        }
    }
    state.classroomChanged();
    return true;
}

// The node to playtest from: where `choose` leads, else the furthest node play reaches.
std::optional<std::size_t> playtestNode(const AuthorView& view, const script::LoadedFile& file,
                                        const std::vector<int>& choose) {
    const Scenario& s = view.scenario();
    if (!choose.empty()) {
        Session walk(file.scenario, file.scripting, 1);
        for (int n : choose) {
            const auto offers = walk.offers();
            if (n < 1 || static_cast<std::size_t>(n) > offers.size()) return std::nullopt;
            walk.choose(offers[static_cast<std::size_t>(n) - 1].choice->id);
        }
        return s.indexOf(walk.node());
    }
    std::optional<std::size_t> furthest;
    for (std::size_t i = 0; i < s.nodes.size(); ++i) {
        if (s.nodes[i].isEnding || view.marks().unreached.count(s.nodes[i].id)) continue;
        if (!furthest || view.layout().nodes[i].layer > view.layout().nodes[*furthest].layer)
            furthest = i;
    }
    return furthest;
}

bool driveAuthor(AppState& state, const ScreenRequest& request, const std::string& id,
                 std::string& problem) {
    if (!state.openAuthor(id)) {
        problem = state.notice();
        return false;
    }
    if (!request.playtest) return true;
    std::optional<std::size_t> node;
    try {
        node = playtestNode(*state.author(), *state.scenarioFile(), request.choose);
    } catch (const std::exception& e) {
        problem = e.what();
        return false;
    }
    if (!node || !state.playtestFrom(*node)) {
        problem = node ? state.author()->note : "--choose does not lead to a node";
        return false;
    }
    return true;
}

} // namespace

namespace {

bool pressKeys(AppState& state, const ScreenRequest& request, std::string& problem) {
    for (const std::string& name : request.keys) {
        const auto press = keyNamed(name);
        if (!press) {
            problem =
                "--keys: no key is called '" + name + "' (try Down, PgDn, Tab, F1, Ctrl+Q, a)";
            return false;
        }
        state.handleKey(*press);
    }
    return true;
}

bool reach(AppState& state, const ScreenRequest& request, std::string& problem);

} // namespace

bool driveTo(AppState& state, const ScreenRequest& request, std::string& problem) {
    return reach(state, request, problem) && pressKeys(state, request, problem);
}

namespace {

bool reach(AppState& state, const ScreenRequest& request, std::string& problem) {
    if (request.screen == Screen::Library) return true;
    if (request.screen == Screen::Settings) {
        state.openSettings();
        return true;
    }
    if (request.screen == Screen::Progress) {
        if (state.openProgress()) return true;
        problem = state.notice();
        return false;
    }
    std::string id = request.scenario;
    if (id.empty() && !state.library().cards().empty()) id = state.library().cards().front().id;
    if (isClassroom(request.screen)) return driveClass(state, request, id, problem);
    if (request.screen == Screen::Author || request.playtest)
        return driveAuthor(state, request, id, problem);
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
    if (request.handbook) state.play().toggleHandbook();
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

} // namespace

} // namespace frontline::app
