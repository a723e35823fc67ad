// A class playing one scenario together: the setup, the votes at each decision and how they
// decide the branch, the consequence of each decision, and the teams' scores. Plain rules with
// no display, so every one is tested headless; the classroom screens only show this and call it.
#pragma once

#include "rubric.hpp"
#include "score.hpp"
#include "session.hpp"

#include <chrono>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace frontline {

// Class vote: the room's hand count decides. Team turns: one team decides each decision, in
// turn. Secret vote: every team picks unseen, all are revealed together, the majority decides.
enum class ClassMode { ClassVote, TeamTurns, SecretVote };
std::string_view toString(ClassMode mode);
std::optional<ClassMode> classModeFrom(std::string_view name);

struct Team {
    std::string name;
    std::string colour; // "#rrggbb"
};

constexpr int kMaxTeams = 8;
constexpr int kMinDiscussionSeconds = 15;
constexpr int kMaxDiscussionSeconds = 300;
constexpr int kMaxPhoneCount = 10000; // a count from the network above this is not believed
constexpr int kMinClassSize = 1;
constexpr int kMaxClassSize = 200;

// Red, Blue, Green, ... with colours that stay apart on a projector.
std::vector<Team> defaultTeams(int count);

struct ClassSetup {
    std::string scenario;
    ClassMode mode = ClassMode::ClassVote;
    std::vector<Team> teams = defaultTeams(2); // used by the team modes
    int discussionSeconds = 60;                // 0: no timer
    bool hideUntilReveal = true;               // the counts stay hidden while votes come in
    bool holdRules = false; // assessment style: the rule behind each choice waits for the debrief
    int classSize = 30;     // people in the room: no hand count may be more
};

// Each problem as a sentence a trainer understands; empty when the class can start.
std::vector<std::string> problemsWith(const ClassSetup& setup);

using ClassClock = std::chrono::steady_clock;

// Voting: votes may change and the timer runs. Locked: no more changes. Revealed: the split is
// on screen. Taken: the branch is taken and its consequence shown. Ended: the debrief is next.
enum class Phase { Voting, Locked, Revealed, Taken, Ended };
std::string_view toString(Phase phase);

// How a decision's option was settled.
enum class Settled { Majority, TrainerBrokeTie, DefaultOnTimeout, TrainerPicked };
std::string_view toString(Settled how);

struct Option {
    std::string choice; // id
    std::string text;
    bool isDefault = false;
};

// The rule behind one principle a choice credits or breaches, for the consequence card.
struct RuleNote {
    std::string principle;
    EvidenceKind kind = EvidenceKind::Credit;
    PrincipleKind type = PrincipleKind::Principle;
    std::string title;
    std::string requirement;
    std::string source;
    std::string forCustomer; // what goes wrong for the customer when it is ignored
    std::string forBusiness; // and for the business
    int weight = 0;
};

struct Consequence {
    std::string said;        // the option taken
    std::vector<Line> reply; // the customer's reply and any narration, as the transcript has it
    std::string why;         // the author's reason
    std::vector<RuleNote> rules;
    int moodBefore = 0, moodAfter = 0;
};

// The phones' votes for the current decision, as the join server counts them: per option for the
// room, and per team and option in the team modes; how many phones have joined and voted.
struct PhoneTally {
    std::vector<int> room;
    std::vector<std::vector<int>> byTeam;
    int joined = 0, voted = 0;
};

struct Decision {
    int step = 0; // 1-based
    std::string node;
    std::string prompt; // the customer's last words before the decision
    std::vector<Option> options;
    std::vector<int> votes; // per option: keyed hands (class vote), or teams' picks (team modes)
    // Per option: the phones' votes (class vote: added to the hands; team modes: shown, and
    // each team's phones give its pick when the team has none keyed, see ClassSession::lock).
    std::vector<int> phoneVotes;
    std::vector<std::vector<int>> teamPhoneVotes;      // per team, per option (team modes)
    std::vector<std::optional<std::size_t>> teamPicks; // per team (secret vote); the turn's team
    std::vector<bool> pickedByPhones;  // per team: its pick came from its phones at the lock
    bool teamModes = false;            // votes count teams' picks, not hands
    std::optional<std::size_t> team;   // team turns: whose decision this is
    std::vector<std::size_t> favoured; // options the principles favour (see favouredOptions)
    bool timedOut = false;
    std::optional<std::size_t> taken;
    Settled settled = Settled::Majority;
    std::optional<Consequence> consequence;

