#include "classroom.hpp"

#include "explorer.hpp"
#include "names.hpp"

#include "scenario_map.hpp"

#include <algorithm>
#include <array>
#include <climits>
#include <deque>
#include <functional>
#include <numeric>
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
    if (setup.classSize < kMinClassSize || setup.classSize > kMaxClassSize)
        problems.push_back("A class has " + std::to_string(kMinClassSize) + " to " +
                           std::to_string(kMaxClassSize) + " people, not " +
                           std::to_string(setup.classSize) + ".");
    const int s = setup.discussionSeconds;
    if (s != 0 && (s < kMinDiscussionSeconds || s > kMaxDiscussionSeconds))
        problems.push_back("Discussion time is off or " + std::to_string(kMinDiscussionSeconds) +
                           " to " + std::to_string(kMaxDiscussionSeconds) + " seconds, not " +
                           std::to_string(s) + ".");
    return problems;
}

int Decision::votesFor(std::size_t option) const {
    int n = option < votes.size() ? votes[option] : 0;
    // In the team modes the phones have their say through the teams' picks, never twice.
    if (!teamModes && option < phoneVotes.size()) n += phoneVotes[option];
    return n;
}

std::vector<int> Decision::allVotes() const {
    std::vector<int> all;
    for (std::size_t i = 0; i < options.size(); ++i)
        all.push_back(votesFor(i));
    return all;
}

int Decision::totalVotes() const {
    int total = 0;
    for (std::size_t i = 0; i < options.size(); ++i)
        total += votesFor(i);
    return total;
}

std::vector<std::size_t> Decision::missingTeams() const {
    std::vector<std::size_t> missing;
    for (std::size_t t = 0; t < teamPicks.size(); ++t)
        if (!teamPicks[t] && (!team || *team == t)) missing.push_back(t);
    return missing;
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
                                          Mode::Practice)),
      m_started(now) {
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
    m_correcting = false;
    if (m_session->finished()) {
        m_phase = Phase::Ended;
        return;
    }
    std::vector<Offer> before = m_offers;
    try {
        m_offers = m_session->offers();
    } catch (const ScriptError& e) {
        m_error = e.what();
        return;
    }
    m_previousOffers = std::move(before);
    if (m_offers.empty()) {
        m_error = m_session->node().where.file + ":" +
                  std::to_string(m_session->node().where.line) + ": node '" + m_session->node().id +
                  "' offers no choice here, so the story cannot go on";
        return;
    }
    Decision d;
    d.teamModes = m_setup.mode != ClassMode::ClassVote;
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
    d.phoneVotes.assign(d.options.size(), 0);
    if (m_setup.mode != ClassMode::ClassVote) {
        d.teamPicks.assign(m_setup.teams.size(), std::nullopt);
        d.pickedByPhones.assign(m_setup.teams.size(), false);
        d.teamPhoneVotes.assign(m_setup.teams.size(), std::vector<int>(d.options.size(), 0));
        if (m_setup.mode == ClassMode::TeamTurns)
            d.team = m_decisions.size() % std::max<std::size_t>(m_setup.teams.size(), 1);
    }
    d.favoured = favouredOptions(*m_session, m_offers, *m_rubric);
    m_decisions.push_back(std::move(d));
    m_teamToPick = 0;
    m_lockAnyway = false;
    m_phonesJoined = m_phonesVoted = 0;
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
    count = std::max(count, 0);
    const int size = m_setup.classSize;
    if (count > size)
        return refuse(std::to_string(count) + " hands is more than the class of " +
                      std::to_string(size) + ": not counted.");
    const int keyed = std::accumulate(d.votes.begin(), d.votes.end(), 0) - d.votes[option] + count;
    if (keyed > size)
        return refuse("That makes " + std::to_string(keyed) + " hands in a class of " +
                      std::to_string(size) + ": not counted. Recount, or set a count with digits.");
    d.votes[option] = count;
    m_lockAnyway = false;
    return accept();
}

