#include "presenter.hpp"

#include <algorithm>

namespace frontline::app {

namespace {

std::string modeName(ClassMode mode) {
    switch (mode) {
    case ClassMode::ClassVote:
        return "class vote";
    case ClassMode::TeamTurns:
        return "team turns";
    case ClassMode::SecretVote:
        return "secret team vote";
    }
    return "";
}

// The teams whose pick is due and not made, by name ("Yellow", "Red and Owls"); empty in a class
// vote or when all have picked.
std::string teamsToPick(const ClassSession& s) {
    const Decision& d = *s.current();
    const auto& teams = s.setup().teams;
    std::vector<std::string> names;
    for (std::size_t t : d.missingTeams())
        if (t < teams.size()) names.push_back(teams[t].name);
    std::string out;
    for (std::size_t i = 0; i < names.size(); ++i) {
        if (i > 0) out += i + 1 == names.size() ? " and " : ", ";
        out += names[i];
    }
    return out;
}

bool anyPhoneVotes(const Decision& d) {
    for (int v : d.phoneVotes)
        if (v > 0) return true;
    for (const auto& team : d.teamPhoneVotes)
        for (int v : team)
            if (v > 0) return true;
    return false;
}

// What the next press does while votes are open: a typed count waits for its letter, a vote
// with nothing cast waits for votes or the timer (L locks it anyway), a missing team is warned of
// once; the default is named when time ran out with no votes.
NextStep votingStep(const ClassSession& s, const ClassroomView& c) {
    const Decision& d = *s.current();
    if (!c.typed.empty())
        return {"a letter", "Give " + c.typed + " hands to that option",
                "Page Down waits for it; Backspace clears the count."};
    if (c.removing) return {"a letter", "Take a hand away from that option", "Backspace cancels."};
    if (d.totalVotes() == 0 && !anyPhoneVotes(d) && !d.timedOut)
        return {"L", "Lock with no votes",
                s.setup().discussionSeconds > 0 ? "Page Down waits for votes or the timer."
                                                : "Page Down waits for votes."};
    if (const std::string waiting = teamsToPick(s); !waiting.empty()) {
        const bool several = waiting.find(" and ") != std::string::npos;
        return {"PgDn", "Lock the vote",
                waiting + (several ? " have" : " has") +
                    " not picked (their phones pick for them if they voted): the first press "
                    "warns, the second locks anyway."};
    }
    if (d.totalVotes() > 0 || anyPhoneVotes(d)) return {"PgDn", "Lock the vote", ""};
    const auto def = std::find_if(d.options.begin(), d.options.end(),
                                  [](const Option& o) { return o.isDefault; });
    if (def != d.options.end())
        return {"PgDn", "Lock the vote",
                "No votes: the scenario's default, " +
                    optionLetter(static_cast<std::size_t>(def - d.options.begin())) +
                    ", will be taken."};
    return {"PgDn", "Lock the vote", "No votes: you will pick the option to take."};
}

NextStep setupStep(const ClassroomView& c) {
    const auto problems = problemsWith(c.setup);
    if (!problems.empty()) return {"", "Fix the setup before starting", problems.front()};
    return {"PgDn", "Start the class", "S, F5 or Enter on \"Start\" do the same."};
}

NextStep revealedStep(const ClassSession& s) {
    const Resolution r = s.resolution();
    if (r.option) {
        NextStep step{"PgDn", "Take " + optionLetter(*r.option) + " and show the card", ""};
        if (r.how == Settled::DefaultOnTimeout)
            step.detail = "No votes when time ran out: the scenario's default.";
        return step;
    }
    const std::string letters = optionLetters(r.candidates);
    if (r.how == Settled::TrainerBrokeTie)
        return {letters, "Choose which to take and show the card",
                "A tie: Page Down waits for your letter."};
    return {letters, "Pick the option to take and show the card",
            "No votes: Page Down waits for your letter."};
}

NextStep phaseStep(const ClassroomView& c) {
    const ClassSession& s = *c.session;
    switch (s.phase()) {
    case Phase::Voting:
        return votingStep(s, c);
    case Phase::Locked:
        return {"PgDn", "Reveal", ""};
    case Phase::Revealed:
        return revealedStep(s);
    case Phase::Taken:
        if (s.session().finished())
            return {"PgDn", "End the scenario and show the class debrief", ""};
        return {"PgDn", "Open decision " + std::to_string(s.current()->step + 1), ""};
    case Phase::Ended:
        break;
    }
    return {"", "The session has ended", ""};
}

NextStep playStep(const ClassroomView& c) {
    const ClassSession& s = *c.session;
    if (c.blanked)
        return {"any key", "Bring the picture back",
                "The projector is black; that key does nothing else."};
    if (c.confirmEnd) return {"Y", "End the class", "Any other key goes on with it."};
    if (s.error()) return {"PgDn", "End the session", "The scenario failed: " + *s.error()};
    if (s.current() == nullptr || s.phase() == Phase::Ended)
        return {"", "The session has ended", ""};
    NextStep step = phaseStep(c);
    // A clicker's "next" shows what is below the projector's fold before it acts.
    if (c.moreBelow && step.keys == "PgDn")
        return {"PgDn", "Scroll the projector down a page", "Then Page Down: " + step.action + "."};
    return step;
}

std::vector<OptionRule> rulesOf(const ClassSession& s, const Decision& d, std::size_t option) {
    std::vector<OptionRule> out;
    const Node* node = s.session().scenario().find(d.node);
    if (node == nullptr) return out;
    const auto choice =
        std::find_if(node->choices.begin(), node->choices.end(),
                     [&](const Choice& c) { return c.id == d.options[option].choice; });
    if (choice == node->choices.end()) return out;
    const std::string& organisation = s.session().scenario().organisation;
    for (const bool breach : {false, true})
        for (const std::string& id : breach ? choice->breach : choice->credit) {
            const Principle* p = s.rubric().find(id, organisation);
            out.push_back({breach, p ? p->title : id, p ? p->source : ""});
        }
    return out;
}

std::vector<PresenterOption> optionsOf(const ClassSession& s, const Decision& d) {
    std::vector<PresenterOption> out;
    const int total = d.totalVotes();
    const std::vector<int> all = d.allVotes();
    const int most = all.empty() ? 0 : *std::max_element(all.begin(), all.end());
    const auto& teams = s.setup().teams;
    for (std::size_t i = 0; i < d.options.size(); ++i) {
        PresenterOption o;
        o.letter = optionLetter(i);
        o.text = d.options[i].text;
        o.votes = d.votesFor(i);
        o.phoneVotes = i < d.phoneVotes.size() ? d.phoneVotes[i] : 0;
        o.percent = votePercent(o.votes, total);
        o.leading = total > 0 && o.votes == most;
        o.favoured = std::count(d.favoured.begin(), d.favoured.end(), i) > 0;
        o.isDefault = d.options[i].isDefault;
        o.taken = d.taken == i;
        for (std::size_t t = 0; t < d.teamPicks.size() && t < teams.size(); ++t)
            if (d.teamPicks[t] == i) o.teams.push_back(teams[t].name);
        o.rules = rulesOf(s, d, i);
        out.push_back(std::move(o));
    }
    return out;
}

std::vector<KeyHelp> setupKeys() {
    return {{"Up / Down", "choose a row"},
            {"Left / Right", "change it"},
            {"Enter", "change, or rename a team"},
            {"S, PgDn or F5", "start the class"},
            {"Esc", "back to the library"}};
}

std::vector<KeyHelp> playKeys(const ClassSession& s) {
    std::vector<KeyHelp> keys;
    const bool classVote = s.setup().mode == ClassMode::ClassVote;
    switch (s.phase()) {
    case Phase::Voting:
        if (classVote) {
            keys.push_back({"A B C ...", "a hand for that option (Shift+B for B: B blanks)"});
            keys.push_back({"12 then A", "set A to 12 hands"});
            keys.push_back({"- then A", "take a hand away from A"});
        } else
            keys.push_back({"A B C ...", "the team's pick (Shift+B for B: B blanks)"});
        if (s.setup().mode == ClassMode::SecretVote)
            keys.push_back({"Left / Right", "whose pick is keyed"});
        keys.push_back({"PgDn", "lock the vote"});
        keys.push_back({"L", "lock now, even with no votes"});
        break;
    case Phase::Locked:
        keys.push_back({"PgDn", "reveal"});
        keys.push_back({"PgUp", "reopen the vote"});
        break;
    case Phase::Revealed:
        keys.push_back({"PgDn", "take the room's choice"});
        keys.push_back({"A B C ...", "your pick at a tie or with no votes (Shift+B for B)"});
        keys.push_back({"PgUp", "back to locked"});
        break;
    case Phase::Taken:
        keys.push_back({"PgDn", "next decision"});
        keys.push_back({"PgUp", "undo the branch"});
        keys.push_back({"Up / Down", "scroll the card"});
        break;
    case Phase::Ended:
        break;
    }
    keys.push_back({"B or .", "blank the projector; any key brings it back"});
    keys.push_back({"F11", "projector fullscreen"});
    keys.push_back({"Ctrl + / -", "projector text size"});
    keys.push_back({"Ctrl+E then Y", "end the class"});
    return keys;
}

// What the trainer leads the discussion from: the grade, the ending, and where the room split.
std::vector<std::string> debriefSummary(const ClassDebrief& d) {
    std::vector<std::string> out;
    out.push_back(std::string(toString(d.debrief.grade)) + ", " +
                  std::to_string(d.debrief.percent) + "% of the best path" +
                  (d.finished ? "." : ": the session was ended early."));
    if (!d.summary.empty()) out.push_back(d.summary);
    std::vector<std::string> split;
    for (const Decision& decision : d.decisions)
        if (roomSplit(decision)) split.push_back(std::to_string(decision.step));
    std::string where;
    for (std::size_t i = 0; i < split.size(); ++i)
        where += (i == 0 ? "" : i + 1 == split.size() ? " and " : ", ") + split[i];
    out.push_back(std::to_string(d.decisions.size()) + " decisions taken. " +
                  (split.empty()       ? std::string("The room never split.")
                   : split.size() == 1 ? "The room split at decision " + where + "."
                                       : "The room split at decisions " + where + "."));
    return out;
}

std::vector<KeyHelp> debriefKeys() {
    return {{"Up / Down, PgUp / PgDn", "scroll"},
            {"M", "save the debrief as Markdown"},
            {"N", "another session, same setup"},
            {"Esc", "back to the library"}};
}

} // namespace

NextStep nextStep(const ClassroomView& c) {
    switch (c.stage) {
    case ClassStage::Setup:
        return setupStep(c);
    case ClassStage::Play:
        if (!c.session) return {"", "The session has not started", ""};
        return playStep(c);
    case ClassStage::Debrief:
        return {"N", "Set up another session",
                "M saves the debrief again; Esc goes to the library."};
    case ClassStage::Left:
        break;
    }
    return {"", "The class has been left", ""};
}

PresenterNotes presenterNotes(const ClassroomView& c, ClassClock::time_point now) {
    PresenterNotes notes;
    notes.stage = c.stage;
    notes.next = nextStep(c);
    notes.notice = c.notice;
    const std::string title = c.file() && c.file()->scenario ? c.file()->scenario->title : "";
    if (c.stage == ClassStage::Setup) {
        notes.heading = "Class setup · " + title + " · " + modeName(c.setup.mode);
        notes.keys = setupKeys();
        return notes;
    }
    if (c.stage == ClassStage::Debrief) {
        notes.heading = "Class debrief · " + title;
        notes.keys = debriefKeys();
        if (c.debrief) notes.summary = debriefSummary(*c.debrief);
        return notes;
    }
    if (c.stage != ClassStage::Play || !c.session) return notes;
    const ClassSession& s = *c.session;
    const Decision* d = s.current();
    notes.heading = s.session().scenario().title +
                    (d ? " · decision " + std::to_string(d->step) : std::string()) + " · " +
                    modeName(s.setup().mode);
    notes.pace = c.paceLine(now);
    notes.phones = c.phones;
    notes.phonesJoined = s.phonesJoined();
    notes.phonesVoted = s.phonesVoted();
    notes.secondsLeft = s.secondsLeft(now);
    notes.blanked = c.blanked;
    notes.roomSeesCounts = s.countsVisible();
    notes.teams = s.setup().mode != ClassMode::ClassVote;
    notes.keys = playKeys(s);
    if (d == nullptr) return notes;
    notes.customer = d->prompt;
    notes.totalVotes = d->totalVotes();
    notes.options = optionsOf(s, *d);
    if (!d->favoured.empty())
        notes.favoured = "The principles favour " + optionLetters(d->favoured) + ".";
    if (s.phase() == Phase::Voting) notes.pendingTeams = teamsToPick(s);
    if (s.phase() == Phase::Taken && d->consequence) notes.card = &*d->consequence;
    notes.rulesHeldFromRoom = s.setup().holdRules;
    return notes;
}

bool presenterWanted(PresenterChoice choice, int displays, Screen screen, bool closedByTrainer) {
    if (choice == PresenterChoice::Never || !isClassroom(screen) || closedByTrainer) return false;
    return choice == PresenterChoice::Always || displays >= 2;
}

std::optional<Clock::time_point> presenterDeadline(const AppState& state, Clock::time_point now) {
    const ClassroomView* c = state.classroom();
    if (state.screen() != Screen::ClassPlay || c == nullptr || c->stage != ClassStage::Play ||
        !c->session)
        return std::nullopt;
    return c->session->nextTick(now);
}

} // namespace frontline::app