    // What decides: class vote, hands plus phones; team modes, the teams' picks.
    int votesFor(std::size_t option) const;
    std::vector<int> allVotes() const; // votesFor each option
    int totalVotes() const;
    // Teams whose pick was due and not made: every unpicked team in a secret vote, the turn's
    // team in team turns.
    std::vector<std::size_t> missingTeams() const;
};

// What the trainer has to do to settle a revealed decision.
struct Resolution {
    std::optional<std::size_t> option; // settled: this option will be taken
    Settled how = Settled::Majority;
    std::vector<std::size_t> candidates; // not settled: the trainer picks one of these
};

// The options whose choice breaches nothing and leads, played as well as possible from there, to
// the most points (the evidence so far counted). Ties are all favoured.
std::vector<std::size_t> favouredOptions(const Session& session, const std::vector<Offer>& offers,
                                         const Rubric& rubric);

struct TeamScore {
    std::size_t team = 0;
    int decisions = 0;     // decisions the team made (turns) or picked in (secret vote)
    int favouredPicks = 0; // of those, how many picks the principles favour
    int points = 0;
    int credited = 0, breached = 0; // principles
    std::vector<std::string> criticalBreaches;
    int missed = 0; // turns or secret-vote picks the team did not make
    // Points over the picks that were due (made and missed, a missed one scoring nothing), so a
    // team with more turns is not ahead by default and missing a pick never helps; 0 with none.
    double pointsPerDecision = 0;
};

// Best first: by points per decision, then by favoured picks, then by team order.
void rankTeams(std::vector<TeamScore>& board);

// How far the class is through the scenario, for a pacing line ("Decision 3 of about 8").
// Decisions left are counted on the scenario's map from where the story is now (the decision on
// screen included while it is not taken), along the shortest route to an ending and the longest
// that visits no node twice; a computed `go` counts every target it may name.
struct Pace {
    int taken = 0;        // decisions taken so far
    int leftShortest = 0; // decisions still to take, on the shortest route to an ending
    int leftLongest = 0;  // and on the longest
    int minutes = 0;      // since the session started, whole minutes
};

class ClassSession {
  public:
    // Throws ScriptError when the scenario's start cannot be shown. The rubric must outlive it.
    ClassSession(ClassSetup setup, std::shared_ptr<const Scenario> scenario,
                 std::shared_ptr<Scripting> scripting, const Rubric& rubric,
                 ClassClock::time_point now, std::uint64_t seed = 1);

    const ClassSetup& setup() const { return m_setup; }
    const Session& session() const { return *m_session; }
    const Rubric& rubric() const { return *m_rubric; }
    Phase phase() const { return m_phase; }
    const std::vector<Decision>& decisions() const { return m_decisions; }
    const Decision* current() const;

    // Why the last request was refused or what it did ("Votes are locked: ..."); cleared by the
    // next request that succeeds.
    const std::string& note() const { return m_note; }
    // An author's function failed: the message (file:line). Only ending the session is left.
    const std::optional<std::string>& error() const { return m_error; }

    // The counts are on screen: always once revealed; before that, only in a class vote with
    // results not hidden.
    bool countsVisible() const;

    // Voting. Class vote: hands per option. Team modes: the team's pick.
    bool addVote(std::size_t option, int delta);
    bool setVotes(std::size_t option, int count);
    bool pick(std::size_t option); // team modes: for teamToPick()
    std::optional<std::size_t> teamToPick() const;
    bool selectTeam(std::size_t team); // secret vote: key in another team's pick

    // The phones' latest count for the current decision: replaces the last one given. Accepted
    // only while Voting (a late packet after the lock changes nothing); sizes are fitted to the
    // options and teams, negative counts read as 0.
    bool setPhoneTally(const PhoneTally& tally);
    int phonesJoined() const { return m_phonesJoined; }
    int phonesVoted() const { return m_phonesVoted; }

    // Timer.
    std::optional<int> secondsLeft(ClassClock::time_point now) const;
    std::optional<ClassClock::time_point> nextTick(ClassClock::time_point now) const;
    // When the discussion time runs out: marks the decision timed out (what settles a vote with
    // no hands) and says so. The vote stays open for the count; the clock shows 0:00.
    bool tick(ClassClock::time_point now);

