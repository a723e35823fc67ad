#include "class_markdown.hpp"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <string_view>
#include <utility>

namespace frontline::report {

namespace {

// Markdown would read these as formatting in a learner's line or a team's name.
std::string escaped(const std::string& text) {
    std::string out;
    for (char c : text) {
        if (c == '|' || c == '*' || c == '_' || c == '`' || c == '[' || c == ']' || c == '<' ||
            c == '#' || c == '\\')
            out += '\\';
        out += c == '\n' ? ' ' : c;
    }
    return out;
}

std::string percent(int part, int whole) {
    return std::to_string(votePercent(part, whole)) + "%";
}

bool isFavoured(const Decision& d, std::size_t option) {
    return std::count(d.favoured.begin(), d.favoured.end(), option) > 0;
}

std::string heading(const ClassDebrief& d, const std::string& date) {
    std::string out = "# Class debrief: " + escaped(d.scenario) + "\n\n";
    out += escaped(d.organisation) + " · " + std::string(toString(d.mode)) + " · " + date + " · " +
           std::to_string(d.decisions.size()) +
           (d.decisions.size() == 1 ? " decision" : " decisions") + "\n\n";
    if (d.finished)
        out += "Ending: **" + std::string(toString(d.endingKind)) + "**. " + escaped(d.summary) +
               "\n\n";
    else if (d.unfinished)
        out += "The class ended the session early, at decision " +
               std::to_string(d.unfinished->step) + ": \"" + escaped(d.unfinished->prompt) +
               "\"\n\n";
    else
        out += "The class ended the session early, before the story reached an ending.\n\n";
    if (d.error) out += "The scenario failed: `" + *d.error + "`\n\n";
    return out;
}

std::string grade(const ClassDebrief& d) {
    const Debrief& g = d.debrief;
    return "## The class's grade\n\n**" + std::string(toString(g.grade)) + "**, " +
           std::to_string(g.percent) + "% (" + std::to_string(std::max(g.points, 0)) + " of " +
           std::to_string(g.best) + " points). " + escaped(g.reason) + "\n\n";
}

std::string optionLine(const ClassDebrief& debrief, const Decision& d, std::size_t i) {
    const int votes = d.votesFor(i);
    std::string line = "- " + optionLetter(i) + ". " + escaped(d.options[i].text) + " — ";
    if (d.totalVotes() == 0) { // no share of nothing: "0%" reads as a vote against
        line += "no votes";
    } else {
        line += std::to_string(votes);
        line += debrief.mode == ClassMode::ClassVote ? (votes == 1 ? " vote" : " votes")
                                                     : (votes == 1 ? " team" : " teams");
        line += " (" + percent(votes, d.totalVotes()) + ")";
    }
    // Both ways of voting add up; the split says where the votes came from.
    if (!d.teamModes && i < d.phoneVotes.size() && d.phoneVotes[i] > 0)
        line += ": " + std::to_string(d.votes[i]) + " by hand, " + std::to_string(d.phoneVotes[i]) +
                " by phone";
    if (isFavoured(d, i)) line += " · *the principles favour this*";
    if (d.taken == i) line += " · **taken**";
    if (debrief.mode == ClassMode::SecretVote)
        for (std::size_t t = 0; t < d.teamPicks.size() && t < debrief.teams.size(); ++t)
            if (d.teamPicks[t] == i) line += " · " + escaped(debrief.teams[t].name);
    return line + "\n";
}

std::string rules(const Consequence& c) {
    std::string out;
    for (const RuleNote& r : c.rules) {
        out += "  - " + std::string(r.kind == EvidenceKind::Credit ? "Shows" : "Breaks") + " **" +
               escaped(r.title) + "**";
        if (!r.source.empty()) out += " (" + escaped(r.source) + ")";
        out += ". " + escaped(r.requirement);
        if (!r.forCustomer.empty())
            out += " When it is ignored, the customer: " + escaped(r.forCustomer) +
                   " The business: " + escaped(r.forBusiness);
        out += "\n";
    }
    return out;
}

std::string teamName(const ClassDebrief& debrief, std::size_t team) {
    return team < debrief.teams.size() ? escaped(debrief.teams[team].name) : "?";
}

// How a decision was settled, said as what happened in the room.
std::string settledWords(const ClassDebrief& debrief, const Decision& d) {
    const std::string taken = d.taken ? optionLetter(*d.taken) : "?";
    switch (d.settled) {
    case Settled::DefaultOnTimeout:
        return "no votes, so the scenario's default, " + taken;
    case Settled::TrainerPicked:
        return "no votes, so the trainer chose " + taken;
    case Settled::TrainerBrokeTie:
        return "a tie, broken by the trainer: " + taken;
    case Settled::Majority:
        break;
    }
    if (debrief.mode == ClassMode::TeamTurns && d.team)
        return teamName(debrief, *d.team) + "'s pick, " + taken;
    if (debrief.mode == ClassMode::SecretVote) return "the teams' majority, " + taken;
    return "the room's majority, " + taken;
}

std::string missingLine(const ClassDebrief& debrief, const Decision& d) {
    const auto missing = d.missingTeams();
    if (missing.empty()) return {};
    std::string names;
    for (std::size_t i = 0; i < missing.size(); ++i) {
        if (i > 0) names += i + 1 == missing.size() ? " and " : ", ";
        names += teamName(debrief, missing[i]);
    }
    return " " + names + " did not pick.";
}

std::string decisionHead(const ClassDebrief& debrief, const Decision& d) {
    std::string out = "### Decision " + std::to_string(d.step);
    if (debrief.mode == ClassMode::TeamTurns && d.team && *d.team < debrief.teams.size())
        out += " (" + escaped(debrief.teams[*d.team].name) + ")";
    out += "\n\n";
    // The customer's words first, so each decision reads on its own.
    if (!d.prompt.empty()) out += "> " + escaped(d.prompt) + "\n\n";
    for (std::size_t i = 0; i < d.options.size(); ++i)
        out += optionLine(debrief, d, i);
    return out;
}

std::string path(const ClassDebrief& debrief) {
    std::string out = "## The path\n\n";
    for (std::size_t n = 0; n < debrief.decisions.size(); ++n) {
        const Decision& d = debrief.decisions[n];
        // The next decision opens with the customer's words: its card need not say them too.
        const Decision* after = n + 1 < debrief.decisions.size() ? &debrief.decisions[n + 1]
                                : debrief.unfinished             ? &*debrief.unfinished
                                                                 : nullptr;
        out += decisionHead(debrief, d);
        out += "\nSettled by " + settledWords(debrief, d) + ".";
        if (d.timedOut) out += " The discussion time ran out.";
        out += missingLine(debrief, d);
        if (roomSplit(d)) out += " **Where the room split.**";
        out += "\n\n";
        if (!d.consequence) continue;
        for (const Line& l : d.consequence->reply) {
            const bool narration = l.speaker == Speaker::Narration;
            if (!narration && after != nullptr && l.text == after->prompt) continue;
            out.append(narration ? "*" : "> ").append(escaped(l.text));
            out.append(narration ? "*\n\n" : "\n\n");
        }
        if (!d.consequence->why.empty()) out += "Why: " + escaped(d.consequence->why) + "\n\n";
        if (!d.consequence->rules.empty()) out += rules(*d.consequence) + "\n";
    }
    if (debrief.unfinished) {
        out += decisionHead(debrief, *debrief.unfinished);
        out += "\nOpen when the class ended: nothing was taken." +
               missingLine(debrief, *debrief.unfinished) + "\n\n";
    }
    return out;
}

std::string splits(const ClassDebrief& debrief) {
    std::string out = "## Where the room split\n\n";
    bool any = false;
    for (const Decision& d : debrief.decisions) {
        if (!roomSplit(d)) continue;
        any = true;
        const std::string option =
            optionLetter(*d.taken) + ", \"" + escaped(d.options[*d.taken].text) + "\"";
        out += "- Decision " + std::to_string(d.step) + ": ";
        if (d.settled == Settled::DefaultOnTimeout)
            out += "No votes: the scenario's default, " + option;
        else if (d.settled == Settled::TrainerPicked)
            out += "No votes: the trainer took " + option;
        else if (d.settled == Settled::TrainerBrokeTie)
            out += "a tie, and the trainer took " + option + " (" +
                   percent(d.votesFor(*d.taken), d.totalVotes()) + ")";
        else if (debrief.mode == ClassMode::TeamTurns && d.team)
            out += teamName(debrief, *d.team) + " picked " + option;
        else
            out += std::string(debrief.mode == ClassMode::SecretVote ? "the teams" : "the room") +
                   " took " + option + " (" + percent(d.votesFor(*d.taken), d.totalVotes()) + ")";
        if (!isFavoured(d, *d.taken))
            for (std::size_t f : d.favoured)
                out += (f == d.favoured.front() ? "; the principles favour " : " or ") +
                       optionLetter(f) + ", \"" + escaped(d.options[f].text) + "\"";
        out += ".\n";
    }
    if (!any) out += "Nowhere: the room agreed, and with the principles.\n";
    return out + "\n";
}

std::string teams(const ClassDebrief& debrief) {
    if (debrief.scoreboard.empty()) return {};
    std::vector<TeamScore> board = debrief.scoreboard;
    rankTeams(board); // fair to teams with fewer turns: points per decision first
    std::string out = "## Teams\n\nRanked by points per decision, so more turns is no head start; "
                      "a missed pick scores nothing.\n\n| Team | Points per decision | Decisions | "
                      "Missed | Favoured picks | Principles shown | Breached | Points |\n"
                      "|---|---|---|---|---|---|---|---|\n";
    for (const TeamScore& t : board) {
        char perDecision[32];
        std::snprintf(perDecision, sizeof perDecision, "%.1f", t.pointsPerDecision);
        out += "| " + teamName(debrief, t.team) + " | " + perDecision + " | " +
               std::to_string(t.decisions) + " | " + std::to_string(t.missed) + " | " +
               std::to_string(t.favouredPicks) + " | " + std::to_string(t.credited) + " | " +
               std::to_string(t.breached) + " | " + std::to_string(t.points);
        if (!t.criticalBreaches.empty()) out += " (critical breach)";
        out += " |\n";
    }
    return out + "\n";
}

// The learner's debrief speaks to one person ("you said"); a class debrief is the room's.
std::string roomVoice(std::string text) {
    static const std::pair<const char*, const char*> kPhrases[] = {
        {" you said: ", " the room said: "},
        {"You did not show this", "The room did not show this"},
        {"You avoided this. ", "The room showed it, so this did not happen. "},
        {"You put it right", "The room put it right"},
        {"This is what your choice risked. ", "This is what the room's choice risked. "},
    };
    for (const auto& [from, to] : kPhrases)
        for (auto at = text.find(from); at != std::string::npos;
             at = text.find(from, at + std::string_view(to).size()))
            text.replace(at, std::string_view(from).size(), to);
    return text;
}

std::string findings(const ClassDebrief& debrief) {
    std::string out = "## Findings\n\n";
    for (const Finding& f : debrief.debrief.findings) {
        out += "### " + escaped(f.title) + ": " + std::string(toString(f.status)) + "\n\n";
        out += "- Point: " + escaped(roomVoice(f.point)) + "\n";
        out += "- Evidence: " + escaped(f.evidence) + "\n";
        out += "- Explain: " + escaped(roomVoice(f.explain)) + "\n\n";
    }
    return out;
}

} // namespace

std::string classMarkdown(const ClassDebrief& debrief, const std::string& date) {
    return heading(debrief, date) + grade(debrief) + splits(debrief) + teams(debrief) +
           path(debrief) + findings(debrief);
}

std::string classMarkdownName(const ClassDebrief& debrief, const std::string& stamp) {
    std::string slug;
    for (unsigned char c : debrief.scenario) {
        if (std::isalnum(c))
            slug += static_cast<char>(std::tolower(c));
        else if (!slug.empty() && slug.back() != '-')
            slug += '-';
    }
    while (!slug.empty() && slug.back() == '-')
        slug.pop_back();
    return "class-" + stamp + "-" + (slug.empty() ? "session" : slug) + ".md";
}

} // namespace frontline::report