std::optional<std::size_t> ClassSession::teamToPick() const {
    const Decision* d = current();
    if (d == nullptr || m_setup.mode == ClassMode::ClassVote) return std::nullopt;
    if (m_setup.mode == ClassMode::TeamTurns) return d->team;
    // Once every team has picked nobody is waited for, unless the trainer goes back to one.
    if (!m_correcting && d->missingTeams().empty()) return std::nullopt;
    return m_teamToPick;
}

bool ClassSession::pick(std::size_t option) {
    if (!votingOpen()) return false;
    Decision& d = m_decisions.back();
    const auto team = teamToPick();
    if (!team)
        return refuse(m_setup.mode == ClassMode::ClassVote
                          ? "In a class vote, letters count hands: A adds one to option A."
                          : "Every team has picked: Left or Right chooses a team to correct.");
    if (option >= d.options.size())
        return refuse("There is no option " + optionLetter(option) + ".");
    d.teamPicks[*team] = option;
    d.pickedByPhones[*team] = false;
    std::fill(d.votes.begin(), d.votes.end(), 0);
    for (const auto& p : d.teamPicks)
        if (p) ++d.votes[*p];
    accept();
    m_lockAnyway = false;
    m_correcting = false;
    if (m_setup.mode == ClassMode::TeamTurns) {
        m_note = teamName(*team) + " picked " + optionLetter(option) + ".";
        return true;
    }
    // Say who has picked, never what: the screen is in front of the other teams.
    m_note = teamName(*team) + " has picked.";
    for (std::size_t i = 1; i < m_setup.teams.size(); ++i) {
        const std::size_t next = (*team + i) % m_setup.teams.size();
        if (!d.teamPicks[next]) {
            m_teamToPick = next;
            return true;
        }
    }
    m_note += " Every team has picked: Page Down locks the vote.";
    return true;
}

std::string ClassSession::teamName(std::size_t team) const {
    return team < m_setup.teams.size() ? m_setup.teams[team].name
                                       : "Team " + std::to_string(team + 1);
}

bool ClassSession::setPhoneTally(const PhoneTally& tally) {
    if (m_phase != Phase::Voting || m_decisions.empty()) return false; // late: changes nothing
    Decision& d = m_decisions.back();
    // Counts from the network are fitted to this decision, never trusted to match it.
    auto fitted = [&](const std::vector<int>& counts) {
        std::vector<int> out(d.options.size(), 0);
        for (std::size_t i = 0; i < out.size() && i < counts.size(); ++i)
            out[i] = std::clamp(counts[i], 0, kMaxPhoneCount);
        return out;
    };
    d.phoneVotes = fitted(tally.room);
    for (std::size_t t = 0; t < d.teamPhoneVotes.size(); ++t)
        d.teamPhoneVotes[t] =
            fitted(t < tally.byTeam.size() ? tally.byTeam[t] : std::vector<int>{});
    m_phonesJoined = std::clamp(tally.joined, 0, kMaxPhoneCount);
    m_phonesVoted = std::clamp(tally.voted, 0, kMaxPhoneCount);
    return true;
}

std::optional<std::size_t> ClassSession::phonePick(const Decision& d, std::size_t team) const {
    if (team >= d.teamPhoneVotes.size()) return std::nullopt;
    const auto& votes = d.teamPhoneVotes[team];
    if (votes.empty()) return std::nullopt;
    const auto most = std::max_element(votes.begin(), votes.end());
    if (*most <= 0 || std::count(votes.begin(), votes.end(), *most) > 1) return std::nullopt;
    return static_cast<std::size_t>(most - votes.begin());
}

bool ClassSession::selectTeam(std::size_t team) {
    if (m_setup.mode != ClassMode::SecretVote)
        return refuse("Only in a secret team vote do teams pick in any order.");
    if (!votingOpen()) return false;
    if (team >= m_setup.teams.size())
        return refuse("There is no team " + std::to_string(team + 1) + ".");
    m_teamToPick = team;
    m_correcting = true;
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
    switch (m_setup.mode) {
    case ClassMode::ClassVote:
        m_note = "Time is up: count the hands, then Page Down locks the vote.";
        break;
    case ClassMode::TeamTurns:
        m_note = "Time is up: " + teamName(d.team.value_or(0)) +
                 ", your pick now. Then Page Down locks it.";
        break;
    case ClassMode::SecretVote:
        m_note = "Time is up: teams, your picks now. Then Page Down locks the vote.";
        break;
    }
    return true;
}

