// Classroom play on the projector: the customer's words, the options large with letters, the
// discussion timer, the votes (hidden or shown), the reveal as bars, and after each decision the
// consequence card. The trainer drives it with the keyboard or a presentation clicker.
#include "class_widgets.hpp"

#include <algorithm>
#include <string>

namespace frontline::app {

namespace {

void topLine(const ClassSession& s, Ui& ui) {
    const Decision* d = s.current();
    const std::string title = s.session().scenario().title + " · decision " +
                              std::to_string(d ? d->step : 0) + " · " +
                              std::string(toString(s.setup().mode));
    const auto left = s.secondsLeft(ui.now);
    const float timerWidth = left ? ImGui::CalcTextSize("00:00").x * 1.6f : 0;
    ImGui::PushTextWrapPos(ImGui::GetContentRegionAvail().x - timerWidth);
    ImGui::PushStyleColor(ImGuiCol_Text, colourVec(ui.palette->muted));
    ImGui::TextUnformatted(title.c_str());
    ImGui::PopStyleColor();
    ImGui::PopTextWrapPos();
    if (!left) return;
    // The timer, large at the top right; amber for the last ten seconds, red at zero.
    ImGui::SameLine(ImGui::GetContentRegionMax().x - timerWidth);
    const Rgba ink = *left == 0    ? ui.palette->bad
                     : *left <= 10 ? ui.palette->warning
                                   : ui.palette->text;
    wrapped(timerText(*left), ink, ui.fonts.title);
}

void whoPicks(const ClassSession& s, Ui& ui) {
    const auto team = s.teamToPick();
    if (!team || s.phase() != Phase::Voting) return;
    const auto& teams = s.setup().teams;
    if (s.setup().mode == ClassMode::TeamTurns) {
        teamChip(ui, teams[*team], "'s turn to decide");
        return;
    }
    // Secret vote: who has picked (never what), and whose pick is being keyed in.
    const Decision& d = *s.current();
    for (std::size_t t = 0; t < teams.size(); ++t) {
        if (t > 0) ImGui::SameLine(0, ui.em);
        const bool picked = d.teamPicks[t].has_value();
        const char* mark = t == *team ? " \xE2\x97\x80" : picked ? " \xE2\x9C\x93" : "";
        teamChip(ui, teams[t], mark);
    }
    wrapped(teams[*team].name + ": tell the trainer your pick. The screen shows only who "
                                "has picked.",
            ui.palette->text, ui.fonts.bold);
}

void customerWords(const ClassSession& s, const Ui& ui) {
    const Decision* d = s.current();
    if (d == nullptr) return;
    wrapped(s.session().scenario().customer.name, ui.palette->customer, ui.fonts.bold);
    wrapped(d->prompt, ui.palette->text);
    ImGui::Spacing();
}

void options(AppState& state, ClassSession& s, Ui& ui, float width) {
    const Decision& d = *s.current();
    const bool shown = s.countsVisible();
    const bool teams = s.setup().mode != ClassMode::ClassVote;
    const int total = d.totalVotes();
    const Resolution r = s.phase() >= Phase::Locked ? s.resolution() : Resolution{};
    const int most = d.votes.empty() ? 0 : *std::max_element(d.votes.begin(), d.votes.end());
    for (std::size_t i = 0; i < d.options.size(); ++i) {
        OptionLook o;
        o.letter = static_cast<char>('A' + i);
        o.text = d.options[i].text;
        if (shown) {
            o.share = total == 0 ? 0.f : static_cast<float>(d.votes[i]) / static_cast<float>(total);
            o.count = countLabel(d.votes[i], total, teams);
        }
        o.barColour = ui.palette->accent;
        o.outlined = shown && total > 0 && d.votes[i] == most;
        if (s.phase() == Phase::Revealed && !r.option)
            o.dim = std::count(r.candidates.begin(), r.candidates.end(), i) == 0;
        if (s.phase() == Phase::Revealed && s.setup().mode == ClassMode::SecretVote)
            for (std::size_t t = 0; t < d.teamPicks.size(); ++t)
                if (d.teamPicks[t] == i) o.teams.push_back(&s.setup().teams[t]);
        o.onClick = [&state, &ui, i] {
            ui.after([&state, i] { state.handleKey(letterKey(static_cast<char>('a' + i))); });
        };
        optionBox(ui, o, width);
    }
}

std::string phaseLine(const ClassSession& s, const ClassroomView& c) {
    const Decision& d = *s.current();
    if (s.phase() == Phase::Voting) {
        if (!c.typed.empty()) return "Hands for the next letter pressed: " + c.typed;
        if (d.timedOut && d.totalVotes() == 0)
            return "Time is up: count the hands, then Page Down locks the vote.";
        if (s.setup().mode == ClassMode::ClassVote)
            return std::to_string(d.totalVotes()) + " hands counted" +
                   (s.countsVisible() ? "" : " (hidden until the reveal)");
        return "";
    }
    if (s.phase() == Phase::Locked) return "Votes are locked. Page Down reveals them.";
    const Resolution r = s.resolution();
    if (r.option) {
        if (r.how == Settled::DefaultOnTimeout)
            return "No votes when time ran out: the scenario's default, " +
                   optionLetter(*r.option) + ". Page Down takes it.";
        return "The room chose " + optionLetter(*r.option) + ". Page Down takes it.";
    }
    const std::string letters = optionLetters(r.candidates);
    return r.how == Settled::TrainerBrokeTie ? "A tie: trainer, press " + letters + " to choose."
                                             : "No votes: trainer, press the letter to take.";
}

void consequenceCard(const ClassSession& s, const Ui& ui) {
    const Decision& d = *s.current();
    const Consequence& c = *d.consequence;
    const Palette& p = *ui.palette;
    wrapped("The room said: " + c.said, p.learner, ui.fonts.bold);
    ImGui::Spacing();
    face(static_cast<float>(c.moodAfter), ui.em * 3.2f);
    ImGui::SameLine();
    ImGui::BeginGroup();
    for (const Line& line : c.reply) {
        if (line.speaker == Speaker::Narration) {
            wrapped("(" + line.text + ")", p.muted);
            continue;
        }
        wrapped(s.session().scenario().customer.name, p.customer, ui.fonts.bold);
        wrapped(line.text, p.text);
    }
    const int delta = c.moodAfter - c.moodBefore;
    if (delta != 0)
        wrapped("Mood " + std::to_string(c.moodBefore) + " \xE2\x86\x92 " +
                    std::to_string(c.moodAfter),
                delta > 0 ? p.good : p.bad);
    ImGui::EndGroup();
    ImGui::Spacing();
    if (s.setup().holdRules) {
        wrapped("The rule behind this choice is held for the class debrief.", p.muted);
        return;
    }
    if (!c.why.empty()) wrapped("Why: " + c.why, p.warning);
    // The better answer straight after the reason, before the rules' detail scrolls it away.
    if (!d.favoured.empty() && std::count(d.favoured.begin(), d.favoured.end(), *d.taken) == 0) {
        wrapped("The principles favour " + optionLetters(d.favoured) + ":", p.accent,
                ui.fonts.bold);
        for (std::size_t i : d.favoured)
            wrapped(optionLetter(i) + ". " + d.options[i].text, p.text);
    }
    ImGui::Spacing();
    ruleNotes(ui, c);
}

void errorBanner(const ClassSession& s, const Ui& ui) {
    wrapped("The scenario's script failed, so the story cannot go on:", ui.palette->bad,
            ui.fonts.bold);
    wrapped(*s.error(), ui.palette->text);
    wrapped("Page Down ends the session; every decision taken so far is kept for the debrief.",
            ui.palette->muted);
}

const char* keysFor(const ClassSession& s) {
    if (s.error()) return "PgDn end the session";
    switch (s.phase()) {
    case Phase::Voting:
        return s.setup().mode == ClassMode::ClassVote
                   ? "A B C add a hand · Shift+letter remove · 12 then B sets · PgDn lock"
                   : "letter: the team's pick · PgDn lock · PgUp back";
    case Phase::Locked:
        return "PgDn reveal · PgUp reopen · B blank";
    case Phase::Revealed:
        return s.resolution().option ? "PgDn take · PgUp back · B blank"
                                     : "letter: the trainer's pick · PgUp back";
    case Phase::Taken:
        return "PgDn next · PgUp undo · Up/Down scroll · B blank";
    case Phase::Ended:
        return "";
    }
    return "";
}

} // namespace

void drawClassPlay(AppState& state, Ui& ui) {
    ClassroomView* c = state.classroom();
    if (c == nullptr || !c->session || !beginScreen("ClassPlay")) return endScreen();
    ClassSession& s = *c->session;
    beginBody();
    // Each new decision and card starts at its top.
    static std::pair<std::size_t, Phase> shown{0, Phase::Ended};
    const std::pair<std::size_t, Phase> now{s.decisions().size(), s.phase()};
    if (now != shown) ImGui::SetScrollY(0);
    shown = now;
    scrollBy(c->scrollLines, ui.em);
    const float width = ImGui::GetContentRegionAvail().x;
    topLine(s, ui);
    if (s.error() && s.phase() != Phase::Taken) {
        errorBanner(s, ui);
    } else if (s.phase() == Phase::Taken && s.current()->consequence) {
        consequenceCard(s, ui);
        if (s.error()) errorBanner(s, ui);
    } else if (s.current() != nullptr) {
        // What the trainer does next, above the options so it never scrolls away.
        const std::string line = phaseLine(s, *c);
        if (!line.empty()) wrapped(line, ui.palette->accent, ui.fonts.bold);
        whoPicks(s, ui);
        customerWords(s, ui);
        options(state, s, ui, width);
    }
    endBody();
    statusBar(ui, c->notice, keysFor(s));
    endScreen();
}

} // namespace frontline::app
