#include "classroom.hpp"

#include "explorer.hpp"
#include "names.hpp"

#include <algorithm>
#include <array>
#include <climits>
#include <set>
#include <stdexcept>

namespace frontline {

namespace {

constexpr NameTable<ClassMode, 3> kModeNames{{
    {ClassMode::ClassVote, "class vote"},
    {ClassMode::TeamTurns, "team turns"},
    {ClassMode::SecretVote, "secret team vote"},
}};

constexpr NameTable<Phase, 5> kPhaseNames{{
    {Phase::Voting, "voting"},
    {Phase::Locked, "locked"},
    {Phase::Revealed, "revealed"},
    {Phase::Taken, "taken"},
    {Phase::Ended, "ended"},
}};

constexpr NameTable<Settled, 4> kSettledNames{{
    {Settled::Majority, "majority"},
    {Settled::TrainerBrokeTie, "tie, trainer chose"},
    {Settled::DefaultOnTimeout, "no votes, default"},
    {Settled::TrainerPicked, "no votes, trainer chose"},
}};

// Names first, so a team is known by its name as well as its colour (colour alone fails for
// colour-blind learners and on washed-out projectors).
constexpr std::array<std::pair<std::string_view, std::string_view>, kMaxTeams> kTeamLooks{{
    {"Red", "#ff5a5a"},
    {"Blue", "#4d9fff"},
    {"Green", "#3ddc84"},
    {"Yellow", "#ffd83d"},
    {"Purple", "#c77dff"},
    {"Orange", "#ff9f43"},
    {"Teal", "#2ed3c6"},
    {"Pink", "#ff7eb6"},
}};

bool isColour(const std::string& text) {
    return text.size() == 7 && text[0] == '#' &&
           std::all_of(text.begin() + 1, text.end(),
                       [](unsigned char c) { return std::isxdigit(c) != 0; });
}

bool blank(const std::string& text) {
    return std::all_of(text.begin(), text.end(),
                       [](unsigned char c) { return std::isspace(c) != 0; });
}

} // namespace

std::string_view toString(ClassMode mode) {
    return nameIn(kModeNames, mode);
}

std::optional<ClassMode> classModeFrom(std::string_view name) {
    return valueIn(kModeNames, name);
}

std::string_view toString(Phase phase) {
    return nameIn(kPhaseNames, phase);
}

std::string_view toString(Settled how) {
    return nameIn(kSettledNames, how);
}

std::vector<Team> defaultTeams(int count) {
    std::vector<Team> teams;
    for (int i = 0; i < std::clamp(count, 0, kMaxTeams); ++i)
        teams.push_back({std::string(kTeamLooks[static_cast<std::size_t>(i)].first),
                         std::string(kTeamLooks[static_cast<std::size_t>(i)].second)});
    return teams;
}

std::vector<std::string> problemsWith(const ClassSetup& setup) {
    std::vector<std::string> problems;
    if (setup.scenario.empty()) problems.push_back("Pick a scenario for the class to play.");
    const auto teams = static_cast<int>(setup.teams.size());
    if (teams < 1 || teams > kMaxTeams)
        problems.push_back("A class has 1 to " + std::to_string(kMaxTeams) + " teams, not " +
                           std::to_string(teams) + ".");
    std::set<std::string> names;
    for (std::size_t i = 0; i < setup.teams.size(); ++i) {
        const Team& team = setup.teams[i];
        const std::string which = "Team " + std::to_string(i + 1);
        if (blank(team.name))
            problems.push_back(which + " needs a name.");
        else if (!names.insert(team.name).second)
            problems.push_back(which + " has the same name as another team: \"" + team.name +
                               "\".");
        if (!isColour(team.colour))
            problems.push_back(which + "'s colour must be written #rrggbb, not \"" + team.colour +
                               "\".");
    }
    const int s = setup.discussionSeconds;
    if (s != 0 && (s < kMinDiscussionSeconds || s > kMaxDiscussionSeconds))
        problems.push_back("Discussion time is off or " + std::to_string(kMinDiscussionSeconds) +
                           " to " + std::to_string(kMaxDiscussionSeconds) + " seconds, not " +
                           std::to_string(s) + ".");
    return problems;
}

int Decision::totalVotes() const {
    int total = 0;
    for (int v : votes)
        total += v;
    return total;
}

std::vector<std::size_t> favouredOptions(const Session& session, const std::vector<Offer>& offers,
                                         const Rubric& rubric) {
    // Ranked first by the choice itself breaching nothing, then by the best finish from it: a
    // choice that breaks a rule is never the one to recommend, however the story turns out.
    std::vector<std::pair<int, int>> rank;
    ExploreOptions options;
    options.maxStates = 20000;
    options.bestOnly = true;
    for (const Offer& offer : offers) {
        std::pair<int, int> r{0, INT_MIN};
        try {
            Session child = session;
            child.choose(offer.choice->id);
            const Exploration ex = exploreFrom(child, rubric, options);
            r = {offer.choice->breach.empty() ? 1 : 0, ex.best ? ex.best->points.points : INT_MIN};
        } catch (const std::exception&) { // an author's function failed: never favoured
            r = {-1, INT_MIN};
        }
        rank.push_back(r);
    }
    std::vector<std::size_t> favoured;
    if (rank.empty()) return favoured;
    const auto top = *std::max_element(rank.begin(), rank.end());
    if (top.first < 0) return favoured;
    for (std::size_t i = 0; i < rank.size(); ++i)
        if (rank[i] == top) favoured.push_back(i);
    return favoured;
}

ClassSession::ClassSession(ClassSetup setup, std::shared_ptr<const Scenario> scenario,
                           std::shared_ptr<Scripting> scripting, const Rubric& rubric,
                           ClassClock::time_point now, std::uint64_t seed)
    : m_setup(std::move(setup)), m_rubric(&rubric),
      m_session(std::make_unique<Session>(std::move(scenario), std::move(scripting), seed,
                                          Mode::Practice)) {
    openDecision(now);
}

const Decision* ClassSession::current() const {
    return m_decisions.empty() ? nullptr : &m_decisions.back();
}

bool ClassSession::refuse(std::string why) {
    m_note = std::move(why);
    return false;
}

bool ClassSession::accept() {
    m_note.clear();
    return true;
}

void ClassSession::openDecision(ClassClock::time_point now) {
    if (m_session->finished()) {
        m_phase = Phase::Ended;
        return;
    }
    try {
        m_offers = m_session->offers();
    } catch (const ScriptError& e) {
        m_error = e.what();
        return;
    }
    if (m_offers.empty()) {
        m_error = m_session->node().where.file + ":" +
                  std::to_string(m_session->node().where.line) + ": node '" + m_session->node().id +
                  "' offers no choice here, so the story cannot go on";
        return;
    }
    Decision d;
    d.step = static_cast<int>(m_session->steps().size()) + 1;
    d.node = m_session->node().id;
    const auto& lines = m_session->transcript();
    for (auto it = lines.rbegin(); it != lines.rend(); ++it)
        if (it->speaker == Speaker::Customer) {
            d.prompt = it->text;
            break;
        }
    for (const Offer& offer : m_offers)
        d.options.push_back({offer.choice->id, offer.text, offer.choice->isDefault});
    d.votes.assign(d.options.size(), 0);
    if (m_setup.mode != ClassMode::ClassVote) {
        d.teamPicks.assign(m_setup.teams.size(), std::nullopt);
        if (m_setup.mode == ClassMode::TeamTurns)
            d.team = m_decisions.size() % std::max<std::size_t>(m_setup.teams.size(), 1);
    }
    d.favoured = favouredOptions(*m_session, m_offers, *m_rubric);
    m_decisions.push_back(std::move(d));
    m_teamToPick = 0;
    m_deadline.reset();
    if (m_setup.discussionSeconds > 0)
        m_deadline = now + std::chrono::seconds(m_setup.discussionSeconds);
    m_phase = Phase::Voting;
}

bool ClassSession::countsVisible() const {
    if (m_phase >= Phase::Revealed) return true;
    return m_setup.mode != ClassMode::SecretVote && !m_setup.hideUntilReveal;
}

bool ClassSession::votingOpen() {
    switch (m_phase) {
    case Phase::Voting:
        return !m_decisions.empty();
    case Phase::Locked:
    case Phase::Revealed:
        return refuse("Votes are locked, so that one was not counted. Page Up reopens them.");
    case Phase::Taken:
        return refuse("This decision is taken: Page Down goes on to the next.");
    case Phase::Ended:
        return refuse("The session has ended.");
    }
    return false;
}

bool ClassSession::addVote(std::size_t option, int delta) {
    const Decision* d = current();
    if (!votingOpen() || d == nullptr) return false;
    if (option >= d->options.size())
        return refuse("There is no option " + optionLetter(option) + ".");
    return setVotes(option, d->votes[option] + delta);
}

bool ClassSession::setVotes(std::size_t option, int count) {
    if (!votingOpen()) return false;
    Decision& d = m_decisions.back();
    if (m_setup.mode != ClassMode::ClassVote)
        return refuse("Each team picks one option: press its letter.");
    if (option >= d.options.size())
        return refuse("There is no option " + optionLetter(option) + ".");
    if (count > 999) return refuse(std::to_string(count) + " hands is more than a room holds.");
    d.votes[option] = std::max(count, 0);
    return accept();
}

std::optional<std::size_t> ClassSession::teamToPick() const {
    const Decision* d = current();
    if (d == nullptr || m_setup.mode == ClassMode::ClassVote) return std::nullopt;
    if (m_setup.mode == ClassMode::TeamTurns) return d->team;
    return m_teamToPick;
}

bool ClassSession::pick(std::size_t option) {
    if (!votingOpen()) return false;
    Decision& d = m_decisions.back();
    const auto team = teamToPick();
    if (!team) return refuse("In a class vote, letters count hands: A adds one to option A.");
    if (option >= d.options.size())
        return refuse("There is no option " + optionLetter(option) + ".");
    d.teamPicks[*team] = option;
    std::fill(d.votes.begin(), d.votes.end(), 0);
    for (const auto& p : d.teamPicks)
        if (p) ++d.votes[*p];
    accept();
    if (m_setup.mode == ClassMode::SecretVote) {
        // Say who has picked, never what: the screen is in front of the other teams.
        m_note = m_setup.teams[*team].name + " has picked.";
        for (std::size_t i = 1; i < m_setup.teams.size(); ++i) {
            const std::size_t next = (*team + i) % m_setup.teams.size();
            if (!d.teamPicks[next]) {
                m_teamToPick = next;
                break;
            }
        }
    }
    return true;
}

bool ClassSession::selectTeam(std::size_t team) {
    if (m_setup.mode != ClassMode::SecretVote)
        return refuse("Only in a secret team vote do teams pick in any order.");
    if (!votingOpen()) return false;
    if (team >= m_setup.teams.size())
        return refuse("There is no team " + std::to_string(team + 1) + ".");
    m_teamToPick = team;
    return accept();
}

std::optional<int> ClassSession::secondsLeft(ClassClock::time_point now) const {
    if (m_phase != Phase::Voting || !m_deadline) return std::nullopt;
    const auto ms =
        std::chrono::duration_cast<std::chrono::milliseconds>(*m_deadline - now).count();
    return static_cast<int>(std::max<long long>(0, (ms + 999) / 1000));
}

std::optional<ClassClock::time_point> ClassSession::nextTick(ClassClock::time_point now) const {
    if (m_phase != Phase::Voting || !m_deadline || m_decisions.back().timedOut) return std::nullopt;
    if (now >= *m_deadline) return now;
    auto left = *m_deadline - now;
    auto part = left % std::chrono::seconds(1);
    if (part == ClassClock::duration::zero()) part = std::chrono::seconds(1);
    return now + part;
}

bool ClassSession::tick(ClassClock::time_point now) {
    if (m_phase != Phase::Voting || !m_deadline || now < *m_deadline) return false;
    Decision& d = m_decisions.back();
    if (d.timedOut) return false;
    // The discussion is over, not the vote: hands are counted now, so keying stays open.
    d.timedOut = true;
    m_note = "Time is up: count the hands, then Page Down locks the vote.";
    return true;
}

bool ClassSession::lock() {
    if (m_phase != Phase::Voting || m_decisions.empty())
        return refuse("Votes can be locked only while they are open.");
    m_phase = Phase::Locked;
    return accept();
}

bool ClassSession::reveal() {
    if (m_phase != Phase::Locked) return refuse("Lock the votes before revealing them.");
    m_phase = Phase::Revealed;
    return accept();
}

Resolution ClassSession::resolution() const {
    Resolution r;
    const Decision* d = current();
    if (d == nullptr) return r;
    if (d->totalVotes() == 0) {
        // The scenario's default settles a vote the clock ended; otherwise it is the trainer's.
        const auto def = std::find_if(d->options.begin(), d->options.end(),
                                      [](const Option& o) { return o.isDefault; });
        if (d->timedOut && def != d->options.end()) {
            r.option = static_cast<std::size_t>(def - d->options.begin());
            r.how = Settled::DefaultOnTimeout;
            return r;
        }
        r.how = Settled::TrainerPicked;
        for (std::size_t i = 0; i < d->options.size(); ++i)
            r.candidates.push_back(i);
        return r;
    }
    const int most = *std::max_element(d->votes.begin(), d->votes.end());
    for (std::size_t i = 0; i < d->votes.size(); ++i)
        if (d->votes[i] == most) r.candidates.push_back(i);
    if (r.candidates.size() == 1) {
        r.option = r.candidates.front();
        r.candidates.clear();
        r.how = Settled::Majority;
    } else
        r.how = Settled::TrainerBrokeTie;
    return r;
}

bool ClassSession::take(std::optional<std::size_t> trainerPick) {
    if (m_error) return refuse("The scenario failed: end the session to see what was played.");
    if (m_phase != Phase::Revealed) return refuse("Reveal the votes before taking a branch.");
    const Resolution r = resolution();
    std::size_t option = 0;
    if (r.option) {
        if (trainerPick && *trainerPick != *r.option)
            return refuse("The room chose " + optionLetter(*r.option) + ": Page Down takes it.");
        option = *r.option;
    } else {
        const bool allowed =
            trainerPick && std::count(r.candidates.begin(), r.candidates.end(), *trainerPick) > 0;
        if (!allowed)
            return refuse(r.how == Settled::TrainerBrokeTie
                              ? "A tie: press " + optionLetters(r.candidates) + " to choose."
                              : "No votes: press the letter of the option to take.");
        option = *trainerPick;
    }
    Decision& d = m_decisions.back();
    const Choice* choice = m_offers[option].choice;
    const std::size_t before = m_session->transcript().size();
    try {
        m_session->choose(choice->id);
    } catch (const ScriptError& e) {
        m_error = e.what();
        return refuse("The scenario failed: Page Down ends the session with what was played.");
    }
    d.taken = option;
    d.settled = r.how;
    d.consequence = consequenceOf(*choice, before);
    m_phase = Phase::Taken;
    return accept();
}

Consequence ClassSession::consequenceOf(const Choice& choice, std::size_t before) const {
    Consequence c;
    const Step& step = m_session->steps().back();
    c.said = step.text;
    c.why = step.why;
    c.moodBefore = step.moodBefore;
    c.moodAfter = step.moodAfter;
    const auto& lines = m_session->transcript();
    for (std::size_t i = before; i < lines.size(); ++i)
        if (lines[i].speaker != Speaker::Learner) c.reply.push_back(lines[i]);
    auto note = [&](const std::string& id, EvidenceKind kind) {
        RuleNote n;
        n.principle = id;
        n.kind = kind;
        n.title = id;
        if (const Principle* p = m_rubric->find(id, m_session->scenario().organisation)) {
            n.type = p->kind;
            n.title = p->title;
            n.requirement = p->requirement;
            n.source = p->source;
            n.forCustomer = p->consequenceCustomer;
            n.forBusiness = p->consequenceBusiness;
            n.weight = p->weight;
        }
        c.rules.push_back(std::move(n));
    };
    for (const auto& id : choice.breach)
        note(id, EvidenceKind::Breach);
    for (const auto& id : choice.credit)
        note(id, EvidenceKind::Credit);
    return c;
}

bool ClassSession::next(ClassClock::time_point now) {
    if (m_phase != Phase::Taken) return refuse("Take a branch first.");
    if (m_error) return refuse("The scenario failed: end the session to see what was played.");
    openDecision(now);
    return accept();
}

bool ClassSession::back() {
    switch (m_phase) {
    case Phase::Taken: {
        Decision& d = m_decisions.back();
        m_session->undo();
        d.taken.reset();
        d.consequence.reset();
        m_error.reset();
        m_phase = Phase::Revealed;
        return accept();
    }
    case Phase::Revealed:
        m_phase = Phase::Locked;
        return accept();
    case Phase::Locked:
        m_phase = Phase::Voting;
        return accept();
    case Phase::Voting:
        if (m_setup.mode == ClassMode::SecretVote && m_teamToPick > 0) {
            --m_teamToPick;
            return accept();
        }
        return refuse("Votes are open: nothing to go back to.");
    case Phase::Ended:
        return refuse("The session has ended.");
    }
    return false;
}

void ClassSession::end() {
    m_phase = Phase::Ended;
    m_note.clear();
}

bool ClassSession::advance(ClassClock::time_point now) {
    if (m_error) {
        end();
        return true;
    }
    switch (m_phase) {
    case Phase::Voting:
        return lock();
    case Phase::Locked:
        return reveal();
    case Phase::Revealed:
        return take();
    case Phase::Taken:
        return next(now);
    case Phase::Ended:
        return false;
    }
    return false;
}

const Choice* ClassSession::choiceOf(const Decision& decision, std::size_t option) const {
    const Node* node = m_session->scenario().find(decision.node);
    if (node == nullptr || option >= decision.options.size()) return nullptr;
    for (const Choice& c : node->choices)
        if (c.id == decision.options[option].choice) return &c;
    return nullptr;
}

std::vector<TeamScore> ClassSession::scoreboard() const {
    std::vector<TeamScore> board;
    if (m_setup.mode == ClassMode::ClassVote) return board;
    std::vector<Tally> tallies(m_setup.teams.size());
    for (std::size_t t = 0; t < m_setup.teams.size(); ++t)
        board.push_back({t, 0, 0, 0, 0, 0, {}});
    for (const Decision& d : m_decisions) {
        if (!d.taken) continue;
        for (std::size_t t = 0; t < board.size(); ++t) {
            std::optional<std::size_t> picked;
            if (m_setup.mode == ClassMode::TeamTurns && d.team == t) picked = d.taken;
            if (m_setup.mode == ClassMode::SecretVote && t < d.teamPicks.size())
                picked = d.teamPicks[t];
            const Choice* choice = picked ? choiceOf(d, *picked) : nullptr;
            if (choice == nullptr) continue;
            ++board[t].decisions;
            if (std::count(d.favoured.begin(), d.favoured.end(), *picked) > 0)
                ++board[t].favouredPicks;
            Evidence e;
            for (const auto& id : choice->credit) {
                e.principle = id;
                e.kind = EvidenceKind::Credit;
                tallies[t].add(e);
            }
            for (const auto& id : choice->breach) {
                e.principle = id;
                e.kind = EvidenceKind::Breach;
                tallies[t].add(e);
            }
        }
    }
    for (std::size_t t = 0; t < board.size(); ++t) {
        const Points p = pointsFor(tallies[t], *m_rubric, m_session->scenario().organisation);
        board[t].points = p.points;
        board[t].criticalBreaches = p.criticalBreaches;
        for (const auto& id : tallies[t].ids()) {
            const Status s = tallies[t].status(id);
            if (s == Status::Demonstrated || s == Status::PutRight) ++board[t].credited;
            if (s == Status::Breached || s == Status::PutRight) ++board[t].breached;
        }
    }
    return board;
}

std::string optionLetter(std::size_t option) {
    return std::string(1, static_cast<char>('A' + option));
}

int votePercent(int votes, int total) {
    return total <= 0 ? 0 : (votes * 100 + total / 2) / total;
}

std::string optionLetters(const std::vector<std::size_t>& options) {
    std::string out;
    for (std::size_t i = 0; i < options.size(); ++i) {
        if (i > 0) out += i + 1 == options.size() ? " or " : ", ";
        out += optionLetter(options[i]);
    }
    return out;
}

bool roomSplit(const Decision& d) {
    if (!d.taken) return false;
    const bool favoured = std::count(d.favoured.begin(), d.favoured.end(), *d.taken) > 0;
    const int total = d.totalVotes();
    const int most = d.votes.empty() ? 0 : *std::max_element(d.votes.begin(), d.votes.end());
    return !favoured || (total > 0 && most * 3 < total * 2);
}

ClassDebrief debriefClass(const ClassSession& session) {
    ClassDebrief out;
    const Session& s = session.session();
    out.scenario = s.scenario().title;
    const Organisation* org = session.rubric().organisation(s.scenario().organisation);
    out.organisation = org != nullptr ? org->name : s.scenario().organisation;
    out.mode = session.setup().mode;
    out.teams = session.setup().teams;
    out.finished = s.finished();
    out.ending = s.node().id;
    out.endingKind = s.node().endingKind;
    out.summary = s.summary();
    out.error = session.error();
    for (const Decision& d : session.decisions())
        if (d.taken) out.decisions.push_back(d);
    out.scoreboard = session.scoreboard();
    const Exploration best = explore(s.scenarioPtr(), s.scripting(), session.rubric());
    out.debrief = debriefAgainst(s, session.rubric(), best);
    return out;
}

} // namespace frontline
