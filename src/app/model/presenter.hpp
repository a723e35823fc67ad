// The presenter view's model: what the trainer's own window shows while the room watches the
// projector. The next step (what Page Down does now), the timer, every vote as it arrives (even
// when the room's view hides the counts), the teaching notes behind the options and the keys.
// Read-only over the classroom, and plain C++, so every phase and mode is tested headless.
#pragma once

#include "app_state.hpp"
#include "classroom_view.hpp"

#include <optional>
#include <string>
#include <vector>

namespace frontline::app {

// What the trainer's next press does: `keys` ("PgDn", "S", "A or C") then `action` ("Lock the
// vote", "Reveal", "Take C and show the card", "Open decision 4"). `detail`, when not empty, is
// what the trainer should know first ("Yellow has not picked.").
struct NextStep {
    std::string keys;
    std::string action;
    std::string detail;
};

NextStep nextStep(const ClassroomView& classroom);

// One principle an option credits or breaches, with what ignoring it costs: the rule behind it.
struct OptionRule {
    bool breach = false;
    std::string title;
    std::string source;
};

struct PresenterOption {
    std::string letter; // "A"
    std::string text;
    // Hands and phones (class vote) or teams' picks, shown here even when the room's are hidden.
    int votes = 0;
    int phoneVotes = 0; // of those, from phones
    int percent = 0;
    bool leading = false;  // has the most votes (and some)
    bool favoured = false; // the principles favour it
    bool isDefault = false;
    bool taken = false;
    std::vector<std::string> teams; // team modes: the teams whose pick it is
    std::vector<OptionRule> rules;  // what choosing it credits and breaches
};

// A key and what it does here, for the controls list.
struct KeyHelp {
    std::string keys;
    std::string does;
};

struct PresenterNotes {
    ClassStage stage = ClassStage::Setup;
    std::string heading; // the scenario, the decision and the mode
    NextStep next;
    std::string pace;               // "Decision 3 of about 8 · 12 min"
    std::optional<int> secondsLeft; // the discussion timer, while it runs
    bool phones = false;            // the room may vote from phones
    int phonesJoined = 0, phonesVoted = 0;
    bool blanked = false;        // the projector shows black
    bool roomSeesCounts = false; // false: the projector hides the counts until the reveal
    bool teams = false;          // the votes are teams' picks (team modes), not hands
    int totalVotes = 0;
    std::string customer; // the customer's last words before this decision
    std::vector<PresenterOption> options;
    std::string favoured;              // "The principles favour B." or empty
    std::string pendingTeams;          // team modes: who still has to pick
    const Consequence* card = nullptr; // once a branch is taken: the reply and its rules
    bool rulesHeldFromRoom = false;    // assessment style: the projector holds the rules back
    std::vector<std::string> summary;  // the class debrief: the grade, the ending, the splits
    std::vector<KeyHelp> keys;
    std::string notice; // the classroom's status line
};

// Everything the presenter window draws, from the classroom as it stands at `now`.
PresenterNotes presenterNotes(const ClassroomView& classroom, ClassClock::time_point now);

// Whether the presenter window opens: --presenter forces it, --no-presenter never; by default
// only with a second display. Only while a class runs (setup, play, debrief), and not once the
// trainer has closed it in this class.
enum class PresenterChoice { Auto, Always, Never };
bool presenterWanted(PresenterChoice choice, int displays, Screen screen, bool closedByTrainer);

// When the presenter window must redraw with no input: the class timer's next second, even while
// the projector is blanked (the room sees black, the trainer still sees the time run down).
std::optional<Clock::time_point> presenterDeadline(const AppState& state, Clock::time_point now);

} // namespace frontline::app
