#include "net/ballot_box.hpp"

#include <algorithm>

namespace frontline::net {

bool validToken(const std::string& token) {
    return token.size() == 32 && std::all_of(token.begin(), token.end(), [](char c) {
               return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
           });
}

BallotBox::BallotBox(std::size_t maxPhones) : maxPhones_(std::max<std::size_t>(maxPhones, 1)) {}

void BallotBox::show(const Ballot& ballot) {
    // Votes belong to one decision with one set of options: anything else starts afresh, so no
    // vote can be carried to an option it was not cast for.
    const bool sameQuestion = ballot.decision == ballot_.decision &&
                              ballot.options == ballot_.options && ballot.teams == ballot_.teams;
    ballot_ = ballot;
    if (sameQuestion) return;
    for (auto& [token, phone] : phones_)
        phone.vote.reset();
    room_.assign(ballot_.options.size(), 0);
    byTeam_.assign(ballot_.teams.size(), std::vector<int>(ballot_.options.size(), 0));
}

BallotBox::Phone* BallotBox::find(const std::string& token) {
    const auto it = phones_.find(token);
    return it == phones_.end() ? nullptr : &it->second;
}

bool BallotBox::alive(const Phone& phone, Clock::time_point now) const {
    return phone.sockets > 0 || now - phone.lastSeen < kJoinedWindow;
}

void BallotBox::makeRoom(Clock::time_point now) {
    // Forget phones that are gone and have nothing to keep; a vote on the current decision stays
    // counted, so its token stays too.
    std::erase_if(phones_, [&](const auto& entry) {
        return !entry.second.vote && !alive(entry.second, now);
    });
}

BallotBox::Phone* BallotBox::admit(const std::string& token, Clock::time_point now) {
    if (Phone* phone = find(token)) return phone;
    if (phones_.size() >= maxPhones_) makeRoom(now);
    if (phones_.size() >= maxPhones_) return nullptr;
    Phone& phone = phones_[token];
    phone.lastSeen = now;
    return &phone;
}

bool BallotBox::seen(const std::string& token, Clock::time_point now, bool* changed) {
    const Phone* before = find(token);
    const bool wasAlive = before != nullptr && alive(*before, now);
    Phone* phone = admit(token, now);
    if (phone == nullptr) return false;
    phone->lastSeen = now;
    if (changed != nullptr) *changed = !wasAlive;
    return true;
}

bool BallotBox::connected(const std::string& token, Clock::time_point now) {
    Phone* phone = admit(token, now);
    if (phone == nullptr) return false;
    phone->lastSeen = now;
    ++phone->sockets;
    return true;
}

void BallotBox::disconnected(const std::string& token, Clock::time_point now) {
    if (Phone* phone = find(token)) {
        phone->sockets = std::max(0, phone->sockets - 1);
        phone->lastSeen = now; // still counted for the joined window after the socket drops
    }
}

void BallotBox::count(const Vote& vote, int delta) {
    room_[vote.option] += delta;
    if (vote.team) byTeam_[*vote.team][vote.option] += delta;
}

Verdict BallotBox::vote(const VoteRequest& request, Clock::time_point now) {
    if (ballot_.decision == 0 || request.decision != ballot_.decision) return Verdict::notCurrent;
    if (!ballot_.open) return Verdict::closed;
    if (request.option < 0 || request.option >= static_cast<long long>(ballot_.options.size()))
        return Verdict::badOption;
    Vote vote{static_cast<std::size_t>(request.option), std::nullopt};
    if (!ballot_.teams.empty()) {
        if (!request.team || *request.team < 0 ||
            *request.team >= static_cast<long long>(ballot_.teams.size()))
            return Verdict::badTeam;
        vote.team = static_cast<std::size_t>(*request.team);
        if (ballot_.turnTeam && *ballot_.turnTeam != *vote.team) return Verdict::notYourTurn;
    }
    Phone* phone = admit(request.token, now);
    if (phone == nullptr) return Verdict::tooManyPhones;
    phone->lastSeen = now;
    // Change of mind: the old vote is taken back before the new one counts.
    if (phone->vote) count(*phone->vote, -1);
    phone->vote = vote;
    count(vote, +1);
    return Verdict::accepted;
}

std::optional<Vote> BallotBox::voteOf(const std::string& token) const {
    const auto it = phones_.find(token);
    return it == phones_.end() ? std::nullopt : it->second.vote;
}

Tally BallotBox::tally(Clock::time_point now) const {
    Tally tally;
    tally.decision = ballot_.decision;
    tally.room = room_;
    tally.byTeam = byTeam_;
    for (const auto& [token, phone] : phones_) {
        if (alive(phone, now)) ++tally.joined;
        if (phone.vote) ++tally.voted;
    }
    return tally;
}

} // namespace frontline::net