namespace {

// "Yellow", "Blue and Yellow", "Red, Blue and Yellow".
std::string namesOf(const std::vector<std::size_t>& teams, const std::vector<Team>& all) {
    std::string out;
    for (std::size_t i = 0; i < teams.size(); ++i) {
        if (i > 0) out += i + 1 == teams.size() ? " and " : ", ";
        out += teams[i] < all.size() ? all[teams[i]].name : "?";
    }
    return out;
}

void recount(Decision& d) {
    std::fill(d.votes.begin(), d.votes.end(), 0);
    for (const auto& p : d.teamPicks)
        if (p && *p < d.votes.size()) ++d.votes[*p];
}

bool anyPhoneVote(const Decision& d) {
    auto some = [](const std::vector<int>& v) {
        return std::any_of(v.begin(), v.end(), [](int n) { return n > 0; });
    };
    return some(d.phoneVotes) ||
           std::any_of(d.teamPhoneVotes.begin(), d.teamPhoneVotes.end(), some);
}

} // namespace

bool ClassSession::lock() {
    if (m_phase != Phase::Voting || m_decisions.empty())
        return refuse("Votes can be locked only while they are open.");
    Decision& d = m_decisions.back();
    // A team with no pick keyed takes its phones' clear majority; a tie among them is left to
    // the trainer. Whoever is still missing is named once before the lock goes ahead.
    std::vector<std::size_t> missing;
    for (std::size_t t : d.missingTeams())
        if (!phonePick(d, t)) missing.push_back(t);
    if (!missing.empty() && !m_lockAnyway) {
        m_lockAnyway = true;
        return refuse(namesOf(missing, m_setup.teams) + (missing.size() == 1 ? " has" : " have") +
                      " not picked: L or Page Down again locks anyway.");
    }
    for (std::size_t t : d.missingTeams())
        if (const auto pick = phonePick(d, t)) {
            d.teamPicks[t] = pick;
            d.pickedByPhones[t] = true;
        }
    if (d.teamModes) recount(d);
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
    const auto all = d->allVotes();
    const int most = *std::max_element(all.begin(), all.end());
    for (std::size_t i = 0; i < all.size(); ++i)
        if (all[i] == most) r.candidates.push_back(i);
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
    case Phase::Locked: {
        // Reopened, the phones speak for their teams again as their votes change.
        Decision& d = m_decisions.back();
        for (std::size_t t = 0; t < d.pickedByPhones.size(); ++t)
            if (d.pickedByPhones[t]) {
                d.teamPicks[t].reset();
                d.pickedByPhones[t] = false;
            }
        if (d.teamModes) recount(d);
        m_lockAnyway = false;
        m_phase = Phase::Voting;
        return accept();
    }
    case Phase::Voting: {
        if (m_setup.mode == ClassMode::SecretVote) {
            const auto team = teamToPick();
            if (!team || *team > 0) {
                m_teamToPick = team ? *team - 1 : m_setup.teams.size() - 1;
                m_correcting = true;
                return accept();
            }
        }
        // A decision just opened, nothing keyed: back to the consequence card before it, which
        // an extra press of "next" must never lose.
        const Decision& d = m_decisions.back();
        const bool keyed = std::any_of(d.votes.begin(), d.votes.end(), [](int n) { return n > 0; });
        if (m_decisions.size() >= 2 && !keyed && !m_previousOffers.empty()) {
            m_decisions.pop_back();
            m_offers = std::move(m_previousOffers);
            m_previousOffers.clear();
            m_deadline.reset();
            m_correcting = m_lockAnyway = false;
            m_phase = Phase::Taken;
            return accept();
        }
        return refuse("Votes are open: nothing to go back to.");
    }
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
    case Phase::Voting: {
        // A clicker's extra press must not lock a vote nobody has cast: with time left, only
        // the explicit lock key does that.
        const Decision& d = m_decisions.back();
        if (d.totalVotes() == 0 && !anyPhoneVote(d) && !d.timedOut)
            return refuse(m_deadline
                              ? "No votes yet: wait for the timer, or press L to lock with none."
                              : "No votes yet: count them first, or press L to lock with none.");
        return lock();
    }
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

void rankTeams(std::vector<TeamScore>& board) {
    std::stable_sort(board.begin(), board.end(), [](const TeamScore& a, const TeamScore& b) {
        if (a.pointsPerDecision != b.pointsPerDecision)
            return a.pointsPerDecision > b.pointsPerDecision;
        return a.favouredPicks > b.favouredPicks;
    });
}

std::vector<TeamScore> ClassSession::scoreboard() const {
    std::vector<TeamScore> board;
    if (m_setup.mode == ClassMode::ClassVote) return board;
    std::vector<Tally> tallies(m_setup.teams.size());
    for (std::size_t t = 0; t < m_setup.teams.size(); ++t) {
        board.emplace_back();
        board.back().team = t;
    }
    for (const Decision& d : m_decisions) {
        if (!d.taken) continue;
        for (std::size_t t = 0; t < board.size(); ++t) {
            const bool due = m_setup.mode == ClassMode::SecretVote || d.team == t;
            if (!due) continue;
            // A team is scored on its own pick; a decision the trainer took for it is a miss.
            const std::optional<std::size_t> picked =
                t < d.teamPicks.size() ? d.teamPicks[t] : std::nullopt;
            const Choice* choice = picked ? choiceOf(d, *picked) : nullptr;
            if (choice == nullptr) {
                ++board[t].missed;
                continue;
            }
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
        TeamScore& score = board[t];
        const Points p = pointsFor(tallies[t], *m_rubric, m_session->scenario().organisation);
        score.points = p.points;
        score.criticalBreaches = p.criticalBreaches;
        for (const auto& id : tallies[t].ids()) {
            const Status s = tallies[t].status(id);
            if (s == Status::Demonstrated || s == Status::PutRight) ++score.credited;
            if (s == Status::Breached || s == Status::PutRight) ++score.breached;
        }
        const int due = score.decisions + score.missed;
        score.pointsPerDecision = due == 0 ? 0.0 : static_cast<double>(score.points) / due;
    }
    rankTeams(board);
    return board;
}

Pace ClassSession::pace(ClassClock::time_point now) const {
    Pace p;
    p.taken =
        static_cast<int>(std::count_if(m_decisions.begin(), m_decisions.end(),
                                       [](const Decision& d) { return d.taken.has_value(); }));
    p.minutes = static_cast<int>(std::max<long long>(
        0, std::chrono::duration_cast<std::chrono::minutes>(now - m_started).count()));
    if (m_phase == Phase::Ended || m_session->finished()) return p;
    const std::size_t at = m_session->scenario().indexOf(m_session->node());
    if (!m_routes || m_routes->node != at) m_routes = routesLeft(m_session->scenario(), at);
    p.leftShortest = m_routes->shortest;
    p.leftLongest = m_routes->longest;
    return p;
}

ClassSession::RoutesLeft ClassSession::routesLeft(const Scenario& scenario, std::size_t from) {
    RoutesLeft r;
    r.node = from;
    std::vector<std::vector<std::size_t>> next(scenario.nodes.size());
    for (const LayoutEdge& e : mapEdges(scenario))
        next[e.from].push_back(e.to);
    // Shortest: breadth first to the nearest ending.
    std::vector<int> dist(scenario.nodes.size(), -1);
    std::deque<std::size_t> queue{from};
    dist[from] = 0;
    while (!queue.empty()) {
        const std::size_t at = queue.front();
        queue.pop_front();
        if (scenario.nodes[at].isEnding) {
            r.shortest = dist[at];
            break;
        }
        for (std::size_t to : next[at])
            if (dist[to] < 0) {
                dist[to] = dist[at] + 1;
                queue.push_back(to);
            }
    }
    // Longest: depth first over routes that visit no node twice, within a budget so a large
    // tangled map answers quickly (then with the longest route found so far).
    std::vector<bool> onRoute(scenario.nodes.size(), false);
    long budget = 50000;
    std::function<void(std::size_t, int)> walk = [&](std::size_t at, int depth) {
        if (--budget < 0) return;
        if (scenario.nodes[at].isEnding) {
            r.longest = std::max(r.longest, depth);
            return;
        }
        onRoute[at] = true;
        for (std::size_t to : next[at])
            if (!onRoute[to]) walk(to, depth + 1);
        onRoute[at] = false;
    };
    walk(from, 0);
    r.longest = std::max(r.longest, r.shortest);
    return r;
}

std::string ClassSession::turnLine() const {
    const Decision* d = current();
    if (d == nullptr || m_phase != Phase::Voting || m_setup.mode == ClassMode::ClassVote) return {};
    if (m_setup.mode == ClassMode::TeamTurns) {
        const std::size_t t = d->team.value_or(0);
        const std::string name = teamName(t);
        if (t < d->teamPicks.size() && d->teamPicks[t])
            return name + " picked " + optionLetter(*d->teamPicks[t]) + ". Page Down locks it.";
        return possessive(name) + " turn: " + name + ", tell the trainer your pick.";
    }
    const auto team = teamToPick();
    if (!team) return "Every team has picked. Page Down locks the vote.";
    return teamName(*team) + ": tell the trainer your pick. The screen shows only who has picked.";
}

std::string ClassSession::settledLine() const {
    const Decision* d = current();
    if (d == nullptr || m_phase != Phase::Revealed) return {};
    const Resolution r = resolution();
    std::string line;
    if (r.option) {
        const std::string letter = optionLetter(*r.option);
        if (r.how == Settled::DefaultOnTimeout)
            line = "No votes when time ran out: the scenario's default, " + letter + ".";
        else if (m_setup.mode == ClassMode::TeamTurns)
            line = teamName(d->team.value_or(0)) + " picked " + letter + ".";
        else if (m_setup.mode == ClassMode::SecretVote)
            line = "The teams chose " + letter + ".";
        else
            line = "The room chose " + letter + ".";
        line += " Page Down takes it.";
    } else if (r.how == Settled::TrainerBrokeTie)
        line = "A tie: trainer, press " + optionLetters(r.candidates) + " to choose.";
    else
        line = "No votes: trainer, press the letter to take.";
    const auto missing = d->missingTeams();
    if (!missing.empty() && m_setup.mode == ClassMode::SecretVote)
        line += " " + namesOf(missing, m_setup.teams) + " did not pick.";
    return line;
}

std::string ClassSession::saidBy() const {
    const Decision* d = current();
    if (d == nullptr || !d->taken) return {};
    switch (d->settled) {
    case Settled::DefaultOnTimeout:
        return "No votes, so the scenario's default";
    case Settled::TrainerPicked:
        return "No votes, so the trainer chose";
    case Settled::TrainerBrokeTie:
        return "A tie, so the trainer chose";
    case Settled::Majority:
        break;
    }
    if (m_setup.mode == ClassMode::TeamTurns) return teamName(d->team.value_or(0)) + " said";
    if (m_setup.mode == ClassMode::SecretVote) return "The teams said";
    return "The room said";
}

std::string possessive(const std::string& name) {
    if (!name.empty() && (name.back() == 's' || name.back() == 'S')) return name + "'";
    return name + "'s";
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
    const auto all = d.allVotes();
    const int most = all.empty() ? 0 : *std::max_element(all.begin(), all.end());
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
    const Decision* open = session.current();
    if (open != nullptr && !open->taken && !out.finished) out.unfinished = *open;
    out.scoreboard = session.scoreboard();
    const Exploration best = explore(s.scenarioPtr(), s.scripting(), session.rubric());
    out.debrief = debriefAgainst(s, session.rubric(), best);
    return out;
}

} // namespace frontline
