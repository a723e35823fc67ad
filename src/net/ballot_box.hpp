// The rules of phone voting, with no sockets: which votes count, which are refused, what the
// room's tally is. JoinServer feeds it requests under its mutex; the tests drive it directly.
//
// Privacy by construction: the box holds the counts of the current decision and, per phone, a
// random token (made by the page, never tied to a person), when it was last seen and its vote on
// the current decision. A new decision clears every vote.
#pragma once

#include <chrono>
#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace frontline::net {

using Clock = std::chrono::steady_clock;

// What phones are shown: the current decision of the class session.
struct Ballot {
    int decision = 0;                    // 1-based step; 0 = nothing to vote on yet ("wait")
    std::string prompt;                  // the customer's last words (may be empty)
    std::vector<std::string> options;    // option texts, lettered A, B, C... by the page
    bool open = false;                   // false: locked — votes refused, "votes closed"
    std::vector<std::string> teams;      // empty in a class vote; team names in team modes
    std::optional<std::size_t> turnTeam; // team turns: only this team's phones may vote

    bool operator==(const Ballot&) const = default;
};

struct Tally {
    int decision = 0;
    std::vector<int> room;                // votes per option, all phones
    std::vector<std::vector<int>> byTeam; // per team, per option (team modes)
    int joined = 0;                       // phones seen in the last 60 s (page polls/ws alive)
    int voted = 0;                        // phones with a vote on this decision
    bool operator==(const Tally&) const = default;
};

// Counted, never shown to the room.
struct Refusals {
    long badRequest = 0, wrongRoom = 0, notFound = 0, tooLarge = 0, rateLimited = 0, closed = 0,
         duplicate = 0;     // an identical re-send is answered 200 and is not a refusal: stays 0
    long tooManyPhones = 0; // a new token when the phone table is full (see BallotBox)
};

// A phone's vote on the current decision.
struct Vote {
    std::size_t option = 0;
    std::optional<std::size_t> team;
    bool operator==(const Vote&) const = default;
};

enum class Verdict {
    accepted,      // 200: counted (or an identical re-send: nothing changes)
    notCurrent,    // 409: the decision is not the one shown, or there is none
    closed,        // 409: the vote is locked
    badOption,     // 400: option out of range
    badTeam,       // 400: team modes need a team in range
    notYourTurn,   // 403: team turns, another team's phone
    tooManyPhones, // 429: the phone table is full
};

// A phone's request to vote, already parsed and checked for shape.
struct VoteRequest {
    std::string token;
    int decision = 0;
    long long option = -1;
    std::optional<long long> team;
};

// 32 lowercase hex digits: 128 random bits from the page's crypto.getRandomValues.
bool validToken(const std::string& token);

class BallotBox {
  public:
    // At most `maxPhones` tokens are remembered; phones idle for a minute with no vote on the
    // current decision make room for new ones.
    explicit BallotBox(std::size_t maxPhones);

    // A new decision (or new options) clears every vote; the same one locked keeps them.
    void show(const Ballot& ballot);
    const Ballot& ballot() const { return ballot_; }

    Verdict vote(const VoteRequest& request, Clock::time_point now);

    // A phone asked for the ballot. False when the table is full and it is new (nothing kept).
    // `changed` is set when the number of phones joined went up.
    bool seen(const std::string& token, Clock::time_point now, bool* changed = nullptr);
    // A WebSocket opened or closed: a phone with an open socket counts as joined.
    bool connected(const std::string& token, Clock::time_point now);
    void disconnected(const std::string& token, Clock::time_point now);

    std::optional<Vote> voteOf(const std::string& token) const;
    Tally tally(Clock::time_point now) const;
    std::size_t phonesRemembered() const { return phones_.size(); }

    static constexpr std::chrono::seconds kJoinedWindow{60};

  private:
    struct Phone {
        Clock::time_point lastSeen{};
        int sockets = 0;
        std::optional<Vote> vote;
    };
    Phone* find(const std::string& token);
    Phone* admit(const std::string& token, Clock::time_point now);
    void makeRoom(Clock::time_point now);
    bool alive(const Phone& phone, Clock::time_point now) const;
    void count(const Vote& vote, int delta);

    std::size_t maxPhones_;
    Ballot ballot_;
    std::map<std::string, Phone> phones_;
    std::vector<int> room_;
    std::vector<std::vector<int>> byTeam_;
};

} // namespace frontline::net
