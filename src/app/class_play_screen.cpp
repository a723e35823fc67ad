// Classroom play on the projector: the customer's words, the options large with letters, the
// discussion timer, the votes (hidden or shown), the reveal as bars, and after each decision the
// consequence card. The trainer drives it with the keyboard or a presentation clicker.
#include "class_widgets.hpp"

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

namespace frontline::app {

namespace {

// Where the room is in the session: "Decision 3 of about 8 · 12 min" from the session's pace,
// else the decision's number alone.
std::string pacing(const ClassroomView& c, Clock::time_point now) {
    if (std::string line = c.paceLine(now); !line.empty()) return line;
    const Decision* d = c.session->current();
    return pacingText(Pacing{d ? d->step : 0, std::nullopt, std::nullopt});
}

// `text` cut with an ellipsis to `width` in the current font: the header keeps to one line.
std::string cutTo(std::string text, float width) {
    if (ImGui::CalcTextSize(text.c_str()).x <= width) return text;
    while (!text.empty() && ImGui::CalcTextSize((text + "\xE2\x80\xA6").c_str()).x > width) {
        text.pop_back();
        while (!text.empty() && (static_cast<unsigned char>(text.back()) & 0xC0) == 0x80)
            text.pop_back(); // never half a UTF-8 character
        if (!text.empty() && (static_cast<unsigned char>(text.back()) & 0xC0) == 0xC0)
            text.pop_back();
    }
    return text.empty() ? text : text + "\xE2\x80\xA6";
}

// The header, pinned above what scrolls: the pacing line, the mode and the scenario on one line,
// and the timer large at the right.
void topLine(const ClassroomView& c, const ClassSession& s, Ui& ui) {
    const auto left = s.secondsLeft(ui.now);
    ImGui::PushFont(ui.fonts.title);
    const float timerWidth = left ? ImGui::CalcTextSize("00:00").x : 0;
    const float titleHeight = ImGui::GetTextLineHeight();
    ImGui::PopFont();
    const float width = ImGui::GetContentRegionAvail().x;
    const float room = width - (left ? timerWidth + ui.em : 0);
    const float top = ImGui::GetCursorPosY();
    // The words sit on the timer's baseline band, centred in its height.
    if (left) ImGui::SetCursorPosY(top + (titleHeight - ImGui::GetTextLineHeight()) / 2);
    const std::string pace = pacing(c, ui.now);
    ImGui::PushFont(ui.fonts.bold);
    ImGui::PushStyleColor(ImGuiCol_Text, colourVec(ui.palette->accent));
    const std::string paceShown = cutTo(pace, room);
    ImGui::TextUnformatted(paceShown.c_str());
    const float paceWidth = ImGui::GetItemRectSize().x;
    ImGui::PopStyleColor();
    ImGui::PopFont();
    const std::string rest = cutTo(" \xC2\xB7 " + std::string(toString(s.setup().mode)) +
                                       " \xC2\xB7 " + s.session().scenario().title,
                                   room - paceWidth);
    if (!rest.empty()) {
        ImGui::SameLine(0, 0);
        ImGui::PushStyleColor(ImGuiCol_Text, colourVec(ui.palette->muted));
        ImGui::TextUnformatted(rest.c_str());
        ImGui::PopStyleColor();
    }
    if (!left) return;
    // The timer: amber for the last ten seconds, red at zero.
    ImGui::SameLine(width - timerWidth);
    ImGui::SetCursorPosY(top);
    const Rgba ink = *left == 0    ? ui.palette->bad
                     : *left <= 10 ? ui.palette->warning
                                   : ui.palette->text;
    ImGui::PushFont(ui.fonts.title);
    ImGui::PushStyleColor(ImGuiCol_Text, colourVec(ink));
    ImGui::TextUnformatted(timerText(*left).c_str());
    ImGui::PopStyleColor();
    ImGui::PopFont();
}

// `compact`: without the sentence for the team whose pick is keyed (its chip is marked).
void whoPicks(const ClassSession& s, Ui& ui, bool compact) {
    if (s.phase() != Phase::Voting || s.setup().mode == ClassMode::ClassVote || !s.current())
        return;
    const auto& teams = s.setup().teams;
    // Core's words for the turn: whose it is, then "Red picked C" once the pick is in.
    if (s.setup().mode == ClassMode::TeamTurns) {
        const std::size_t turn = s.current()->team.value_or(0);
        if (turn < teams.size()) teamChip(ui, teams[turn], "");
        wrapped(s.turnLine(), ui.palette->text, ui.fonts.bold);
        return;
    }
    const auto team = s.teamToPick(); // none once every team has picked
    // Secret vote: who has picked (never what), and whose pick is being keyed in. The chips
    // wrap onto another line rather than run off the side with eight teams.
    const Decision& d = *s.current();
    const float right = ImGui::GetContentRegionMax().x;
    for (std::size_t t = 0; t < teams.size(); ++t) {
        const bool picked = d.teamPicks[t].has_value();
        const char* mark = team && t == *team ? " \xE2\x97\x80" : picked ? " \xE2\x9C\x93" : "";
        const float chip = ui.em * 0.8f + ImGui::GetStyle().ItemSpacing.x +
                           ImGui::CalcTextSize((teams[t].name + mark).c_str()).x;
        if (t > 0) {
            ImGui::SameLine(0, ui.em);
            if (ImGui::GetCursorPosX() + chip > right) ImGui::NewLine();
        }
        teamChip(ui, teams[t], mark);
    }
    if (compact) return;
    wrapped(s.turnLine(), ui.palette->text, ui.fonts.bold);
}

// `compact`: the words without the customer's name over them.
void customerWords(const ClassSession& s, const Ui& ui, bool compact) {
    const Decision* d = s.current();
    if (d == nullptr) return;
    if (!compact)
        wrapped(s.session().scenario().customer.name, ui.palette->customer, ui.fonts.bold);
    wrapped(d->prompt, ui.palette->text);
    ImGui::Spacing();
}

void options(AppState& state, ClassSession& s, Ui& ui, float width) {
    // Boxed options need only a narrow gap between them: the height goes to their text.
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing,
                        ImVec2(ImGui::GetStyle().ItemSpacing.x, ui.em * 0.15f));
    const Decision& d = *s.current();
    const bool shown = s.countsVisible();
    const bool teams = s.setup().mode != ClassMode::ClassVote;
    const int total = d.totalVotes();
    const Resolution r = s.phase() >= Phase::Locked ? s.resolution() : Resolution{};
    // Phones and keyed hands together: what the reveal and the resolution count.
    const std::vector<int> votes = d.allVotes();
    const int most = votes.empty() ? 0 : *std::max_element(votes.begin(), votes.end());
    std::vector<std::string> counts;
    if (shown)
        for (std::size_t i = 0; i < d.options.size(); ++i)
            counts.push_back(countLabel(votes[i], total, teams));
    const float countWidth = countColumnWidth(ui, counts);
    for (std::size_t i = 0; i < d.options.size(); ++i) {
        OptionLook o;
        o.letter = static_cast<char>('A' + i);
        o.text = d.options[i].text;
        if (shown && i < counts.size()) {
            o.share = total == 0 ? 0.f : static_cast<float>(votes[i]) / static_cast<float>(total);
            o.count = counts[i];
            o.countWidth = countWidth;
        }
        o.barColour = ui.palette->accent;
        o.outlined = shown && total > 0 && votes[i] == most;
        if (s.phase() == Phase::Revealed && !r.option)
            o.dim = std::count(r.candidates.begin(), r.candidates.end(), i) == 0;
        if (s.phase() == Phase::Revealed && s.setup().mode == ClassMode::SecretVote)
            for (std::size_t t = 0; t < d.teamPicks.size(); ++t)
                if (d.teamPicks[t] == i) o.teams.push_back(&s.setup().teams[t]);
        o.onClick = [&state, &ui, i] {
            // With Shift, as a trainer keys B: B alone blanks the projector.
            ui.after([&state, i] {
                state.perform(Action{Command::Hand, static_cast<int>('a' + i)});
            });
        };
        optionBox(ui, o, width);
    }
    ImGui::PopStyleVar();
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

// `compact`: the room's option by its letter only, and no customer's name over the reply (the
// face beside it is the customer).
void consequenceCard(const ClassSession& s, const Ui& ui, bool compact) {
    const Decision& d = *s.current();
    const Consequence& c = *d.consequence;
    const Palette& p = *ui.palette;
    // The compact card names the room's option by its letter: the reveal just showed its words.
    // "Red said" in team turns: one team's pick, not the room's (saidBy).
    if (compact && d.taken)
        wrapped(s.saidBy() + " " + optionLetter(*d.taken) + ".", p.learner, ui.fonts.bold);
    else
        wrapped(s.saidBy() + ": " + c.said, p.learner, ui.fonts.bold);
    ImGui::Spacing();
    face(static_cast<float>(c.moodAfter), ui.em * 3.2f);
    ImGui::SameLine();
    ImGui::BeginGroup();
    for (const Line& line : c.reply) {
        if (line.speaker == Speaker::Narration) {
            wrapped("(" + line.text + ")", p.muted);
            continue;
        }
        if (!compact) wrapped(s.session().scenario().customer.name, p.customer, ui.fonts.bold);
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

// Between decisions in the team modes, the scoreboard as it stands, fair to teams with fewer
// turns (points a decision); one line, pinned, so competitive rooms see it after every card.
void runningScores(const ClassSession& s, const Ui& ui) {
    if (s.setup().mode == ClassMode::ClassVote) return;
    std::string line = "Points a decision so far: ";
    const auto board = s.scoreboard();
    for (std::size_t i = 0; i < board.size(); ++i) {
        if (i > 0) line += " \xC2\xB7 ";
        line += s.setup().teams[board[i].team].name + " " + pointsPerDecisionText(board[i]);
    }
    wrapped(line, ui.palette->muted);
}

void errorBanner(const ClassSession& s, const Ui& ui) {
    wrapped("The scenario's script failed, so the story cannot go on:", ui.palette->bad,
            ui.fonts.bold);
    wrapped(*s.error(), ui.palette->text);
    wrapped("Page Down ends the session; every decision taken so far is kept for the debrief.",
            ui.palette->muted);
}

} // namespace

void drawClassPlay(AppState& state, Ui& ui) {
    // The join panel while phones may vote (the classroom runs the join server).
    const ClassroomView* c = state.classroom();
    drawClassPlay(state, ui, c != nullptr ? c->joinInfo() : nullptr);
}

void drawClassPlay(AppState& state, Ui& ui, const JoinInfo* join) {
    ClassroomView* c = state.classroom();
    if (c == nullptr || !c->session || !beginScreen("ClassPlay")) return endScreen();
    ClassSession& s = *c->session;
    const float floor = fitFloor(ui.fonts.body->FontSize, ImGui::GetIO().DisplaySize.y);
    beginClassBody(ui, c->notice, c->hints(), floor);
    // Each new decision and card starts at its top.
    static std::pair<std::size_t, Phase> shown{0, Phase::Ended};
    const std::pair<std::size_t, Phase> now{s.decisions().size(), s.phase()};
    const ImVec2 body = ImGui::GetContentRegionAvail();
    FittedArea area;
    area.id = "play";
    area.size = body;
    area.floor = floor;
    area.toTop = c->scrollTop || now != shown;
    c->scrollTop = false;
    area.scrollLines = &c->scrollLines;
    shown = now;
    const bool card = s.phase() == Phase::Taken && s.current() && s.current()->consequence;
    bool compact = false; // the shorter form, when even the floor overflows
    area.compact = &compact;
    // Pinned: the header, and what the trainer does next, so neither scrolls away.
    area.pinned = [&] {
        topLine(*c, s, ui);
        if (card && !s.error()) runningScores(s, ui);
        if (s.error() || card || s.current() == nullptr) return;
        const std::string line = phaseLine(s, *c);
        if (!line.empty()) wrapped(line, ui.palette->accent, ui.fonts.bold);
    };
    area.flowing = [&] {
        const float width = ImGui::GetContentRegionAvail().x;
        if (s.error() && s.phase() != Phase::Taken) {
            errorBanner(s, ui);
        } else if (card) {
            consequenceCard(s, ui, compact);
            if (s.error()) errorBanner(s, ui);
        } else if (s.current() != nullptr) {
            whoPicks(s, ui, compact);
            // The room heard the customer while it voted: the reveal can do without them.
            if (!compact || s.phase() == Phase::Voting) customerWords(s, ui, compact);
            options(state, s, ui, width);
        }
    };
    FitOutcome outcome;
    if (join != nullptr && s.phase() == Phase::Voting && !s.error()) {
        // The join panel beside the options, or a strip below them; they fit in what is left.
        const JoinLayout place = placeJoinPanel(body.x, body.y, ui.em, join->qrSize);
        const ImVec2 gap = ImGui::GetStyle().ItemSpacing;
        if (place.placement == JoinPlacement::Beside) {
            area.size.x = body.x - place.width - gap.x;
            ImGui::BeginGroup();
            outcome = drawFitted(ui, area);
            ImGui::EndGroup();
            ImGui::SameLine();
            joinPanel(*join, ui, body.y);
        } else {
            area.size.y = body.y - place.height - gap.y;
            outcome = drawFitted(ui, area);
            joinPanel(*join, ui, place.height);
        }
    } else {
        outcome = drawFitted(ui, area);
    }
    c->moreBelow = outcome.marks.moreBelow;
    c->moreAbove = outcome.marks.moreAbove;
    endBody();
    // From the keymap; while there is more to see PageDown says "more": it scrolls first.
    classStatusBar(ui, floor);
    endScreen();
}

} // namespace frontline::app
