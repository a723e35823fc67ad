#include "class_markdown.hpp"

#include <algorithm>
#include <cctype>

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
        out += "Ending: **" + escaped(d.ending) + "** (" + std::string(toString(d.endingKind)) +
               "). " + escaped(d.summary) + "\n\n";
    else
        out += "The session was ended at '" + escaped(d.ending) + "', before an ending.\n\n";
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
    std::string line = "- " + optionLetter(i) + ". " + escaped(d.options[i].text) + " — " +
                       std::to_string(d.votes[i]);
    line += debrief.mode == ClassMode::ClassVote ? (d.votes[i] == 1 ? " vote" : " votes")
                                                 : (d.votes[i] == 1 ? " team" : " teams");
    line += " (" + percent(d.votes[i], d.totalVotes()) + ")";
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

std::string path(const ClassDebrief& debrief) {
    std::string out = "## The path\n\n";
    std::string lastReply; // the customer's words the previous card already showed
    for (const Decision& d : debrief.decisions) {
        out += "### Decision " + std::to_string(d.step);
        if (debrief.mode == ClassMode::TeamTurns && d.team && *d.team < debrief.teams.size())
            out += " (" + escaped(debrief.teams[*d.team].name) + ")";
        out += "\n\n";
        if (!d.prompt.empty() && d.prompt != lastReply) out += "> " + escaped(d.prompt) + "\n\n";
        for (std::size_t i = 0; i < d.options.size(); ++i)
            out += optionLine(debrief, d, i);
        out += "\nSettled by: " + std::string(toString(d.settled)) + ".";
        if (d.timedOut) out += " The discussion time ran out.";
        if (roomSplit(d)) out += " **Where the room split.**";
        out += "\n\n";
        if (!d.consequence) continue;
        for (const Line& l : d.consequence->reply) {
            const bool narration = l.speaker == Speaker::Narration;
            if (!narration) lastReply = l.text;
            out.append(narration ? "*" : "> ").append(escaped(l.text));
            out.append(narration ? "*\n\n" : "\n\n");
        }
        if (!d.consequence->why.empty()) out += "Why: " + escaped(d.consequence->why) + "\n\n";
        if (!d.consequence->rules.empty()) out += rules(*d.consequence) + "\n";
    }
    return out;
}

std::string splits(const ClassDebrief& debrief) {
    std::string out = "## Where the room split\n\n";
    bool any = false;
    for (const Decision& d : debrief.decisions) {
        if (!roomSplit(d)) continue;
        any = true;
        out += "- Decision " + std::to_string(d.step) + ": the room took " +
               optionLetter(*d.taken) + " (" + percent(d.votes[*d.taken], d.totalVotes()) + ")";
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
    std::stable_sort(board.begin(), board.end(),
                     [](const TeamScore& a, const TeamScore& b) { return a.points > b.points; });
    std::string out = "## Teams\n\n| Team | Decisions | Favoured picks | Principles shown | "
                      "Breached | Points |\n|---|---|---|---|---|---|\n";
    for (const TeamScore& t : board) {
        out += "| " + escaped(debrief.teams[t.team].name) + " | " + std::to_string(t.decisions) +
               " | " + std::to_string(t.favouredPicks) + " | " + std::to_string(t.credited) +
               " | " + std::to_string(t.breached) + " | " + std::to_string(t.points);
        if (!t.criticalBreaches.empty()) out += " (critical breach)";
        out += " |\n";
    }
    return out + "\n";
}

std::string findings(const ClassDebrief& debrief) {
    std::string out = "## Findings\n\n";
    for (const Finding& f : debrief.debrief.findings) {
        out += "### " + escaped(f.title) + ": " + std::string(toString(f.status)) + "\n\n";
        out += "- Point: " + escaped(f.point) + "\n";
        out += "- Evidence: " + escaped(f.evidence) + "\n";
        out += "- Explain: " + escaped(f.explain) + "\n\n";
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