    // Steps. Each returns false, with note() saying why, when it does not apply now.
    // In a team mode with a team's pick missing (after its phones are counted), the first lock
    // warns and the second locks anyway.
    bool lock();
    bool reveal();
    Resolution resolution() const; // meaningful from Locked on
    bool take(std::optional<std::size_t> trainerPick = std::nullopt);
    bool next(ClassClock::time_point now); // Taken -> Voting at the next decision, or Ended
    // A step back: Taken -> Revealed -> Locked -> Voting, and from a decision just opened (no
    // hands keyed) back to the previous decision's consequence card.
    bool back();
    void end(); // stop here; what was played is kept

    // The clicker's "next": Voting -> Locked -> Revealed -> Taken -> next decision; with an
    // error, ends the session. It never locks a vote with no votes while time is left (L does).
    bool advance(ClassClock::time_point now);

    // The teams' scores so far, best first; valid at any point of the session.
    std::vector<TeamScore> scoreboard() const;

    Pace pace(ClassClock::time_point now) const;

    // Lines for the screen, in the mode's own words: whose pick is awaited or made ("Red's turn:
    // Red, tell the trainer your pick"), and how the revealed decision is settled.
    std::string turnLine() const;
    std::string settledLine() const;
    std::string saidBy() const; // "The room said" or "Red said", for the consequence card

  private:
    void openDecision(ClassClock::time_point now);
    bool refuse(std::string why);
    bool accept();
    bool votingOpen();
    std::optional<std::size_t> phonePick(const Decision& d, std::size_t team) const;
    std::string teamName(std::size_t team) const;
    // Decisions left from a node of the map, the shortest and longest way: worked out once per
    // node the story reaches, as the pacing line asks for them every frame.
    struct RoutesLeft {
        std::size_t node = 0;
        int shortest = 0, longest = 0;
    };
    static RoutesLeft routesLeft(const Scenario& scenario, std::size_t from);
    Consequence consequenceOf(const Choice& choice, std::size_t transcriptBefore) const;
    const Choice* choiceOf(const Decision& decision, std::size_t option) const;

    ClassSetup m_setup;
    const Rubric* m_rubric;
    std::unique_ptr<Session> m_session;
    std::vector<Offer> m_offers; // the current decision's, as the session offers them
    std::vector<Decision> m_decisions;
    Phase m_phase = Phase::Voting;
    std::optional<ClassClock::time_point> m_deadline;
    std::size_t m_teamToPick = 0;
    std::vector<Offer> m_previousOffers; // the decision before, for stepping back to its card
    bool m_lockAnyway = false;           // the warning about a missing team was given
    bool m_correcting = false; // secret vote: the trainer went back to a team to correct its pick
    int m_phonesJoined = 0, m_phonesVoted = 0;
    ClassClock::time_point m_started;
    mutable std::optional<RoutesLeft> m_routes;
    std::string m_note;
    std::optional<std::string> m_error;
};

// "A" for the first option; "A", "A or C", "A, B or D" for several: options by their letters, as
// the screen and the debrief say them.
std::string optionLetter(std::size_t option);
std::string optionLetters(const std::vector<std::size_t>& options);

// "Red's", "Owls'": a team's name as the owner of a turn.
std::string possessive(const std::string& name);

// An option's share of the votes, in whole percent, rounded half up; 0 with no votes.
int votePercent(int votes, int total);

// Where the room split: the branch taken is not one the principles favour, or under two thirds
// of the votes went to it.
bool roomSplit(const Decision& decision);

// The class debrief: the path, each decision's split, the teams, and the class's grade.
struct ClassDebrief {
    std::string scenario;     // title
    std::string organisation; // name
    ClassMode mode = ClassMode::ClassVote;
    std::vector<Team> teams;
    bool finished = false; // reached an ending (false when the trainer ended early)
    std::string ending;    // the ending's id, or the node where the session stopped
    EndingKind endingKind = EndingKind::Unresolved;
    std::string summary;
    std::optional<std::string> error;
    std::vector<Decision> decisions; // taken ones, in order
    // Ended early: the decision that was open, with the hands already keyed (nothing taken).
    std::optional<Decision> unfinished;
    std::vector<TeamScore> scoreboard;
    Debrief debrief; // the class's path against the best path (explored with seed 1)
};

ClassDebrief debriefClass(const ClassSession& session);

} // namespace frontline
